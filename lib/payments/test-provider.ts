// The built-in provider when Stripe is not configured (development, demos, tests): no money
// moves. The shopper lands on /pay/test/<id>, whose buttons (posted to /pay/test/<id>/decide)
// call completePayment, failPayment or abandonCheckout with provider "test" — the same path a
// real provider's webhook takes.
import "server-only";
import { randomBytes } from "node:crypto";
import type { PaymentProvider } from "./provider";

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
};
