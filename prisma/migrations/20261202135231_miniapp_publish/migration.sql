-- CreateTable
CREATE TABLE "MiniappSettings" (
    "shopId" TEXT NOT NULL,
    "wechatAppId" TEXT NOT NULL DEFAULT '',
    "alipayAppId" TEXT NOT NULL DEFAULT '',
    "apiBaseUrl" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MiniappSettings_pkey" PRIMARY KEY ("shopId")
);

-- CreateTable
CREATE TABLE "MiniappVersion" (
    "id" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "code" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "manifest" JSONB NOT NULL,
    "publishedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MiniappVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MiniappVersion_shopId_createdAt_idx" ON "MiniappVersion"("shopId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MiniappVersion_shopId_code_key" ON "MiniappVersion"("shopId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "MiniappVersion_shopId_name_key" ON "MiniappVersion"("shopId", "name");

-- AddForeignKey
ALTER TABLE "MiniappSettings" ADD CONSTRAINT "MiniappSettings_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MiniappVersion" ADD CONSTRAINT "MiniappVersion_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;
