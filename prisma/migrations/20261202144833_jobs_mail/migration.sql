-- DropIndex
DROP INDEX "Order_confirmationSentAt_paidAt_idx";

-- AlterTable
ALTER TABLE "Order" DROP COLUMN "confirmationAttemptedAt",
DROP COLUMN "confirmationAttempts";
