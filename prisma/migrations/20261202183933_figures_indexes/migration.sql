-- CreateIndex
CREATE INDEX "Order_shopId_status_paidAt_idx" ON "Order"("shopId", "status", "paidAt");

-- CreateIndex
CREATE INDEX "Order_shopId_status_fulfillmentStatus_idx" ON "Order"("shopId", "status", "fulfillmentStatus");

-- CreateIndex
CREATE INDEX "Payment_status_createdAt_idx" ON "Payment"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Refund_shopId_createdAt_idx" ON "Refund"("shopId", "createdAt");
