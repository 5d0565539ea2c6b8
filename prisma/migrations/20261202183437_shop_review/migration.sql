-- CreateEnum
CREATE TYPE "BusinessType" AS ENUM ('INDIVIDUAL', 'COMPANY');

-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "ShopReview" (
    "shopId" TEXT NOT NULL,
    "legalName" TEXT NOT NULL DEFAULT '',
    "businessType" "BusinessType" NOT NULL DEFAULT 'COMPANY',
    "registrationNumber" TEXT NOT NULL DEFAULT '',
    "country" VARCHAR(2) NOT NULL DEFAULT '',
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "contactPhone" TEXT NOT NULL DEFAULT '',
    "categories" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "state" "ReviewState" NOT NULL DEFAULT 'DRAFT',
    "rejectionReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "resubmissions" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShopReview_pkey" PRIMARY KEY ("shopId")
);

-- CreateTable
CREATE TABLE "ShopReviewDocument" (
    "id" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShopReviewDocument_pkey" PRIMARY KEY ("shopId","id")
);

-- CreateIndex
CREATE INDEX "ShopReview_state_submittedAt_idx" ON "ShopReview"("state", "submittedAt");

-- CreateIndex
CREATE INDEX "ShopReviewDocument_shopId_createdAt_idx" ON "ShopReviewDocument"("shopId", "createdAt");

-- AddForeignKey
ALTER TABLE "ShopReview" ADD CONSTRAINT "ShopReview_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShopReviewDocument" ADD CONSTRAINT "ShopReviewDocument_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "ShopReview"("shopId") ON DELETE CASCADE ON UPDATE CASCADE;
