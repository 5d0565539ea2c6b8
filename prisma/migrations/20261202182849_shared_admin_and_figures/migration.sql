-- CreateEnum
CREATE TYPE "ModerationKind" AS ENUM ('PRODUCT_REVIEW', 'REPORT', 'TAKEDOWN', 'APPEAL');

-- AlterTable
ALTER TABLE "ModerationCase" ADD COLUMN     "kind" "ModerationKind" NOT NULL DEFAULT 'PRODUCT_REVIEW';

-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

-- CreateIndex
CREATE INDEX "ModerationCase_shopId_kind_status_idx" ON "ModerationCase"("shopId", "kind", "status");

-- CreateIndex
CREATE INDEX "ModerationCase_kind_status_createdAt_idx" ON "ModerationCase"("kind", "status", "createdAt");
