-- CreateEnum
CREATE TYPE "AfterSalesKind" AS ENUM ('REFUND_ONLY', 'RETURN_AND_REFUND', 'EXCHANGE');

-- CreateEnum
CREATE TYPE "AfterSalesStatus" AS ENUM ('REQUESTED', 'ACCEPTED', 'COMPLETED', 'REJECTED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "AfterSalesRequest" (
    "id" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "kind" "AfterSalesKind" NOT NULL,
    "status" "AfterSalesStatus" NOT NULL DEFAULT 'REQUESTED',
    "reason" TEXT NOT NULL,
    "details" TEXT NOT NULL DEFAULT '',
    "userId" TEXT,
    "returnInstructions" TEXT NOT NULL DEFAULT '',
    "rejectionReason" TEXT NOT NULL DEFAULT '',
    "resolution" TEXT NOT NULL DEFAULT '',
    "refundId" TEXT,
    "restocked" BOOLEAN NOT NULL DEFAULT false,
    "acceptedAt" TIMESTAMP(3),
    "rejectedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AfterSalesRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AfterSalesRequestLine" (
    "id" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "orderLineId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "open" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "AfterSalesRequestLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AfterSalesPhoto" (
    "id" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AfterSalesPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AfterSalesRequest_shopId_status_createdAt_idx" ON "AfterSalesRequest"("shopId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "AfterSalesRequest_shopId_orderId_idx" ON "AfterSalesRequest"("shopId", "orderId");

-- CreateIndex
CREATE INDEX "AfterSalesRequest_orderId_idx" ON "AfterSalesRequest"("orderId");

-- CreateIndex
CREATE INDEX "AfterSalesRequestLine_shopId_requestId_idx" ON "AfterSalesRequestLine"("shopId", "requestId");

-- CreateIndex
CREATE INDEX "AfterSalesRequestLine_orderLineId_idx" ON "AfterSalesRequestLine"("orderLineId");

-- CreateIndex
CREATE UNIQUE INDEX "AfterSalesRequestLine_shopId_requestId_orderLineId_key" ON "AfterSalesRequestLine"("shopId", "requestId", "orderLineId");

-- CreateIndex
CREATE UNIQUE INDEX "AfterSalesRequestLine_one_open_per_line" ON "AfterSalesRequestLine"("shopId", "orderLineId") WHERE (open);

-- CreateIndex
CREATE INDEX "AfterSalesPhoto_shopId_requestId_idx" ON "AfterSalesPhoto"("shopId", "requestId");

-- CreateIndex
CREATE INDEX "AfterSalesPhoto_requestId_idx" ON "AfterSalesPhoto"("requestId");

-- AddForeignKey
ALTER TABLE "AfterSalesRequest" ADD CONSTRAINT "AfterSalesRequest_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AfterSalesRequest" ADD CONSTRAINT "AfterSalesRequest_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AfterSalesRequestLine" ADD CONSTRAINT "AfterSalesRequestLine_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AfterSalesRequestLine" ADD CONSTRAINT "AfterSalesRequestLine_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AfterSalesRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AfterSalesRequestLine" ADD CONSTRAINT "AfterSalesRequestLine_orderLineId_fkey" FOREIGN KEY ("orderLineId") REFERENCES "OrderLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AfterSalesPhoto" ADD CONSTRAINT "AfterSalesPhoto_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AfterSalesPhoto" ADD CONSTRAINT "AfterSalesPhoto_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AfterSalesRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
