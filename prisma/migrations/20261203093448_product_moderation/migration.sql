-- CreateEnum
CREATE TYPE "ProductModerationState" AS ENUM ('NONE', 'PENDING', 'APPROVED', 'TAKEN_DOWN');

-- CreateEnum
CREATE TYPE "ModerationRuleKind" AS ENUM ('TERM', 'CATEGORY');

-- CreateEnum
CREATE TYPE "ModerationLevel" AS ENUM ('PROHIBITED', 'RESTRICTED');

-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('COUNTERFEIT', 'PROHIBITED_ITEM', 'SCAM', 'OFFENSIVE', 'INTELLECTUAL_PROPERTY', 'OTHER');

-- AlterTable
ALTER TABLE "ModerationCase" ADD COLUMN     "restoreStatus" "ProductStatus";

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "moderationState" "ProductModerationState" NOT NULL DEFAULT 'NONE';

-- CreateTable
CREATE TABLE "ModerationRule" (
    "id" TEXT NOT NULL,
    "kind" "ModerationRuleKind" NOT NULL,
    "value" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "level" "ModerationLevel" NOT NULL,
    "reason" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ModerationRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModerationReport" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "productId" TEXT,
    "reason" "ReportReason" NOT NULL,
    "details" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModerationReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ModerationRule_active_idx" ON "ModerationRule"("active");

-- CreateIndex
CREATE UNIQUE INDEX "ModerationRule_kind_key_key" ON "ModerationRule"("kind", "key");

-- CreateIndex
CREATE INDEX "ModerationReport_caseId_createdAt_idx" ON "ModerationReport"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "ModerationReport_shopId_idx" ON "ModerationReport"("shopId");

-- CreateIndex
CREATE INDEX "ModerationReport_productId_idx" ON "ModerationReport"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "ModerationCase_one_open_per_product" ON "ModerationCase"("productId", "kind") WHERE (status = 'OPEN' AND "productId" IS NOT NULL);

-- CreateIndex
CREATE UNIQUE INDEX "ModerationCase_one_open_per_shop" ON "ModerationCase"("shopId", "kind") WHERE (status = 'OPEN' AND "productId" IS NULL);

-- AddForeignKey
ALTER TABLE "ModerationReport" ADD CONSTRAINT "ModerationReport_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ModerationCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationReport" ADD CONSTRAINT "ModerationReport_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationReport" ADD CONSTRAINT "ModerationReport_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A product the platform holds back (waiting for review, taken down) is never ACTIVE: every
-- storefront read asks for ACTIVE, so none of them can show or sell it, whatever path wrote it.
-- Checked at commit (a deferred constraint trigger, not a CHECK): the catalogue writes a
-- product's status first and the publish gate (lib/moderation/gate.ts) holds it back after,
-- in the same transaction.
CREATE FUNCTION product_moderation_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Product" WHERE id = NEW.id AND status = 'ACTIVE' AND "moderationState" NOT IN ('NONE', 'APPROVED')) THEN
    RAISE EXCEPTION 'product % is held by moderation and cannot be ACTIVE', NEW.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER product_moderation_not_active AFTER INSERT OR UPDATE OF status, "moderationState" ON "Product"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.status = 'ACTIVE')
  EXECUTE FUNCTION product_moderation_check();
