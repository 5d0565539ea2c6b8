// How a checkout ends. Each function is one transaction that first makes a conditional
// status transition (… WHERE status = 'PENDING' RETURNING) and acts only if that changed a
// row — so a webhook racing the shopper's return, a retried event or a double click has its
// effect exactly once. With an event id, the PaymentEvent row is inserted in the same
// transaction: a duplicate event changes nothing.
//
// Lock order everywhere: Payment → Order → Variant (by id) → Discount (by id).
import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/log";
import type { OrderStatus, PaymentStatus } from "@/lib/generated/prisma/enums";
import { transaction, type Db, type Tx } from "./db";
import { commitStock, lockAvailable, releaseStock, sellStock } from "./stock";

export type PaymentRef = {
  provider: string;
  providerPaymentId: string;
  eventId?: string; // the provider's event id: applied once
  eventType?: string;
  shopId?: string; // when the caller knows the shop (in-app pages), the payment must be its
  now?: Date;
};

export type PaymentOutcome = {
  outcome: "paid" | "paid_late" | "refund_required" | "failed" | "cancelled" | "expired" | "unchanged" | "duplicate_event" | "not_found";
  orderId: string | null;
  shopId: string | null;
  orderStatus: OrderStatus | null;
  paymentStatus: PaymentStatus | null;
  /** The money was taken but the order can't be fulfilled (it had expired and the stock is gone): refund it. */
  refundRequired: boolean;
};

type Moved = { id: string; orderId: string; shopId: string };

/** Records the provider's event; false when it was already recorded (then do nothing). */
export async function recordPaymentEvent(tx: Tx, provider: string, eventId: string, type = "") {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "PaymentEvent" (id, provider, "eventId", type) VALUES (${randomUUID()}, ${provider}, ${eventId}, ${type})
    ON CONFLICT (provider, "eventId") DO NOTHING RETURNING id`;
  return rows.length > 0;
}

/** Moves the payment out of PENDING; the payment row stays locked until the transaction ends. */
function movePayment(tx: Tx, ref: PaymentRef, to: "SUCCEEDED" | "FAILED" | "CANCELLED", now: Date) {
  return tx.$queryRaw<Moved[]>`
    UPDATE "Payment" SET status = ${to}::"PaymentStatus", "updatedAt" = ${now}
    WHERE provider = ${ref.provider} AND "providerPaymentId" = ${ref.providerPaymentId} AND status = 'PENDING'
      AND (${ref.shopId ?? null}::text IS NULL OR "shopId" = ${ref.shopId ?? null})
    RETURNING id, "orderId", "shopId"`;
}

async function state(tx: Tx, ref: PaymentRef, outcome: PaymentOutcome["outcome"], refundRequired = false): Promise<PaymentOutcome> {
  const payment = await tx.payment.findUnique({
    where: { provider_providerPaymentId: { provider: ref.provider, providerPaymentId: ref.providerPaymentId } },
    select: { status: true, orderId: true, shopId: true, order: { select: { status: true } } },
  });
  if (!payment || (ref.shopId && payment.shopId !== ref.shopId)) {
    return { outcome: "not_found", orderId: null, shopId: null, orderStatus: null, paymentStatus: null, refundRequired: false };
  }
  return { outcome, orderId: payment.orderId, shopId: payment.shopId, orderStatus: payment.order.status, paymentStatus: payment.status, refundRequired };
}

const orderLines = (tx: Tx, order: { orderId: string; shopId: string }) =>
  tx.orderLine.findMany({ where: { orderId: order.orderId, shopId: order.shopId }, select: { variantId: true, quantity: true } });

async function discountIds(tx: Tx, order: { orderId: string; shopId: string }) {
  const rows = await tx.discountRedemption.findMany({ where: { orderId: order.orderId, shopId: order.shopId }, select: { discountId: true } });
  return rows.map((r) => r.discountId).sort();
}

/**
 * Closes a PENDING order (CANCELLED or EXPIRED) and gives back its stock and discount uses.
 * The transition is the guard: an order already closed or paid is left alone.
 */
export async function closeOrder(tx: Tx, order: { orderId: string; shopId: string }, to: "CANCELLED" | "EXPIRED", now: Date) {
  const closed = await tx.$executeRaw`
    UPDATE "Order" SET status = ${to}::"OrderStatus", "cancelledAt" = ${now}, "updatedAt" = ${now}
    WHERE id = ${order.orderId} AND "shopId" = ${order.shopId} AND status = 'PENDING'`;
  if (!closed) return false;
  await releaseStock(tx, order.shopId, await orderLines(tx, order));
  for (const id of await discountIds(tx, order)) {
    await tx.$executeRaw`UPDATE "Discount" SET "usedCount" = "usedCount" - 1, "updatedAt" = now() WHERE id = ${id} AND "shopId" = ${order.shopId} AND "usedCount" > 0`;
  }
  return true;
}

/** Payment succeeded. Idempotent: keyed by (provider, providerPaymentId). */
export function completePayment(db: Db, ref: PaymentRef): Promise<PaymentOutcome> {
  const now = ref.now ?? new Date();
  return transaction(db, async (tx) => {
    if (ref.eventId && !(await recordPaymentEvent(tx, ref.provider, ref.eventId, ref.eventType))) return state(tx, ref, "duplicate_event");
    const [payment] = await movePayment(tx, ref, "SUCCEEDED", now);
    if (!payment) return state(tx, ref, "unchanged");
    const lines = await orderLines(tx, payment);
    const paid = await tx.$executeRaw`
      UPDATE "Order" SET status = 'PAID', "paidAt" = ${now}, "updatedAt" = ${now}
      WHERE id = ${payment.orderId} AND "shopId" = ${payment.shopId} AND status = 'PENDING'`;
    if (paid) {
      await commitStock(tx, payment.shopId, lines);
      await audit(tx, payment, "order.paid", ref);
      return state(tx, ref, "paid");
    }
    // Paid after the order had expired or been abandoned: its stock and codes went back. Sell
    // again only if everything is still there; never oversell, never exceed a usage limit.
    const [order] = await tx.$queryRaw<{ status: OrderStatus }[]>`SELECT status FROM "Order" WHERE id = ${payment.orderId} FOR UPDATE`;
    if (order?.status === "PAID") return state(tx, ref, "unchanged");
    // Check everything under row locks first (variants, then discounts), then change anything.
    const codes = (await lockAvailable(tx, payment.shopId, lines)) ? await lockReclaimable(tx, payment) : null;
    if (codes) {
      await sellStock(tx, payment.shopId, lines);
      if (codes.length) await tx.$executeRaw`UPDATE "Discount" SET "usedCount" = "usedCount" + 1, "updatedAt" = now() WHERE id = ANY(${codes}) AND "shopId" = ${payment.shopId}`;
      await tx.$executeRaw`
        UPDATE "Order" SET status = 'PAID', "paidAt" = ${now}, "cancelledAt" = NULL, "updatedAt" = ${now}
        WHERE id = ${payment.orderId} AND "shopId" = ${payment.shopId}`;
      await audit(tx, payment, "order.paid_late", ref);
      return state(tx, ref, "paid_late");
    }
    await audit(tx, payment, "payment.refund_required", ref);
    return state(tx, ref, "refund_required", true);
  });
}

/** Locks the order's discounts; their ids if every one can be used once more, else null. */
async function lockReclaimable(tx: Tx, payment: Moved): Promise<string[] | null> {
  const ids = await discountIds(tx, payment);
  if (!ids.length) return ids;
  const rows = await tx.$queryRaw<{ id: string; usedCount: number; usageLimit: number | null }[]>`
    SELECT id, "usedCount", "usageLimit" FROM "Discount" WHERE id = ANY(${ids}) AND "shopId" = ${payment.shopId} ORDER BY id COLLATE "C" FOR UPDATE`;
  if (rows.length !== ids.length || rows.some((d) => d.usageLimit !== null && d.usedCount >= d.usageLimit)) return null;
  return ids;
}

function audit(tx: Tx, payment: Moved, action: string, ref: PaymentRef) {
  return recordAudit(tx, {
    shopId: payment.shopId, action, targetType: "order", targetId: payment.orderId,
    data: { provider: ref.provider, providerPaymentId: ref.providerPaymentId, eventId: ref.eventId ?? null },
  });
}

/** Moves the payment (PENDING → `to`), then closes its order. */
function endPayment(db: Db, ref: PaymentRef, to: "FAILED" | "CANCELLED", orderTo: "CANCELLED" | "EXPIRED", outcome: PaymentOutcome["outcome"]) {
  const now = ref.now ?? new Date();
  return transaction(db, async (tx) => {
    if (ref.eventId && !(await recordPaymentEvent(tx, ref.provider, ref.eventId, ref.eventType))) return state(tx, ref, "duplicate_event");
    const [payment] = await movePayment(tx, ref, to, now);
    if (!payment) return state(tx, ref, "unchanged");
    await closeOrder(tx, payment, orderTo, now);
    return state(tx, ref, outcome);
  });
}

/** The provider declined the payment for good: payment FAILED, order CANCELLED, stock and codes released. */
export function failPayment(db: Db, ref: PaymentRef) {
  return endPayment(db, ref, "FAILED", "CANCELLED", "failed");
}

/** The provider closed the payment unpaid (Stripe: session expired): payment CANCELLED, order EXPIRED. */
export function expirePayment(db: Db, ref: PaymentRef) {
  return endPayment(db, ref, "CANCELLED", "EXPIRED", "expired");
}

/**
 * The shopper gave up (cancel link, back to the cart): the order is CANCELLED and its stock and
 * codes released now. The payment stays PENDING — the provider could still take the money
 * (an open Stripe session); if it does, completePayment sells again or flags a refund.
 */
export function abandonCheckout(db: Db, ref: PaymentRef): Promise<PaymentOutcome> {
  const now = ref.now ?? new Date();
  return transaction(db, async (tx) => {
    if (ref.eventId && !(await recordPaymentEvent(tx, ref.provider, ref.eventId, ref.eventType))) return state(tx, ref, "duplicate_event");
    const [payment] = await tx.$queryRaw<Moved[]>`
      SELECT id, "orderId", "shopId" FROM "Payment"
      WHERE provider = ${ref.provider} AND "providerPaymentId" = ${ref.providerPaymentId} AND status = 'PENDING'
        AND (${ref.shopId ?? null}::text IS NULL OR "shopId" = ${ref.shopId ?? null})
      FOR UPDATE`;
    if (!payment || !(await closeOrder(tx, payment, "CANCELLED", now))) return state(tx, ref, "unchanged");
    return state(tx, ref, "cancelled");
  });
}

/** The provider never got the order (its API failed): cancel payment and order at once. */
export async function abandonUnstarted(db: Db, shopId: string, paymentId: string) {
  const now = new Date();
  await transaction(db, async (tx) => {
    const [payment] = await tx.$queryRaw<Moved[]>`
      UPDATE "Payment" SET status = 'CANCELLED', "updatedAt" = ${now} WHERE id = ${paymentId} AND "shopId" = ${shopId} AND status = 'PENDING'
      RETURNING id, "orderId", "shopId"`;
    if (payment) await closeOrder(tx, payment, "CANCELLED", now);
  });
}

/**
 * Releases every reservation that ran out by `now` (a scheduled job). Each order is its own
 * short transaction; the payment stays PENDING so a late success is still recorded.
 */
export async function expireReservations(db: Db, now: Date = new Date(), options: { shopId?: string; batchSize?: number } = {}) {
  const take = options.batchSize ?? 100;
  let expired = 0;
  for (;;) {
    const due = await transaction(db, (tx) =>
      tx.order.findMany({
        where: { status: "PENDING", reservationExpiresAt: { lte: now }, ...(options.shopId ? { shopId: options.shopId } : {}) },
        orderBy: { reservationExpiresAt: "asc" },
        select: { id: true, shopId: true },
        take,
      }),
    );
    let changed = 0;
    for (const order of due) {
      if (await transaction(db, (tx) => closeOrder(tx, { orderId: order.id, shopId: order.shopId }, "EXPIRED", now))) changed++;
    }
    expired += changed;
    if (due.length < take || changed === 0) return { expired };
  }
}
