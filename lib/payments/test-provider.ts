// The built-in provider when Stripe is not configured (development, demos, tests): no money
// moves. The shopper lands on /pay/test/<id>, whose buttons (posted to /pay/test/<id>/decide)
// call completePayment, failPayment or abandonCheckout with provider "test" — the same path a
// real provider's webhook takes. A refund succeeds at once.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { PaymentProvider } from "./types";

/** The test payment's id, "test_" and 24 hex digits: the only key to its page. */
export const isTestPaymentId = (value: string) => /^test_[0-9a-f]{24}$/.test(value);

function testPayment() {
  const providerPaymentId = `test_${randomBytes(12).toString("hex")}`;
  return { providerPaymentId, redirectUrl: `/pay/test/${providerPaymentId}` };
}

export const testProvider: PaymentProvider = {
  name: "test",
  async createPayment() {
    return testPayment();
  },
  // No outside call: checkout writes the payment with this id in its own transaction.
  createLocalPayment: testPayment,
  async refund(request) {
    // The same key gives the same refund, as a provider's idempotency key does.
    const id = createHash("sha256").update(`${request.providerPaymentId}|${request.idempotencyKey}`).digest("hex").slice(0, 24);
    return { providerRefundId: `test_re_${id}`, amount: request.amount, currency: request.currency, status: "succeeded", reason: request.reason ?? null };
  },
};
