// After-sales requests (decision record 0015): the shopper asks for a refund, a return and
// refund, or an exchange of some units of a paid order's lines; the merchant accepts (with
// return instructions), rejects (with a reason) or completes (a refund through refundOrder, or
// an exchange's note). Every change is one transaction under the order's row lock (Payment →
// Order, as after-sale.ts), written on the order's timeline (audit entries, targetType "order"),
// and mailed to the shopper after the commit in the shop's language.
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/log";
import { requireRole, type ShopActor } from "@/lib/core/actor";
import { transaction, type Db, type Tx } from "@/lib/core/db";
import { AppError, keyed, msg, parseInput } from "@/lib/core/errors";
import type { AfterSalesStatus } from "@/lib/generated/prisma/enums";
import { closestLocale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";
import { sendMail } from "@/lib/mail/send";
import { formatMoney } from "@/lib/money/format";
import type { PaymentProvider } from "@/lib/payments/types";
import { lockOrder, onLockedOrder, type MailOptions } from "./after-sale";
import { AFTER_SALES_KINDS, AFTER_SALES_REASONS, canChangeRequest, checkRequestLines, OPEN_STATUSES, requestableQuantities } from "./after-sales-rules";
import { storeAfterSalesPhotos, type StoredPhoto } from "./after-sales-photos";
import { orderStatusUrl, verifyOrderToken } from "./link";
import { lineRefund, type RefundableLine } from "./refund-amounts";
import { refundOrder } from "./refunds";

const notFound = () => new AppError("not_found", { form: msg("afterSalesNotFound") });
const audit = (tx: Tx, shopId: string, actorId: string | null, orderId: string, action: string, data: Record<string, unknown>) =>
  recordAudit(tx, { shopId, actorId, action: `order.after_sales_${action}`, targetType: "order", targetId: orderId, data: data as object });

// ---------- The shopper's access ----------

/** Who may ask about an order: whoever holds its signed link, or its signed-in owner. */
export type ShopperAccess = { token?: string | null; userId?: string | null };

/** The order, when `access` opens it; "order not found" otherwise (as for an unknown order). */
export async function shopperOrderAccess(db: Db, shopId: string, orderId: string, access: ShopperAccess) {
  const order = await db.order.findFirst({ where: { id: orderId, shopId }, select: { id: true, userId: true } });
  const allowed = !!order && (verifyOrderToken(orderId, access.token) || (!!access.userId && order.userId === access.userId));
  if (!allowed) throw AppError.notFound("order");
  return order;
}

// ---------- Create ----------

const lineSchema = z.object({
  orderLineId: z.string().min(1).max(64),
  quantity: z.coerce.number(keyed("quantityWhole")).int(keyed("quantityWhole")).min(0).max(10_000),
});

export const requestSchema = z.object({
  kind: z.enum(AFTER_SALES_KINDS, keyed("afterSalesKind")),
  reason: z.enum(AFTER_SALES_REASONS, keyed("afterSalesReason")),
  details: z
    .string()
    .trim()
    .max(2000, keyed("tooLong", { max: 2000 }))
    .default(""),
  lines: z
    .array(lineSchema)
    .max(200)
    .transform((lines) => lines.filter((l) => l.quantity > 0)),
});
/** As typed in the form or the API: parsed (and refused with field messages) here. */
export type RequestInput = { kind: string; reason: string; details?: string; lines: { orderLineId: string; quantity: string | number }[] };

/**
 * A shopper's request. Only a paid order; each line at most what was bought minus refunded, and
 * not while another open request holds it (checked under the order's lock, and by the partial
 * unique index should two requests race anyway). Photos are validated and stored first: a
 * refused request leaves only unreferenced, content-addressed files.
 */
export async function createAfterSalesRequest(
  db: Db,
  shopId: string,
  orderId: string,
  access: ShopperAccess,
  input: RequestInput,
  photos: readonly Buffer[] = [],
  options: MailOptions = {},
) {
  const data = parseInput(requestSchema, input);
  await shopperOrderAccess(db, shopId, orderId, access);
  const stored: StoredPhoto[] = await storeAfterSalesPhotos(shopId, photos);
  const created = await transaction(db, async (tx) => {
    const order = await lockOrder(tx, shopId, orderId);
    if (order.status !== "PAID") throw AppError.conflict({ form: msg("afterSalesNotPaid") });
    const { lines, held } = await linesAndHeld(tx, shopId, orderId);
    const fields = checkRequestLines(data.lines, lines, held);
    if (Object.keys(fields).length) throw AppError.invalid(fields);
    try {
      const request = await tx.afterSalesRequest.create({
        data: {
          shopId,
          orderId,
          kind: data.kind,
          reason: data.reason,
          details: data.details,
          userId: access.userId ?? null,
          lines: { create: data.lines.map((l) => ({ shopId, orderLineId: l.orderLineId, quantity: l.quantity })) },
          photos: { create: stored.map((p) => ({ shopId, key: p.key, width: p.width, height: p.height })) },
        },
        select: { id: true },
      });
      await audit(tx, shopId, access.userId ?? null, orderId, "requested", { requestId: request.id, kind: data.kind, reason: data.reason, lines: data.lines });
      return request;
    } catch (error) {
      if ((error as { code?: string }).code === "P2002") throw AppError.conflict({ form: msg("afterSalesLineOpen") });
      throw error;
    }
  });
  const mailed = await mailShopper(db, shopId, created.id, access.userId ?? null, options);
  return { requestId: created.id, mailed };
}

/** The order's lines and the units open requests hold (the order row is locked by the caller). */
async function linesAndHeld(tx: Tx, shopId: string, orderId: string) {
  const lines = await tx.orderLine.findMany({ where: { orderId, shopId }, select: { id: true, quantity: true, refundedQuantity: true } });
  const held = await tx.afterSalesRequestLine.findMany({
    where: { shopId, open: true, request: { orderId, status: { in: [...OPEN_STATUSES] } } },
    select: { orderLineId: true, quantity: true },
  });
  return { lines, held };
}

// ---------- The shopper withdraws ----------

export async function withdrawAfterSalesRequest(db: Db, shopId: string, orderId: string, requestId: string, access: ShopperAccess, options: MailOptions = {}) {
  await shopperOrderAccess(db, shopId, orderId, access);
  await transaction(db, async (tx) => {
    await lockOrder(tx, shopId, orderId);
    const request = await lockRequest(tx, shopId, requestId);
    if (request.orderId !== orderId) throw notFound();
    if (!canChangeRequest(request.status, "WITHDRAWN")) throw AppError.conflict({ form: msg("afterSalesCannotWithdraw") });
    await close(tx, shopId, requestId, { status: "WITHDRAWN", withdrawnAt: new Date() });
    await audit(tx, shopId, access.userId ?? null, orderId, "withdrawn", { requestId });
  });
  return { mailed: await mailShopper(db, shopId, requestId, access.userId ?? null, options) };
}

// ---------- The merchant's answers ----------

const STATUS_WORDS: Record<AfterSalesStatus, string> = {
  REQUESTED: "waiting for an answer",
  ACCEPTED: "accepted",
  COMPLETED: "completed",
  REJECTED: "rejected",
  WITHDRAWN: "withdrawn by the shopper",
};

type LockedRequest = { id: string; orderId: string; kind: (typeof AFTER_SALES_KINDS)[number]; status: AfterSalesStatus };

async function lockRequest(tx: Tx, shopId: string, requestId: string): Promise<LockedRequest> {
  const [request] = await tx.$queryRaw<LockedRequest[]>`
    SELECT id, "orderId", kind::text AS kind, status::text AS status FROM "AfterSalesRequest"
    WHERE id = ${requestId} AND "shopId" = ${shopId} FOR UPDATE`;
  if (!request) throw notFound();
  return request;
}

function checkChange(request: LockedRequest, to: AfterSalesStatus) {
  if (!canChangeRequest(request.status, to))
    throw AppError.conflict({ form: `This request is ${STATUS_WORDS[request.status]}: it can't be ${STATUS_WORDS[to]}.` });
}

/** Closes the request: its lines no longer hold the order's units. */
async function close(tx: Tx, shopId: string, requestId: string, data: { status: AfterSalesStatus } & Record<string, unknown>) {
  await tx.afterSalesRequest.update({ where: { id: requestId, shopId }, data });
  await tx.afterSalesRequestLine.updateMany({ where: { requestId, shopId }, data: { open: false } });
}

/** The request's order id, for locking the order before the request (the lock order everywhere). */
async function orderOf(db: Db, shopId: string, requestId: string) {
  const found = await db.afterSalesRequest.findFirst({ where: { id: requestId, shopId }, select: { orderId: true } });
  if (!found) throw notFound();
  return found.orderId;
}

const note = (max: number, required?: string) => {
  const base = z.string().trim().max(max, `At most ${max} characters.`);
  return required ? base.min(1, required) : base.default("");
};

export const acceptSchema = z.object({ returnInstructions: note(2000) });
export const rejectSchema = z.object({ rejectionReason: note(2000, "Tell the shopper why.") });
export const completeSchema = z.object({ restock: z.boolean().default(false), resolution: note(2000) });

/** Accepts: for a return and refund, the instructions say where and how to send the items. */
export async function acceptAfterSalesRequest(db: Db, actor: ShopActor, requestId: string, input: z.input<typeof acceptSchema>, options: MailOptions = {}) {
  const data = parseInput(acceptSchema, input);
  const orderId = await orderOf(db, actor.shopId, requestId);
  await transaction(db, async (tx) => {
    await requireRole(tx, actor, "orders");
    await lockOrder(tx, actor.shopId, orderId);
    const request = await lockRequest(tx, actor.shopId, requestId);
    checkChange(request, "ACCEPTED");
    if (request.kind === "RETURN_AND_REFUND" && !data.returnInstructions)
      throw AppError.invalid({ returnInstructions: "Tell the shopper where and how to send the items back." });
    await tx.afterSalesRequest.update({
      where: { id: requestId, shopId: actor.shopId },
      data: { status: "ACCEPTED", acceptedAt: new Date(), returnInstructions: data.returnInstructions },
    });
    await audit(tx, actor.shopId, actor.userId, orderId, "accepted", { requestId, returnInstructions: data.returnInstructions });
  });
  return { mailed: await mailShopper(db, actor.shopId, requestId, actor.userId, options) };
}

export async function rejectAfterSalesRequest(db: Db, actor: ShopActor, requestId: string, input: z.input<typeof rejectSchema>, options: MailOptions = {}) {
  const data = parseInput(rejectSchema, input);
  const orderId = await orderOf(db, actor.shopId, requestId);
  await transaction(db, async (tx) => {
    await requireRole(tx, actor, "orders");
    await lockOrder(tx, actor.shopId, orderId);
    checkChange(await lockRequest(tx, actor.shopId, requestId), "REJECTED");
    await close(tx, actor.shopId, requestId, { status: "REJECTED", rejectedAt: new Date(), rejectionReason: data.rejectionReason });
    await audit(tx, actor.shopId, actor.userId, orderId, "rejected", { requestId, rejectionReason: data.rejectionReason });
  });
  return { mailed: await mailShopper(db, actor.shopId, requestId, actor.userId, options) };
}

/**
 * Completes an accepted request. Refund kinds: the request's lines are refunded through
 * refundOrder in the same transaction (restocked for a return when the merchant says the
 * items came back); an exchange moves no money, its resolution says what was sent instead.
 */
export async function completeAfterSalesRequest(
  db: Db,
  actor: ShopActor,
  requestId: string,
  input: z.input<typeof completeSchema>,
  options: MailOptions & { provider?: PaymentProvider } = {},
) {
  const data = parseInput(completeSchema, input);
  const orderId = await orderOf(db, actor.shopId, requestId);
  const result = await onLockedOrder(db, actor, orderId, async (tx) => {
    const request = await lockRequest(tx, actor.shopId, requestId);
    checkChange(request, "COMPLETED");
    if (request.kind === "EXCHANGE" && !data.resolution) throw AppError.invalid({ resolution: "Say what the shopper receives instead." });
    let refund: { refundId: string; amount: number } | null = null;
    if (request.kind !== "EXCHANGE") {
      const lines = await tx.afterSalesRequestLine.findMany({ where: { requestId, shopId: actor.shopId }, select: { orderLineId: true, quantity: true } });
      const restock = request.kind === "RETURN_AND_REFUND" && data.restock;
      refund = await refundOrder(tx, actor, orderId, { lines, restock, reason: `After-sales request ${requestId}` }, { provider: options.provider });
    }
    await close(tx, actor.shopId, requestId, {
      status: "COMPLETED",
      completedAt: new Date(),
      resolution: data.resolution,
      refundId: refund?.refundId ?? null,
      restocked: request.kind === "RETURN_AND_REFUND" && data.restock,
    });
    await audit(tx, actor.shopId, actor.userId, orderId, "completed", { requestId, refundId: refund?.refundId ?? null, amount: refund?.amount ?? 0 });
    return { refund, restocked: request.kind === "RETURN_AND_REFUND" && data.restock };
  });
  const mailed = await mailShopper(db, actor.shopId, requestId, actor.userId, options);
  return { orderId, refundId: result.refund?.refundId ?? null, amount: result.refund?.amount ?? 0, restocked: result.restocked, mailed };
}

// ---------- Mail ----------

/** Tells the shopper where their request stands; a failed mail is logged and leaves the change. */
async function mailShopper(db: Db, shopId: string, requestId: string, actorId: string | null, options: MailOptions) {
  const r = await db.afterSalesRequest.findFirstOrThrow({
    where: { id: requestId, shopId },
    select: {
      kind: true,
      status: true,
      returnInstructions: true,
      rejectionReason: true,
      resolution: true,
      refundId: true,
      lines: { select: { quantity: true, orderLine: { select: { title: true, variantTitle: true } } } },
      order: { select: { id: true, number: true, email: true, currency: true, shop: { select: { slug: true, name: true, defaultLocale: true } } } },
    },
  });
  const { order } = r;
  const locale = closestLocale(order.shop.defaultLocale);
  const t = getTranslator(locale);
  const kind = t("afterSales.kind", { kind: r.kind });
  const refund = r.refundId ? await db.refund.findFirst({ where: { id: r.refundId, shopId }, select: { amount: true } }) : null;
  const body = [
    t(`mail.afterSales${r.status}`, { shop: order.shop.name, kind }),
    "",
    t("orders.number", { number: order.number }),
    ...r.lines.map((l) => `${l.quantity} × ${itemTitle(l.orderLine)}`),
    "",
    ...(r.status === "ACCEPTED" && r.returnInstructions ? [t("afterSales.instructions"), r.returnInstructions, ""] : []),
    ...(r.status === "REJECTED" ? [t("afterSales.rejection"), r.rejectionReason, ""] : []),
    ...(r.status === "COMPLETED" && refund ? [t("mail.afterSalesRefunded", { amount: formatMoney(refund.amount, order.currency, locale) }), ""] : []),
    ...(r.status === "COMPLETED" && r.resolution ? [t("afterSales.resolution"), r.resolution, ""] : []),
    t("mail.statusLink"),
    orderStatusUrl(order.shop.slug, order.id),
  ].join("\n");
  try {
    await (options.send ?? sendMail)({ to: order.email, subject: t("mail.afterSalesSubject", { number: order.number, shop: order.shop.name }), text: body });
  } catch (error) {
    console.error(`Order ${order.id}: after-sales mail for request ${requestId} failed`, error);
    return false;
  }
  await transaction(db, (tx) => audit(tx, shopId, actorId, order.id, "mailed", { requestId, status: r.status, to: order.email }));
  return true;
}

export const itemTitle = (l: { title: string; variantTitle: string }) =>
  l.variantTitle && l.variantTitle !== "Default" ? `${l.title} (${l.variantTitle})` : l.title;

// ---------- Reads ----------

const requestSelect = {
  id: true,
  orderId: true,
  kind: true,
  status: true,
  reason: true,
  details: true,
  returnInstructions: true,
  rejectionReason: true,
  resolution: true,
  refundId: true,
  restocked: true,
  createdAt: true,
  acceptedAt: true,
  rejectedAt: true,
  completedAt: true,
  withdrawnAt: true,
  lines: { orderBy: { id: "asc" }, select: { orderLineId: true, quantity: true, orderLine: { select: { title: true, variantTitle: true } } } },
  photos: { orderBy: { createdAt: "asc" }, select: { id: true, width: true, height: true } },
} as const;

/** The order's requests, newest first, and how many units of each line a new one may name (the caller checked access). */
export async function orderAfterSales(db: Db, shopId: string, orderId: string) {
  const [requests, { lines, held }, order] = await Promise.all([
    db.afterSalesRequest.findMany({ where: { shopId, orderId }, orderBy: { createdAt: "desc" }, select: requestSelect }),
    linesAndHeld(db as Tx, shopId, orderId),
    db.order.findFirst({ where: { id: orderId, shopId }, select: { status: true } }),
  ]);
  const left = requestableQuantities(lines, held);
  return { requests, paid: order?.status === "PAID", requestable: Object.fromEntries(left) as Record<string, number> };
}
export type OrderAfterSales = Awaited<ReturnType<typeof orderAfterSales>>;

export const AFTER_SALES_PAGE = 50;
export const listFilterSchema = z.object({
  status: z.enum(["REQUESTED", "ACCEPTED", "COMPLETED", "REJECTED", "WITHDRAWN", "OPEN"]).optional().catch(undefined),
  kind: z.enum(AFTER_SALES_KINDS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type ListFilter = z.output<typeof listFilterSchema>;

/** The shop's requests, open ones first (the enum's order), newest first within. */
export async function listAfterSalesRequests(db: Db, shopId: string, filter: ListFilter) {
  const rows = await db.afterSalesRequest.findMany({
    where: {
      shopId,
      ...(filter.status === "OPEN" ? { status: { in: [...OPEN_STATUSES] } } : filter.status ? { status: filter.status } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
    },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    skip: (filter.page - 1) * AFTER_SALES_PAGE,
    take: AFTER_SALES_PAGE + 1,
    select: {
      id: true,
      kind: true,
      status: true,
      reason: true,
      createdAt: true,
      order: { select: { id: true, number: true, email: true } },
      _count: { select: { lines: true, photos: true } },
    },
  });
  return { requests: rows.slice(0, AFTER_SALES_PAGE), hasNext: rows.length > AFTER_SALES_PAGE };
}

/** One request with its order's lines; not found for another shop's. */
export async function afterSalesRequestDetail(db: Db, shopId: string, requestId: string) {
  const request = await db.afterSalesRequest.findFirst({
    where: { id: requestId, shopId },
    select: {
      ...requestSelect,
      order: {
        select: {
          id: true,
          number: true,
          email: true,
          status: true,
          currency: true,
          totalAmount: true,
          refundedAmount: true,
          lines: {
            orderBy: { id: "asc" },
            select: {
              id: true,
              title: true,
              variantTitle: true,
              quantity: true,
              refundedQuantity: true,
              fulfilledQuantity: true,
              totalAmount: true,
              discountAmount: true,
              taxAmount: true,
            },
          },
        },
      },
    },
  });
  if (!request) throw notFound();
  return { ...request, refundPreview: refundPreview(request.order.lines, request.lines) };
}

/** What completing the request would refund now (as refundOrder reckons it); null when its lines can't be refunded any more. */
function refundPreview(lines: (RefundableLine & { id: string })[], wanted: readonly { orderLineId: string; quantity: number }[]) {
  let amount = 0;
  for (const w of wanted) {
    const line = lines.find((l) => l.id === w.orderLineId);
    if (!line || line.quantity - line.refundedQuantity < w.quantity) return null;
    amount += lineRefund(line, w.quantity).amount;
  }
  return amount;
}

/** For the dashboard: requests waiting for the merchant (requested or accepted). */
export function countOpenAfterSalesRequests(db: Db, shopId: string) {
  return db.afterSalesRequest.count({ where: { shopId, status: { in: [...OPEN_STATUSES] } } });
}
