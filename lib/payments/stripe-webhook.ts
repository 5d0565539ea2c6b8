// Stripe webhooks (Connect: events from the shops' connected accounts). The signature is
// checked on the raw body before anything else. Each event id is applied once (PaymentEvent,
// inserted in the same transaction as its effect). Events arrive late, twice or out of
// order, so for a Checkout Session we don't trust the event's copy: we re-read the session
// from Stripe and act on its current state — completion and release are idempotent anyway.
import "server-only";
import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { recordAudit } from "@/lib/audit/log";
import { completePayment, expirePayment, failPayment } from "@/lib/checkout/checkout";
import { transaction, type Db } from "@/lib/checkout/db";
import { recordPaymentEvent } from "@/lib/checkout/settle";
import { env } from "@/lib/env";
import { afterSettlement } from "@/lib/orders/settled";
import { stripeClient } from "./stripe";

export type WebhookResult = { status: number; body: { received: boolean; outcome?: string; error?: string } };
type Deps = { stripe?: Stripe; secret?: string };

const PROVIDER = "stripe";
const ok = (outcome: string): WebhookResult => ({ status: 200, body: { received: true, outcome } });

export async function handleStripeWebhook(db: Db, rawBody: string, signature: string | null, deps: Deps = {}): Promise<WebhookResult> {
  const secret = deps.secret ?? env().STRIPE_WEBHOOK_SECRET;
  if (!secret) return { status: 400, body: { received: false, error: "Webhooks are not configured" } };
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature ?? "", secret);
  } catch {
    return { status: 400, body: { received: false, error: "Invalid signature" } };
  }
  const seen = await transaction(db, (tx) => tx.paymentEvent.findUnique({ where: { provider_eventId: { provider: PROVIDER, eventId: event.id } }, select: { id: true } }));
  if (seen) return ok("duplicate_event");
  const stripe = deps.stripe ?? stripeClient();
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
    case "checkout.session.async_payment_failed":
    case "checkout.session.expired":
      return onSession(db, stripe, event, event.data.object.id);
    case "charge.refunded":
      return onRefund(db, stripe, event, event.data.object);
    case "account.updated":
      return onAccount(db, stripe, event, event.data.object.id);
    default:
      return ok("ignored");
  }
}

async function remember(db: Db, event: Stripe.Event, outcome: string) {
  await transaction(db, (tx) => recordPaymentEvent(tx, PROVIDER, event.id, event.type));
  return ok(outcome);
}

/** What the session's current state means for the order. */
export function sessionAction(session: Stripe.Checkout.Session, eventType: string): "complete" | "fail" | "expire" | "wait" {
  if (session.status === "expired") return "expire";
  if (session.status !== "complete") return "wait";
  if (session.payment_status === "paid" || session.payment_status === "no_payment_required") return "complete";
  // Complete but unpaid: an async method (SEPA, bank transfer) is processing, or it failed.
  const intent = typeof session.payment_intent === "object" ? session.payment_intent : null;
  const failed = eventType === "checkout.session.async_payment_failed" || intent?.status === "canceled" || intent?.status === "requires_payment_method";
  return failed ? "fail" : "wait";
}

async function onSession(db: Db, stripe: Stripe, event: Stripe.Event, sessionId: string) {
  const result = await syncCheckoutSession(db, sessionId, { stripe, event });
  return result ? ok(result) : remember(db, event, "ignored");
}

/**
 * Brings the order in line with the Checkout Session as Stripe has it now: paid → completed,
 * failed → cancelled, expired → expired, else nothing yet. The webhook calls it, and so can
 * the shopper's return page (both at once is fine: completion is idempotent). Returns the
 * outcome, or null when the session is not one of ours.
 */
export async function syncCheckoutSession(db: Db, sessionId: string, options: { stripe?: Stripe; event?: Stripe.Event } = {}): Promise<string | null> {
  const { event } = options;
  const payment = await transaction(db, (tx) =>
    tx.payment.findUnique({ where: { provider_providerPaymentId: { provider: PROVIDER, providerPaymentId: sessionId } }, select: { shop: { select: { stripeAccountId: true } } } }),
  );
  const account = payment?.shop.stripeAccountId;
  // Not ours, or sent by another account than the shop's: nothing to do.
  if (!account || (event?.account && event.account !== account)) return null;
  const stripe = options.stripe ?? stripeClient();
  const session = await stripe.checkout.sessions.retrieve(sessionId, { expand: ["payment_intent"] }, { stripeAccount: account });
  const ref = { provider: PROVIDER, providerPaymentId: sessionId, eventId: event?.id, eventType: event?.type };
  const action = sessionAction(session, event?.type ?? "");
  if (action === "wait") {
    if (event) await transaction(db, (tx) => recordPaymentEvent(tx, PROVIDER, event.id, event.type));
    return "waiting";
  }
  const result = await (action === "complete" ? completePayment : action === "fail" ? failPayment : expirePayment)(db, ref);
  await afterSettlement(db, result); // confirmation mail once newly paid; product pages when stock moved
  return result.outcome;
}

/** A refund on a shop's charge (made in the Stripe dashboard or by us): recorded once per refund id. */
async function onRefund(db: Db, stripe: Stripe, event: Stripe.Event, charge: Stripe.Charge) {
  const account = event.account;
  const shop = account ? await transaction(db, (tx) => tx.shop.findUnique({ where: { stripeAccountId: account }, select: { id: true } })) : null;
  const intent = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
  if (!shop || !account || !intent) return remember(db, event, "ignored");
  const sessions = await stripe.checkout.sessions.list({ payment_intent: intent, limit: 1 }, { stripeAccount: account });
  const sessionId = sessions.data[0]?.id;
  const payment = sessionId
    ? await transaction(db, (tx) => tx.payment.findFirst({ where: { provider: PROVIDER, providerPaymentId: sessionId, shopId: shop.id }, select: { id: true, orderId: true, shopId: true } }))
    : null;
  if (!payment) return remember(db, event, "ignored");
  // The refunds as they are now (not as this possibly stale event says).
  const refunds = await stripe.refunds.list({ charge: charge.id, limit: 100 }, { stripeAccount: account });

  return transaction(db, async (tx) => {
    if (!(await recordPaymentEvent(tx, PROVIDER, event.id, event.type))) return ok("duplicate_event");
    for (const refund of refunds.data) {
      if (refund.status === "failed" || refund.status === "canceled") {
        await tx.refund.deleteMany({ where: { providerRefundId: refund.id, orderId: payment.orderId } });
        continue;
      }
      const added = await tx.$executeRaw`
        INSERT INTO "Refund" (id, "shopId", "orderId", "paymentId", amount, currency, reason, lines, "providerRefundId")
        VALUES (${randomUUID()}, ${payment.shopId}, ${payment.orderId}, ${payment.id}, ${refund.amount}::int, ${refund.currency.toUpperCase()},
          ${refund.reason ?? ""}, '[]'::jsonb, ${refund.id})
        ON CONFLICT ("providerRefundId") DO NOTHING`;
      if (added) {
        await recordAudit(tx, { shopId: payment.shopId, action: "order.refunded", targetType: "order", targetId: payment.orderId, data: { providerRefundId: refund.id, amount: refund.amount } });
      }
    }
    await tx.$executeRaw`
      UPDATE "Order" SET "refundedAmount" = LEAST("totalAmount", (SELECT COALESCE(SUM(amount), 0) FROM "Refund" WHERE "orderId" = ${payment.orderId})::int),
        "updatedAt" = now()
      WHERE id = ${payment.orderId} AND "shopId" = ${payment.shopId}`;
    return ok("refund_recorded");
  });
}

/** The connected account changed (onboarding finished, charges disabled): keep the shop's flag current. */
async function onAccount(db: Db, stripe: Stripe, event: Stripe.Event, accountId: string) {
  const shop = await transaction(db, (tx) => tx.shop.findUnique({ where: { stripeAccountId: accountId }, select: { id: true } }));
  if (!shop) return remember(db, event, "ignored");
  const account = await stripe.accounts.retrieve(accountId); // current state, whatever order events came in
  const enabled = account.charges_enabled ?? false;
  return transaction(db, async (tx) => {
    if (!(await recordPaymentEvent(tx, PROVIDER, event.id, event.type))) return ok("duplicate_event");
    const { count } = await tx.shop.updateMany({ where: { id: shop.id, stripeChargesEnabled: !enabled }, data: { stripeChargesEnabled: enabled } });
    if (count) await recordAudit(tx, { shopId: shop.id, action: enabled ? "shop.charges_enabled" : "shop.charges_disabled", targetType: "shop", targetId: shop.id, data: { accountId } });
    return ok("account_updated");
  });
}
