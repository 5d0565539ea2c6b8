// The merchant's side of an order's life after checkout: fulfil (in parcels, with tracking, the
// shopper mailed), mark delivered, cancel (stock back on the shelf, what was paid refunded),
// internal notes. Each write is one transaction that re-checks the role, locks the order row
// (FOR UPDATE; lock order Payment → Order → Variant, as status.ts) and checks the change against
// ORDER_STATUS_CHANGES or FULFILMENT_CHANGES before writing anything: a refused change writes
// nothing. The timeline is the order's audit entries (each change writes one) and its notes.
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/log";
import { requireRole, type ShopActor } from "@/lib/core/actor";
import { transaction, type Db, type Tx } from "@/lib/core/db";
import { AppError, parseInput } from "@/lib/core/errors";
import type { FulfillmentStatus, OrderStatus } from "@/lib/generated/prisma/enums";
import { closestLocale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";
import { sendMail, type Mail } from "@/lib/mail/send";
import { paymentProviderNamed } from "@/lib/payments/provider";
import type { PaymentProvider } from "@/lib/payments/types";
import { orderStatusUrl } from "./link";
import { checkOrderStatusChange, closeOrder, recordRefunds } from "./status";
import { restockUnits } from "./stock";

/** Fulfilment of a paid order: parcels until every line is sent, then delivered. */
export const FULFILMENT_CHANGES = {
  UNFULFILLED: ["PARTIAL", "FULFILLED"],
  PARTIAL: ["PARTIAL", "FULFILLED"], // another parcel
  FULFILLED: ["DELIVERED"],
  DELIVERED: [],
} as const satisfies Record<FulfillmentStatus, readonly FulfillmentStatus[]>;

const FULFILMENT_WORDS: Record<FulfillmentStatus, string> = {
  UNFULFILLED: "unfulfilled",
  PARTIAL: "partially fulfilled",
  FULFILLED: "fulfilled",
  DELIVERED: "delivered",
};
const STATUS_WORDS: Record<OrderStatus, string> = { PENDING: "awaiting payment", PAID: "paid", CANCELLED: "cancelled", EXPIRED: "expired" };

export function canChangeFulfilment(from: FulfillmentStatus, to: FulfillmentStatus) {
  return (FULFILMENT_CHANGES[from] as readonly FulfillmentStatus[]).includes(to);
}

/** Refuses a fulfilment change the table doesn't allow, or on an order that isn't paid. */
export function checkFulfilmentChange(order: { status: OrderStatus; fulfillmentStatus: FulfillmentStatus }, to: FulfillmentStatus) {
  if (order.status !== "PAID")
    throw AppError.conflict({ form: `This order is ${STATUS_WORDS[order.status]}: only a paid order can be ${FULFILMENT_WORDS[to]}.` });
  if (!canChangeFulfilment(order.fulfillmentStatus, to))
    throw AppError.conflict({ form: `This order is ${FULFILMENT_WORDS[order.fulfillmentStatus]}: it can't be marked ${FULFILMENT_WORDS[to]}.` });
}

type LockedOrder = {
  id: string;
  shopId: string;
  number: number;
  email: string;
  currency: string;
  status: OrderStatus;
  fulfillmentStatus: FulfillmentStatus;
  totalAmount: number;
  refundedAmount: number;
};

/** The order's completed payment, its row locked (taken before the order's: see the lock order). */
export async function lockPayment(tx: Tx, shopId: string, orderId: string) {
  const [payment] = await tx.$queryRaw<{ id: string; orderId: string; shopId: string; provider: string; providerPaymentId: string; currency: string }[]>`
    SELECT id, "orderId", "shopId", provider, "providerPaymentId", currency FROM "Payment"
    WHERE "orderId" = ${orderId} AND "shopId" = ${shopId} AND status = 'SUCCEEDED' ORDER BY "createdAt" LIMIT 1 FOR UPDATE`;
  return payment ?? null;
}

/** The order, its row locked until the transaction ends; "not found" for another shop's. */
export async function lockOrder(tx: Tx, shopId: string, orderId: string): Promise<LockedOrder> {
  const [order] = await tx.$queryRaw<LockedOrder[]>`
    SELECT id, "shopId", number, email, currency, status::text AS status, "fulfillmentStatus"::text AS "fulfillmentStatus", "totalAmount", "refundedAmount"
    FROM "Order" WHERE id = ${orderId} AND "shopId" = ${shopId} FOR UPDATE`;
  if (!order) throw AppError.notFound("order");
  return order;
}

const audit = (tx: Tx, actor: ShopActor, orderId: string, action: string, data: Record<string, unknown> = {}) =>
  recordAudit(tx, { shopId: actor.shopId, actorId: actor.userId, action, targetType: "order", targetId: orderId, data: data as object });

// ---------- Fulfil ----------

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`).default("");

export const fulfilSchema = z.object({
  lines: z
    .array(z.object({ orderLineId: z.string().min(1), quantity: z.coerce.number().int("A whole number.").min(0, "At least 0.") }))
    .transform((lines) => lines.filter((l) => l.quantity > 0))
    .refine((lines) => lines.length > 0, "Choose at least one item to fulfil."),
  carrier: text(100),
  trackingNumber: text(100),
  trackingUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/, error: "A link starting with https:// or http://." })]).default(""),
});
export type FulfilInput = z.input<typeof fulfilSchema>;

export type MailOptions = { send?: (mail: Mail) => Promise<void> };

/**
 * Sends the chosen quantities of lines as one parcel. A line can't be sent beyond what was
 * bought minus what was sent or refunded. The shopper is mailed after the commit; a failed
 * mail leaves the fulfilment (and no "mailed" entry on the timeline).
 */
export async function fulfilOrder(db: Db, actor: ShopActor, orderId: string, input: FulfilInput, options: MailOptions = {}) {
  const data = parseInput(fulfilSchema, input);
  const fulfilment = await transaction(db, async (tx) => {
    await requireRole(tx, actor, "orders");
    const order = await lockOrder(tx, actor.shopId, orderId);
    const lines = await tx.orderLine.findMany({
      where: { orderId, shopId: actor.shopId },
      select: { id: true, quantity: true, fulfilledQuantity: true, refundedQuantity: true },
    });
    const fields: Record<string, string> = {};
    for (const [i, wanted] of data.lines.entries()) {
      const line = lines.find((l) => l.id === wanted.orderLineId);
      const left = line ? line.quantity - line.fulfilledQuantity - line.refundedQuantity : 0;
      if (!line) fields[`lines.${i}`] = "This item isn't in the order.";
      else if (wanted.quantity > left) fields[`lines.${i}`] = left ? `Only ${left} left to fulfil.` : "Nothing left to fulfil.";
    }
    if (new Set(data.lines.map((l) => l.orderLineId)).size !== data.lines.length) fields.form = "Each item once.";
    if (Object.keys(fields).length) throw AppError.invalid(fields);
    const sent = new Map(data.lines.map((l) => [l.orderLineId, l.quantity]));
    const all = lines.every((l) => l.quantity - l.fulfilledQuantity - l.refundedQuantity - (sent.get(l.id) ?? 0) <= 0);
    const to: FulfillmentStatus = all ? "FULFILLED" : "PARTIAL";
    checkFulfilmentChange(order, to);

    const created = await tx.fulfilment.create({
      data: {
        shopId: actor.shopId,
        orderId,
        carrier: data.carrier,
        trackingNumber: data.trackingNumber,
        trackingUrl: data.trackingUrl,
        createdById: actor.userId,
        lines: { create: data.lines.map((l) => ({ shopId: actor.shopId, orderLineId: l.orderLineId, quantity: l.quantity })) },
      },
      select: { id: true },
    });
    for (const l of data.lines) {
      await tx.orderLine.update({ where: { id: l.orderLineId, shopId: actor.shopId }, data: { fulfilledQuantity: { increment: l.quantity } } });
    }
    await tx.order.update({ where: { id: orderId, shopId: actor.shopId }, data: { fulfillmentStatus: to } });
    await audit(tx, actor, orderId, all ? "order.fulfilled" : "order.partially_fulfilled", {
      fulfilmentId: created.id,
      lines: data.lines,
      carrier: data.carrier,
      trackingNumber: data.trackingNumber,
    });
    return { id: created.id, order, all, status: to };
  });
  const mailed = await mailShipment(db, actor, fulfilment.id, fulfilment.all, options);
  return { fulfilmentId: fulfilment.id, fulfillmentStatus: fulfilment.status, mailed };
}

async function mailShipment(db: Db, actor: ShopActor, fulfilmentId: string, all: boolean, options: MailOptions) {
  const f = await transaction(db, (tx) =>
    tx.fulfilment.findUniqueOrThrow({
      where: { id: fulfilmentId, shopId: actor.shopId },
      select: {
        carrier: true,
        trackingNumber: true,
        trackingUrl: true,
        order: { select: { id: true, number: true, email: true, shop: { select: { slug: true, name: true, defaultLocale: true } } } },
        lines: { select: { quantity: true, orderLine: { select: { title: true, variantTitle: true } } } },
      },
    }),
  );
  const { order } = f;
  const t = getTranslator(closestLocale(order.shop.defaultLocale));
  const body = [
    t(all ? "mail.shippedAll" : "mail.shipped", { shop: order.shop.name }),
    "",
    t("orders.number", { number: order.number }),
    "",
    ...f.lines.map(
      (l) =>
        `${l.quantity} × ${l.orderLine.variantTitle && l.orderLine.variantTitle !== "Default" ? `${l.orderLine.title} (${l.orderLine.variantTitle})` : l.orderLine.title}`,
    ),
    "",
    ...(f.carrier ? [t("mail.carrier", { carrier: f.carrier })] : []),
    ...(f.trackingNumber ? [t("mail.tracking", { number: f.trackingNumber })] : []),
    ...(f.trackingUrl ? [t("mail.trackingLink", { url: f.trackingUrl })] : []),
    "",
    t("mail.statusLink"),
    orderStatusUrl(order.shop.slug, order.id),
  ].join("\n");
  try {
    await (options.send ?? sendMail)({ to: order.email, subject: t("mail.shippedSubject", { number: order.number, shop: order.shop.name }), text: body });
  } catch (error) {
    console.error(`Order ${order.id}: shipment mail for fulfilment ${fulfilmentId} failed`, error);
    return false;
  }
  await transaction(db, async (tx) => {
    await tx.fulfilment.update({ where: { id: fulfilmentId, shopId: actor.shopId }, data: { mailSentAt: new Date() } });
    await audit(tx, actor, order.id, "order.shipment_mailed", { fulfilmentId, to: order.email });
  });
  return true;
}

// ---------- Delivered ----------

export async function markDelivered(db: Db, actor: ShopActor, orderId: string) {
  await transaction(db, async (tx) => {
    await requireRole(tx, actor, "orders");
    const order = await lockOrder(tx, actor.shopId, orderId);
    checkFulfilmentChange(order, "DELIVERED");
    await tx.order.update({ where: { id: orderId, shopId: actor.shopId }, data: { fulfillmentStatus: "DELIVERED", deliveredAt: new Date() } });
    await audit(tx, actor, orderId, "order.delivered");
  });
}

// ---------- Cancel ----------

/**
 * Cancels an order nothing of which was sent. Awaiting payment: the reservation and codes go
 * back (as when the shopper gives up; a payment still arriving is handled by completePayment).
 * Paid: what is left of the payment is refunded through its provider (the key makes a retry
 * refund once) and the units not refunded yet go back on the shelf; codes stay used.
 */
export async function cancelOrder(db: Db, actor: ShopActor, orderId: string, options: { provider?: PaymentProvider } = {}) {
  return onLockedOrder(db, actor, orderId, async (tx, order, payment) => {
    checkOrderStatusChange(order.status, "CANCELLED");
    if (order.fulfillmentStatus !== "UNFULFILLED")
      throw AppError.conflict({ form: `This order is ${FULFILMENT_WORDS[order.fulfillmentStatus]}: it can't be cancelled. Refund it instead.` });
    const now = new Date();
    if (order.status === "PENDING") {
      await closeOrder(tx, { orderId, shopId: actor.shopId }, "CANCELLED", now);
      await audit(tx, actor, orderId, "order.cancelled");
      return { refunded: 0 };
    }
    const amount = order.totalAmount - order.refundedAmount;
    if (amount > 0 && payment) {
      const shop = await tx.shop.findUniqueOrThrow({ where: { id: actor.shopId }, select: { stripeAccountId: true } });
      const provider = options.provider ?? paymentProviderNamed(payment.provider);
      const refund = await provider.refund({
        providerPaymentId: payment.providerPaymentId,
        stripeAccountId: shop.stripeAccountId,
        amount,
        currency: payment.currency,
        idempotencyKey: `cancel-${orderId}`,
        reason: "requested_by_customer",
      });
      await recordRefunds(tx, payment, [refund]);
    }
    await restock(tx, actor.shopId, orderId);
    await tx.$executeRaw`
        UPDATE "Order" SET status = 'CANCELLED', "cancelledAt" = ${now}, "updatedAt" = ${now}
        WHERE id = ${orderId} AND "shopId" = ${actor.shopId} AND status = 'PAID'`;
    await audit(tx, actor, orderId, "order.cancelled", { refunded: amount });
    return { refunded: payment ? amount : 0 };
  });
}

/**
 * A merchant write that may move money: the role re-checked, then the payment's and the order's
 * rows locked, in that order. The provider's call may run inside: the order stays locked meanwhile.
 */
export function onLockedOrder<T>(
  db: Db,
  actor: ShopActor,
  orderId: string,
  write: (tx: Tx, order: LockedOrder, payment: Awaited<ReturnType<typeof lockPayment>>) => Promise<T>,
) {
  return transaction(
    db,
    async (tx) => {
      await requireRole(tx, actor, "orders");
      const payment = await lockPayment(tx, actor.shopId, orderId);
      return write(tx, await lockOrder(tx, actor.shopId, orderId), payment);
    },
    { timeout: 60_000 },
  );
}

/** The paid order's units not refunded yet go back on the shelf (variants locked in id order). */
async function restock(tx: Tx, shopId: string, orderId: string) {
  const lines = await tx.orderLine.findMany({ where: { orderId, shopId }, select: { id: true, variantId: true, quantity: true, refundedQuantity: true } });
  await restockUnits(
    tx,
    shopId,
    lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity - l.refundedQuantity })),
  );
  for (const l of lines) {
    if (l.quantity > l.refundedQuantity) await tx.orderLine.update({ where: { id: l.id, shopId }, data: { refundedQuantity: l.quantity } });
  }
}

// ---------- Notes ----------

export const noteSchema = z.object({ body: z.string().trim().min(1, "Write a note.").max(2000, "At most 2000 characters.") });

/** An internal note on the order: on the merchant's timeline, never shown to the shopper. */
export async function addOrderNote(db: Db, actor: ShopActor, orderId: string, input: z.input<typeof noteSchema>) {
  const { body } = parseInput(noteSchema, input);
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "orders");
    await lockOrder(tx, actor.shopId, orderId);
    return tx.orderNote.create({ data: { shopId: actor.shopId, orderId, authorId: actor.userId, body }, select: { id: true } });
  });
}
