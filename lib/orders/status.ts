// Every change of an order's status, and what follows it. ORDER_STATUS_CHANGES says which
// changes exist; each function below is one transaction that makes its change as a
// conditional UPDATE (… WHERE status = <an allowed status> RETURNING) and acts only if that
// changed a row — so a webhook racing the shopper's return, a retried event or a double click
// has its effect exactly once. With an event id, the PaymentEvent row is inserted in the same
// transaction: a duplicate event changes nothing. Refunds don't change the status: they are
// bookkept on the paid order (recordRefunds).
//
// Lock order everywhere: Payment → Order → Variant (by id) → Discount (by id).
import "server-only";
import { randomUUID } from "node:crypto";
import { after } from "next/server";
import { recordAudit } from "@/lib/audit/log";
import { storefrontChanged } from "@/lib/catalog/cache";
import { newId, transaction, type Db, type Tx } from "@/lib/core/db";
import { AppError, msg } from "@/lib/core/errors";
import type { OrderStatus, PaymentStatus } from "@/lib/generated/prisma/enums";
import type { ProviderRefund } from "@/lib/payments/types";
import { sendOrderConfirmation } from "./confirmation";
import { lockAvailable, releaseStock, sellStock } from "./stock";

/** The statuses an order may move to from each status. Nothing else moves an order. */
export const ORDER_STATUS_CHANGES = {
  PENDING: ["PAID", "CANCELLED", "EXPIRED"], // paid; declined or given up; reservation ran out
  // A payment that arrived after the order closed: sold again only if its units and codes are still there.
  CANCELLED: ["PAID"],
  EXPIRED: ["PAID"],
  // The merchant cancels (lib/orders/after-sale.ts: refunds what is left, restocks). Refunds
  // are bookkept on the order (refundedAmount), not a status; fulfilment has its own table there.
  PAID: ["CANCELLED"],
} as const satisfies Record<OrderStatus, readonly OrderStatus[]>;

export function canChangeOrderStatus(from: OrderStatus, to: OrderStatus): boolean {
  return (ORDER_STATUS_CHANGES[from] as readonly OrderStatus[]).includes(to);
}

/** Refuses a change the table doesn't allow, before anything is written. */
export function checkOrderStatusChange(from: OrderStatus, to: OrderStatus) {
  if (!canChangeOrderStatus(from, to)) throw AppError.conflict({ form: msg("orderStatusConflict", { from, to }) });
}

/** The statuses an order may reach `to` from: the guard of each conditional UPDATE. */
export function statusesBefore(to: OrderStatus): OrderStatus[] {
  return (Object.keys(ORDER_STATUS_CHANGES) as OrderStatus[]).filter((from) => canChangeOrderStatus(from, to));
}

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
  /** Where the shopper's pages are (/s/<slug>), for the redirect after an in-app payment page. */
  shopSlug: string | null;
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

/**
 * The usual success, in one statement: payment PENDING → SUCCEEDED, order PENDING → PAID (the
 * one change of ORDER_STATUS_CHANGES that finds the units still reserved), its
 * reserved units leave the shelf (variants locked in id order) and the audit entry — each step
 * only if the one before changed a row. `paid` false: the payment moved but the order was no
 * longer PENDING (expired, abandoned), which completePayment handles in the same transaction.
 */
function payPending(tx: Tx, ref: PaymentRef, now: Date) {
  const data = JSON.stringify({ provider: ref.provider, providerPaymentId: ref.providerPaymentId, eventId: ref.eventId ?? null });
  return tx.$queryRaw<(Moved & { paid: boolean; shopSlug: string })[]>`
    WITH pay AS (
      UPDATE "Payment" SET status = 'SUCCEEDED', "updatedAt" = ${now}
      WHERE provider = ${ref.provider} AND "providerPaymentId" = ${ref.providerPaymentId} AND status = 'PENDING'
        AND (${ref.shopId ?? null}::text IS NULL OR "shopId" = ${ref.shopId ?? null})
      RETURNING id, "orderId", "shopId"
    ), paid AS (
      UPDATE "Order" o SET status = 'PAID', "paidAt" = ${now}, "updatedAt" = ${now}
      FROM pay WHERE o.id = pay."orderId" AND o."shopId" = pay."shopId" AND o.status = 'PENDING'
      RETURNING o.id, o."shopId"
    ), moved AS (
      SELECT l."variantId" AS id, sum(l.quantity)::int AS quantity
      FROM "OrderLine" l JOIN paid ON l."orderId" = paid.id AND l."shopId" = paid."shopId"
      WHERE l."variantId" IS NOT NULL GROUP BY l."variantId"
    ), locked AS (
      SELECT v.id FROM "Variant" v JOIN moved ON moved.id = v.id JOIN paid ON v."shopId" = paid."shopId"
      ORDER BY v.id COLLATE "C" FOR UPDATE OF v
    ), sold AS (
      UPDATE "Variant" v SET stock = CASE WHEN v."trackStock" THEN v.stock - moved.quantity ELSE v.stock END,
        reserved = v.reserved - moved.quantity, "updatedAt" = now()
      FROM moved JOIN locked ON locked.id = moved.id WHERE v.id = moved.id
      RETURNING v.id
    ), logged AS (
      INSERT INTO "AuditLog" (id, "shopId", action, "targetType", "targetId", data)
      SELECT ${newId()}::text, paid."shopId", 'order.paid', 'order', paid.id, ${data}::jsonb FROM paid
      RETURNING id
    )
    SELECT pay.id, pay."orderId", pay."shopId", (SELECT slug FROM "Shop" WHERE id = pay."shopId") AS "shopSlug",
      EXISTS (SELECT 1 FROM paid) AS paid
    FROM pay`;
}

async function state(tx: Tx, ref: PaymentRef, outcome: PaymentOutcome["outcome"], refundRequired = false): Promise<PaymentOutcome> {
  const [payment] = await tx.$queryRaw<{ status: PaymentStatus; orderId: string; shopId: string; orderStatus: OrderStatus; shopSlug: string }[]>`
    SELECT p.status::text AS status, p."orderId", p."shopId", o.status::text AS "orderStatus", s.slug AS "shopSlug"
    FROM "Payment" p JOIN "Order" o ON o.id = p."orderId" JOIN "Shop" s ON s.id = p."shopId"
    WHERE p.provider = ${ref.provider} AND p."providerPaymentId" = ${ref.providerPaymentId}`;
  if (!payment || (ref.shopId && payment.shopId !== ref.shopId)) {
    return { outcome: "not_found", orderId: null, shopId: null, shopSlug: null, orderStatus: null, paymentStatus: null, refundRequired: false };
  }
  const { orderId, shopId, shopSlug, orderStatus, status } = payment;
  return { outcome, orderId, shopId, shopSlug, orderStatus, paymentStatus: status, refundRequired };
}

const orderLines = (tx: Tx, order: { orderId: string; shopId: string }) =>
  tx.orderLine.findMany({ where: { orderId: order.orderId, shopId: order.shopId }, select: { variantId: true, quantity: true } });

async function discountIds(tx: Tx, order: { orderId: string; shopId: string }) {
  const rows = await tx.discountRedemption.findMany({ where: { orderId: order.orderId, shopId: order.shopId }, select: { discountId: true } });
  return rows.map((r) => r.discountId).sort();
}

/**
 * Closes a PENDING order (CANCELLED or EXPIRED) and gives back its reserved stock and discount
 * uses. The change is the guard: an order already closed or paid is left alone (false). (A paid
 * order is cancelled by the merchant only, in after-sale.ts: its stock left the shelf.)
 */
export async function closeOrder(tx: Tx, order: { orderId: string; shopId: string }, to: "CANCELLED" | "EXPIRED", now: Date) {
  checkOrderStatusChange("PENDING", to);
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
    const [payment] = await payPending(tx, ref, now);
    if (!payment) return state(tx, ref, "unchanged");
    if (payment.paid) {
      const { orderId, shopId, shopSlug } = payment;
      return { outcome: "paid", orderId, shopId, shopSlug, orderStatus: "PAID", paymentStatus: "SUCCEEDED", refundRequired: false };
    }
    const lines = await orderLines(tx, payment);
    // Paid after the order had expired or been abandoned: its stock and codes went back. Sell
    // again only if everything is still there; never oversell, never exceed a usage limit.
    const [order] = await tx.$queryRaw<{ status: OrderStatus }[]>`SELECT status::text AS status FROM "Order" WHERE id = ${payment.orderId} FOR UPDATE`;
    if (!order || order.status === "PAID") return state(tx, ref, "unchanged");
    checkOrderStatusChange(order.status, "PAID");
    // Check everything under row locks first (variants, then discounts), then change anything.
    const codes = (await lockAvailable(tx, payment.shopId, lines)) ? await lockReclaimable(tx, payment) : null;
    if (codes) {
      await sellStock(tx, payment.shopId, lines);
      if (codes.length)
        await tx.$executeRaw`UPDATE "Discount" SET "usedCount" = "usedCount" + 1, "updatedAt" = now() WHERE id = ANY(${codes}) AND "shopId" = ${payment.shopId}`;
      await tx.$executeRaw`
        UPDATE "Order" SET status = 'PAID', "paidAt" = ${now}, "cancelledAt" = NULL, "updatedAt" = ${now}
        WHERE id = ${payment.orderId} AND "shopId" = ${payment.shopId} AND status = ${order.status}::"OrderStatus"`;
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
    shopId: payment.shopId,
    action,
    targetType: "order",
    targetId: payment.orderId,
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

// ---------- What follows a checkout's ending ----------
// Wherever it ended (test payment page, Stripe's webhook or return, the free-order path): the
// confirmation mail once the order is newly paid, and fresh product pages where units went
// back on sale. The mail is claimed before it is sent (see confirmation.ts), so racing callers
// send one; if this attempt fails, the scheduled job retries.

const NEWLY_PAID = new Set<PaymentOutcome["outcome"]>(["paid", "paid_late"]);
// Outcomes after which the order's units can be bought again (or, paid late, were sold from stock).
const STOCK_MOVED = new Set<PaymentOutcome["outcome"]>(["paid_late", "failed", "cancelled", "expired"]);

/** After the response when in a request (a slow mail server doesn't hold the shopper up); else now. */
function inBackground(task: () => Promise<void>) {
  const run = () => task().catch((error) => console.error("Sending the order confirmation failed", error));
  try {
    after(run);
  } catch {
    return run(); // outside a request (scripts, tests)
  }
}

export async function afterSettlement(db: Db, result: Pick<PaymentOutcome, "outcome" | "orderId" | "shopId">) {
  const { orderId, shopId } = result;
  if (!orderId || !shopId) return;
  if (STOCK_MOVED.has(result.outcome)) await productsChanged(db, shopId, orderId);
  if (NEWLY_PAID.has(result.outcome)) await inBackground(async () => void (await sendOrderConfirmation(db, orderId)));
}

/** The order's product pages show stock: expire them. */
export async function productsChanged(db: Db, shopId: string, orderId: string) {
  // In a transaction, as every read on the payment paths (see lib/core/db.ts).
  const lines = await transaction(db, (tx) => tx.orderLine.findMany({ where: { orderId, shopId }, select: { productId: true } }));
  const productIds = [...new Set(lines.flatMap((l) => (l.productId ? [l.productId] : [])))];
  if (productIds.length) storefrontChanged(shopId, { productIds });
}

// ---------- Refunds: bookkeeping on a paid order ----------

/**
 * The payment's refunds as the provider reports them now: one Refund row per refund id, a
 * failed or cancelled refund removed, the order's refundedAmount their sum (never above its
 * total); each change audited once. `updatedRefundId`: the refund an event said changed.
 */
export async function recordRefunds(
  tx: Tx,
  payment: { id: string; orderId: string; shopId: string },
  refunds: readonly ProviderRefund[],
  updatedRefundId?: string,
) {
  for (const refund of refunds) {
    const audit = (action: string) =>
      recordAudit(tx, {
        shopId: payment.shopId,
        action,
        targetType: "order",
        targetId: payment.orderId,
        data: { providerRefundId: refund.providerRefundId, amount: refund.amount, status: refund.status },
      });
    if (refund.status === "failed" || refund.status === "canceled") {
      const { count } = await tx.refund.deleteMany({ where: { providerRefundId: refund.providerRefundId, orderId: payment.orderId } });
      if (count || refund.providerRefundId === updatedRefundId) await audit("order.refund_failed");
      continue;
    }
    const added = await tx.$executeRaw`
      INSERT INTO "Refund" (id, "shopId", "orderId", "paymentId", amount, currency, reason, lines, "providerRefundId")
      VALUES (${randomUUID()}, ${payment.shopId}, ${payment.orderId}, ${payment.id}, ${refund.amount}::int, ${refund.currency.toUpperCase()},
        ${refund.reason ?? ""}, '[]'::jsonb, ${refund.providerRefundId})
      ON CONFLICT ("providerRefundId") DO NOTHING`;
    if (added) await audit("order.refunded");
    else if (refund.providerRefundId === updatedRefundId) await audit("order.refund_updated"); // e.g. pending → succeeded
  }
  await tx.$executeRaw`
    UPDATE "Order" SET "refundedAmount" = LEAST("totalAmount", (SELECT COALESCE(SUM(amount), 0) FROM "Refund" WHERE "orderId" = ${payment.orderId})::int),
      "updatedAt" = now()
    WHERE id = ${payment.orderId} AND "shopId" = ${payment.shopId}`;
}
