// Stripe, through the official SDK. Each shop is a connected account and charges are DIRECT:
// the Checkout Session is created on the shop's account (Stripe-Account header), the money
// lands there, and the platform takes application_fee_amount. Tests point the SDK at a fake
// server with STRIPE_API_HOST / _PORT / _PROTOCOL.
import "server-only";
import Stripe from "stripe";
import { divideHalfUp } from "@/lib/money/allocate";
import { AppError, msg } from "@/lib/core/errors";
import { env } from "@/lib/env";
import type { PaymentOrder, PaymentProvider, PaymentUrls, ProviderPaymentState } from "./types";

export type StripeClientConfig = { secretKey?: string; host?: string; port?: number; protocol?: "http" | "https" };

export function createStripeClient(config: StripeClientConfig = {}): Stripe {
  const e = env();
  const secretKey = config.secretKey ?? e.STRIPE_SECRET_KEY;
  if (!secretKey) throw new Error("STRIPE_SECRET_KEY is not set");
  return new Stripe(secretKey, {
    host: config.host ?? (e.STRIPE_API_HOST || undefined),
    port: config.port ?? e.STRIPE_API_PORT,
    protocol: config.protocol ?? e.STRIPE_API_PROTOCOL,
    maxNetworkRetries: 2, // safe: every POST carries an idempotency key
    telemetry: false,
    appInfo: { name: "Minishop" },
  });
}

let shared: Stripe | undefined;

/** The app's Stripe client, from the environment. */
export function stripeClient(): Stripe {
  shared ??= createStripeClient();
  return shared;
}

// Stripe expires a Checkout Session 30 minutes to 24 hours after creation; a minute more
// leaves room for clock skew, so the reservation and the session end together.
export const STRIPE_MIN_RESERVATION_MINUTES = 31;

/** The platform's cut, rounded half-up: round(total × bps / 10000). */
export function applicationFee(totalAmount: number, feeBps: number): number {
  return Number(divideHalfUp(BigInt(totalAmount) * BigInt(feeBps), 10_000n));
}

/** What the session's current state means for the order (the webhook and reconciliation both ask). */
export function sessionAction(session: Stripe.Checkout.Session, eventType: string): "complete" | "fail" | "expire" | "wait" {
  if (session.status === "expired") return "expire";
  if (session.status !== "complete") return "wait";
  if (session.payment_status === "paid" || session.payment_status === "no_payment_required") return "complete";
  // Complete but unpaid: an async method (SEPA, bank transfer) is processing, or it failed.
  const intent = typeof session.payment_intent === "object" ? session.payment_intent : null;
  const failed = eventType === "checkout.session.async_payment_failed" || intent?.status === "canceled" || intent?.status === "requires_payment_method";
  return failed ? "fail" : "wait";
}

const SESSION_STATES = { complete: "paid", fail: "failed", expire: "expired", wait: "open" } as const;

export function createStripeProvider(stripe: Stripe = stripeClient(), options: { platformFeeBps?: number } = {}): PaymentProvider {
  const feeBps = options.platformFeeBps ?? env().PLATFORM_FEE_BPS;
  return {
    name: "stripe",
    minReservationMinutes: STRIPE_MIN_RESERVATION_MINUTES,
    async createPayment(order, urls) {
      const account = order.shop.stripeAccountId;
      if (!account || !order.shop.stripeChargesEnabled) throw new AppError("unavailable", { form: msg("cardPaymentsUnavailable") });
      const session = await stripe.checkout.sessions.create(checkoutSessionParams(order, urls, feeBps), {
        stripeAccount: account,
        idempotencyKey: `checkout:${order.id}`, // a retried request never opens a second session
      });
      if (!session.url) throw new Error(`Stripe returned session ${session.id} without a URL`);
      return { providerPaymentId: session.id, redirectUrl: session.url };
    },
    async refund(request) {
      const account = request.stripeAccountId;
      if (!account) throw new Error(`Payment ${request.providerPaymentId} has no Stripe account to refund on`);
      // The payment is the session's PaymentIntent, on the shop's account (direct charges).
      const session = await stripe.checkout.sessions.retrieve(request.providerPaymentId, {}, { stripeAccount: account });
      const intent = typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
      if (!intent) throw new Error(`Stripe session ${session.id} has no payment to refund`);
      const refund = await stripe.refunds
        .create(
          { payment_intent: intent, amount: request.amount, ...(request.reason ? { reason: request.reason } : {}) },
          { stripeAccount: account, idempotencyKey: request.idempotencyKey }, // a retried request never refunds twice
        )
        .catch((error: unknown) => {
          // Stripe said no (or couldn't be reached): the merchant's form says so; the caller's
          // transaction rolls back, so nothing of the refund is booked.
          if (error instanceof Stripe.errors.StripeError)
            throw new AppError("payment", { form: `Stripe refused the refund: ${error.message} Nothing was refunded.` });
          throw error;
        });
      return {
        providerRefundId: refund.id,
        amount: refund.amount,
        currency: refund.currency.toUpperCase(),
        status: refund.status ?? "pending",
        reason: refund.reason,
      };
    },
    async retrieve(lookup): Promise<ProviderPaymentState> {
      const account = lookup.stripeAccountId;
      if (!account) throw new Error(`Payment ${lookup.providerPaymentId} has no Stripe account to read it from`);
      // The Checkout Session with its PaymentIntent: an async method's failure shows on the intent.
      const session = await stripe.checkout.sessions.retrieve(lookup.providerPaymentId, { expand: ["payment_intent"] }, { stripeAccount: account });
      return { status: SESSION_STATES[sessionAction(session, "")], amount: session.amount_total, currency: session.currency?.toUpperCase() ?? null };
    },
  };
}

export function checkoutSessionParams(order: PaymentOrder, urls: PaymentUrls, feeBps: number): Stripe.Checkout.SessionCreateParams {
  const currency = order.currency.toLowerCase();
  const items = order.lines
    .filter((line) => line.totalAmount > 0) // fully discounted lines: nothing to charge
    .map((line) =>
      lineItem(
        currency,
        line.variantTitle && line.variantTitle !== "Default" ? `${line.title} — ${line.variantTitle}` : line.title,
        line.quantity,
        line.totalAmount,
      ),
    );
  if (order.shipping) items.push(lineItem(currency, `Shipping: ${order.shipping.name}`, 1, order.shipping.totalAmount));
  const charged = items.reduce((sum, i) => sum + i.price_data!.unit_amount! * i.quantity!, 0);
  if (charged !== order.totalAmount) throw new Error(`Line items (${charged}) don't add up to order ${order.id} (${order.totalAmount})`);
  const fee = applicationFee(order.totalAmount, feeBps);
  const metadata = { orderId: order.id, shopId: order.shopId, orderNumber: String(order.number) };
  return {
    mode: "payment",
    line_items: items,
    customer_email: order.email,
    client_reference_id: order.id,
    metadata,
    payment_intent_data: { metadata, ...(fee > 0 ? { application_fee_amount: fee } : {}) },
    success_url: urls.successUrl,
    cancel_url: urls.cancelUrl,
    expires_at: Math.floor(order.reservationExpiresAt.getTime() / 1000),
  };
}

// Stripe charges unit_amount × quantity. A line whose discount doesn't divide evenly by its
// quantity goes as one item for the whole line, so the shopper pays exactly the order total.
function lineItem(currency: string, name: string, quantity: number, totalAmount: number): Stripe.Checkout.SessionCreateParams.LineItem {
  const even = totalAmount % quantity === 0;
  return {
    quantity: even ? quantity : 1,
    price_data: { currency, unit_amount: even ? totalAmount / quantity : totalAmount, product_data: { name: even ? name : `${name} × ${quantity}` } },
  };
}
