// One way to take a payment, whatever the provider: checkout creates the order, hands it to
// createPayment and redirects the shopper. Completion arrives later (webhook, return page)
// through completePayment/failPayment, keyed by (provider name, providerPaymentId).
import "server-only";
import { env } from "@/lib/env";
import { createStripeProvider } from "./stripe";
import { testProvider } from "./test-provider";

/** The order as a provider needs it: what to charge, for which shop, until when. */
export type PaymentOrder = {
  id: string;
  shopId: string;
  number: number;
  email: string;
  currency: string; // ISO 4217, upper case
  totalAmount: number; // minor units: what the shopper pays
  reservationExpiresAt: Date;
  // Each line as charged: after its share of the discounts, with tax when prices exclude it.
  lines: { title: string; variantTitle: string; quantity: number; totalAmount: number }[];
  shipping: { name: string; totalAmount: number } | null;
  shop: { name: string; stripeAccountId: string | null; stripeChargesEnabled: boolean };
};

export type PaymentUrls = { successUrl: string; cancelUrl: string };

export interface PaymentProvider {
  /** Stored in Payment.provider: "stripe", "test". */
  readonly name: string;
  /** The shortest reservation the provider can honour (Stripe: a session lives 30 min at least). */
  readonly minReservationMinutes?: number;
  createPayment(order: PaymentOrder, urls: PaymentUrls): Promise<{ providerPaymentId: string; redirectUrl: string }>;
  /**
   * For a provider that needs no outside call (the built-in test provider): the payment, named
   * before the order exists, so checkout writes it in its own transaction instead of calling
   * createPayment after it.
   */
  createLocalPayment?(): { providerPaymentId: string; redirectUrl: string };
}

/** Stripe when STRIPE_SECRET_KEY is set, else the built-in test provider. */
export function defaultPaymentProvider(): PaymentProvider {
  return env().STRIPE_SECRET_KEY ? createStripeProvider() : testProvider;
}
