// Stripe webhooks (Connect: events from the shops' connected accounts). The signature is
// checked on the raw body before anything else. Each event id is applied once (PaymentEvent,
// inserted in the same transaction as its effect). Events arrive late, twice or out of
// order, so for a Checkout Session we don't trust the event's copy: we re-read the session
// from Stripe and act on its current state — completion and release are idempotent anyway.
import "server-only";
import Stripe from "stripe";
import { recordAudit } from "@/lib/audit/log";
import { transaction, type Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { env } from "@/lib/env";
import { afterSettlement, completePayment, expirePayment, failPayment, recordPaymentEvent, recordRefunds } from "@/lib/orders/status";
import { sessionAction, stripeClient } from "./stripe";

export type WebhookResult = { status: 200; body: { received: true; outcome: string } };
type Deps = { stripe?: Stripe; secret?: string };

const PROVIDER = "stripe";
const ok = (outcome: string): WebhookResult => ({ status: 200, body: { received: true, outcome } });

/** What the event did, or AppError("invalid") for an unsigned or wrongly signed one (Stripe then retries). */
export async function handleStripeWebhook(db: Db, rawBody: string, signature: string | null, deps: Deps = {}): Promise<WebhookResult> {
  const secret = deps.secret ?? env().STRIPE_WEBHOOK_SECRET;
  if (!secret) throw AppError.invalid({ form: "Webhooks are not configured." });
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature ?? "", secret);
  } catch {
    throw AppError.invalid({ form: "Invalid signature." });
  }
  const seen = await transaction(db, (tx) =>
    tx.paymentEvent.findUnique({ where: { provider_eventId: { provider: PROVIDER, eventId: event.id } }, select: { id: true } }),
  );
  if (seen) return ok("duplicate_event");
  const stripe = deps.stripe ?? stripeClient();
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
    case "checkout.session.async_payment_failed":
    case "checkout.session.expired":
      return onSession(db, stripe, event, event.data.object.id);
    case "charge.refunded":
      return onRefund(db, stripe, event, event.data.object.id, idOf(event.data.object.payment_intent));
    case "charge.refund.updated":
      // A refund's status changed (pending → succeeded, failed, canceled).
      return onRefund(db, stripe, event, idOf(event.data.object.charge), idOf(event.data.object.payment_intent), event.data.object.id);
    case "account.updated":
      return onAccount(db, stripe, event, event.data.object.id);
    default:
      return ok("ignored");
  }
}

const idOf = (ref: string | { id: string } | null | undefined) => (typeof ref === "string" ? ref : ref?.id) ?? null;

async function remember(db: Db, event: Stripe.Event, outcome: string) {
  await transaction(db, (tx) => recordPaymentEvent(tx, PROVIDER, event.id, event.type));
  return ok(outcome);
}

// Moved beside the provider (reconciliation asks it too); still exported from here.
export { sessionAction };

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
    tx.payment.findUnique({
      where: { provider_providerPaymentId: { provider: PROVIDER, providerPaymentId: sessionId } },
      select: { id: true, orderId: true, shopId: true, amount: true, currency: true, shop: { select: { stripeAccountId: true } } },
    }),
  );
  const account = payment?.shop.stripeAccountId;
  // Not ours, or sent by another account than the shop's: nothing to do.
  if (!account || (event?.account && event.account !== account)) return null;
  const stripe = options.stripe ?? stripeClient();
  const session = await stripe.checkout.sessions.retrieve(sessionId, { expand: ["payment_intent"] }, { stripeAccount: account });
  const ref = { provider: PROVIDER, providerPaymentId: sessionId, eventId: event?.id, eventType: event?.type };
  const action = sessionAction(session, event?.type ?? "");
  if (action === "complete" && !chargedAsOrdered(session, payment!))
    return holdForReview(
      db,
      payment!,
      { providerPaymentId: session.id, amount: session.amount_total, currency: session.currency?.toUpperCase() ?? null },
      event,
    );
  if (action === "wait") {
    if (event) await transaction(db, (tx) => recordPaymentEvent(tx, PROVIDER, event.id, event.type));
    return "waiting";
  }
  const result = await (action === "complete" ? completePayment : action === "fail" ? failPayment : expirePayment)(db, ref);
  await afterSettlement(db, result); // confirmation mail once newly paid; product pages when stock moved
  return result.outcome;
}

type SessionPayment = { id: string; orderId: string; shopId: string; amount: number; currency: string };

/** Stripe charged what the order's payment says, in its currency (the session could have been altered or mixed up). */
export function chargedAsOrdered(session: Pick<Stripe.Checkout.Session, "amount_total" | "currency">, payment: Pick<SessionPayment, "amount" | "currency">) {
  return session.amount_total === payment.amount && session.currency?.toUpperCase() === payment.currency.toUpperCase();
}

/**
 * Paid, but not the order's amount or currency: the order is not marked paid (nothing ships
 * for a wrong amount). The case is written to the shop's audit log once, for someone to review
 * and refund or settle by hand, and logged.
 */
export async function holdForReview(
  db: Db,
  payment: SessionPayment,
  taken: { providerPaymentId: string; amount: number | null; currency: string | null },
  event?: Stripe.Event,
) {
  const charged = { amount: taken.amount, currency: taken.currency };
  return transaction(db, async (tx) => {
    if (event && !(await recordPaymentEvent(tx, PROVIDER, event.id, event.type))) return "duplicate_event";
    await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${payment.id} FOR UPDATE`; // one entry, whoever races
    const noted = await tx.auditLog.count({
      where: { shopId: payment.shopId, action: "payment.amount_mismatch", targetType: "order", targetId: payment.orderId },
    });
    if (!noted) {
      await recordAudit(tx, {
        shopId: payment.shopId,
        action: "payment.amount_mismatch",
        targetType: "order",
        targetId: payment.orderId,
        data: {
          provider: PROVIDER,
          providerPaymentId: taken.providerPaymentId,
          eventId: event?.id ?? null,
          expected: { amount: payment.amount, currency: payment.currency },
          charged,
        },
      });
      console.error(
        `Stripe session ${taken.providerPaymentId} charged ${charged.amount} ${charged.currency} for order ${payment.orderId} of ${payment.amount} ${payment.currency}: not marked paid, held for review`,
      );
    }
    return "amount_mismatch";
  });
}

/**
 * A refund on a shop's charge (made in the Stripe dashboard or by us), or a refund's status
 * changing: the charge's refunds are read as they are now and the order's Refund rows follow
 * them — one per refund id, a failed or cancelled refund removed — each change audited once.
 */
async function onRefund(db: Db, stripe: Stripe, event: Stripe.Event, chargeId: string | null, intent: string | null, updatedRefundId?: string) {
  const account = event.account;
  const shop = account ? await transaction(db, (tx) => tx.shop.findUnique({ where: { stripeAccountId: account }, select: { id: true } })) : null;
  if (!shop || !account || !intent || !chargeId) return remember(db, event, "ignored");
  const sessions = await stripe.checkout.sessions.list({ payment_intent: intent, limit: 1 }, { stripeAccount: account });
  const sessionId = sessions.data[0]?.id;
  const payment = sessionId
    ? await transaction(db, (tx) =>
        tx.payment.findFirst({
          where: { provider: PROVIDER, providerPaymentId: sessionId, shopId: shop.id },
          select: { id: true, orderId: true, shopId: true },
        }),
      )
    : null;
  if (!payment) return remember(db, event, "ignored");
  // The refunds as they are now (not as this possibly stale event says).
  const refunds = await stripe.refunds.list({ charge: chargeId, limit: 100 }, { stripeAccount: account });

  return transaction(db, async (tx) => {
    if (!(await recordPaymentEvent(tx, PROVIDER, event.id, event.type))) return ok("duplicate_event");
    const current = refunds.data.map((r) => ({ providerRefundId: r.id, amount: r.amount, currency: r.currency, status: r.status ?? "", reason: r.reason }));
    await recordRefunds(tx, payment, current, updatedRefundId);
    return ok("refund_recorded");
  });
}

/** The connected account changed (onboarding finished, charges disabled): keep the shop's flags current. */
async function onAccount(db: Db, stripe: Stripe, event: Stripe.Event, accountId: string) {
  const shop = await transaction(db, (tx) => tx.shop.findUnique({ where: { stripeAccountId: accountId }, select: { id: true } }));
  if (!shop) return remember(db, event, "ignored");
  const account = await stripe.accounts.retrieve(accountId); // current state, whatever order events came in
  const enabled = account.charges_enabled ?? false;
  const submitted = account.details_submitted ?? false;
  return transaction(db, async (tx) => {
    if (!(await recordPaymentEvent(tx, PROVIDER, event.id, event.type))) return ok("duplicate_event");
    const { count } = await tx.shop.updateMany({ where: { id: shop.id, stripeChargesEnabled: !enabled }, data: { stripeChargesEnabled: enabled } });
    if (count)
      await recordAudit(tx, {
        shopId: shop.id,
        action: enabled ? "shop.charges_enabled" : "shop.charges_disabled",
        targetType: "shop",
        targetId: shop.id,
        data: { accountId },
      });
    await tx.shop.updateMany({ where: { id: shop.id, stripeDetailsSubmitted: !submitted }, data: { stripeDetailsSubmitted: submitted } });
    return ok("account_updated");
  });
}
