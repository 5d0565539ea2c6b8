-- CreateEnum
CREATE TYPE "ShopNoticeKind" AS ENUM ('WARNING', 'PENALTY', 'SUSPENDED', 'REINSTATED', 'CLOSED');

-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "trustScore" INTEGER,
ADD COLUMN     "trustScoreAt" TIMESTAMP(3),
ADD COLUMN     "trustScoreParts" JSONB;

-- CreateTable
CREATE TABLE "PenaltyPoint" (
    "id" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PenaltyPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShopNotice" (
    "id" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "kind" "ShopNoticeKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShopNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PenaltyPoint_shopId_expiresAt_idx" ON "PenaltyPoint"("shopId", "expiresAt");

-- CreateIndex
CREATE INDEX "ShopNotice_shopId_createdAt_idx" ON "ShopNotice"("shopId", "createdAt");

-- AddForeignKey
ALTER TABLE "PenaltyPoint" ADD CONSTRAINT "PenaltyPoint_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShopNotice" ADD CONSTRAINT "ShopNotice_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;
