// The built-in provider when Stripe is not configured (development, demos, tests): no money
// moves. The shopper lands on /pay/test/<id>, whose buttons call completePayment, failPayment
// or abandonCheckout with provider "test" — the same path a real provider's webhook takes.
import "server-only";
import { randomBytes } from "node:crypto";
import type { PaymentProvider } from "./provider";

export const testProvider: PaymentProvider = {
  name: "test",
  async createPayment() {
    const providerPaymentId = `test_${randomBytes(12).toString("hex")}`;
    return { providerPaymentId, redirectUrl: `/pay/test/${providerPaymentId}` };
  },
};
