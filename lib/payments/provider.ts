// Which payment provider takes the shop's payments: Stripe when STRIPE_SECRET_KEY is set, else
// the built-in test provider. The providers import only the types (./types), never this file.
import "server-only";
import { env } from "@/lib/env";
import { createStripeProvider } from "./stripe";
import { testProvider } from "./test-provider";
import type { PaymentProvider } from "./types";

export function defaultPaymentProvider(): PaymentProvider {
  return env().STRIPE_SECRET_KEY ? createStripeProvider() : testProvider;
}

/** The provider that took a payment (Payment.provider): refunds go back the way the money came. */
export function paymentProviderNamed(name: string): PaymentProvider {
  if (name === testProvider.name) return testProvider;
  if (name === "stripe") return createStripeProvider();
  throw new Error(`Unknown payment provider ${name}`);
}
