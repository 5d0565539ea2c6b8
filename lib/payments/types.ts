// One way to take and give back a payment, whatever the provider: checkout creates the order,
// hands it to createPayment and redirects the shopper; completion arrives later (webhook,
// return page) through lib/orders/status.ts, keyed by (provider name, providerPaymentId).
// Types only: the providers and the registry (provider.ts) import this, never each other.

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

/** Money to give back on a payment. The key makes a retried request refund once. */
export type RefundRequest = {
  providerPaymentId: string;
  stripeAccountId: string | null; // the shop's connected account (Stripe)
  amount: number; // minor units, at most what is left of the payment
  currency: string; // the payment's
  idempotencyKey: string;
  reason?: "requested_by_customer" | "duplicate" | "fraudulent";
};

/** A refund as the provider has it (lib/orders/status.ts recordRefunds keeps the books). */
export type ProviderRefund = { providerRefundId: string; amount: number; currency: string; status: string; reason: string | null };

/** Which payment to read back from the provider (reconciliation, lib/payments/reconcile.ts). */
export type PaymentLookup = {
  providerPaymentId: string;
  stripeAccountId: string | null; // the shop's connected account (Stripe)
  reservationExpiresAt: Date | null; // the order's: a payment nobody decided on closes then
};

/**
 * A payment as the provider has it now: taken (with what it charged, null when the provider
 * charges the order as given), declined, closed unpaid, or still open (nothing to do yet).
 */
export type ProviderPaymentState = { status: "paid" | "failed" | "expired" | "open"; amount: number | null; currency: string | null };

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
  /** Gives back `amount` of a completed payment. */
  refund(request: RefundRequest): Promise<ProviderRefund>;
  /** Reads the payment's current state back from the provider (when its webhook may have been lost). */
  retrieve(lookup: PaymentLookup): Promise<ProviderPaymentState>;
}
