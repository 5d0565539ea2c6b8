-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "confirmationAttemptedAt" TIMESTAMPTZ(3),
ADD COLUMN     "confirmationAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "confirmationSentAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "stripeDetailsSubmitted" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Order_confirmationSentAt_paidAt_idx" ON "Order"("confirmationSentAt", "paidAt");

-- Orders paid before this migration had their one chance at the mail: don't send it again.
UPDATE "Order" SET "confirmationSentAt" = "paidAt" WHERE "paidAt" IS NOT NULL;
