// The merchant's order list and order page: search, filters, keyset pagination (newest first,
// by (createdAt, id), on the (shopId, createdAt) index), CSV of the filtered list, and the
// timeline (the order's audit entries and internal notes). Every read is scoped by the shop
// the entry wrapper resolved through the caller's membership.
import "server-only";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { containsPattern, transaction, type Db } from "@/lib/core/db";
import { AppError, parseInput } from "@/lib/core/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { minorToDecimal } from "@/lib/money/format";
import { shippingPaid } from "./refund-amounts";

export const PAYMENT_FILTERS = ["pending", "paid", "partially_refunded", "refunded", "cancelled", "expired"] as const;
export const FULFILMENT_FILTERS = ["to_fulfil", "unfulfilled", "partial", "fulfilled", "delivered"] as const;

/**
 * Paid orders with something left to send: not (fully) fulfilled, and a unit neither sent nor
 * refunded (a refunded, unsent order has nothing to send). The dashboard's "waiting to be
 * fulfilled" count and the list's "to fulfil" filter share it, so the count and its link agree.
 */
export function toFulfilSql(alias = Prisma.sql`o`) {
  return Prisma.sql`${alias}.status = 'PAID' AND ${alias}."fulfillmentStatus" IN ('UNFULFILLED', 'PARTIAL')
    AND EXISTS (SELECT 1 FROM "OrderLine" l WHERE l."orderId" = ${alias}.id AND l."shopId" = ${alias}."shopId"
      AND l.quantity > l."fulfilledQuantity" + l."refundedQuantity")`;
}

const day = z.iso.date("A date like 2026-12-31.").optional().catch(undefined);
export const orderFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  payment: z.enum(PAYMENT_FILTERS).optional().catch(undefined),
  fulfilment: z.enum(FULFILMENT_FILTERS).optional().catch(undefined),
  from: day, // inclusive, a day of the shop's time zone
  to: day, // inclusive, a day of the shop's time zone
  after: z.string().max(200).optional().catch(undefined), // cursor: "<createdAt ISO>_<id>"
  before: z.string().max(200).optional().catch(undefined), // the page before this cursor (the "previous" link)
});
/** As the address gives them: anything unknown is ignored (the schema's catch), never an error. */
export type OrderFilters = Partial<Record<keyof z.input<typeof orderFiltersSchema>, string>>;

export type OrderRow = {
  id: string;
  number: number;
  email: string;
  name: string | null;
  status: string;
  fulfillmentStatus: string;
  currency: string;
  totalAmount: number;
  refundedAmount: number;
  createdAt: Date;
};

function where(shopId: string, f: z.output<typeof orderFiltersSchema>) {
  const parts = [Prisma.sql`o."shopId" = ${shopId}`];
  const q = f.q?.replace(/^#/, "");
  if (q) {
    // Shaped for the indexes: each arm of the OR has one (the (shopId, number) unique, the
    // trigram GIN indexes on email and on the name), so PostgreSQL ORs three bitmap scans;
    // the number arm only when the search is a number (a NULL arm would spoil that).
    const like = containsPattern(q);
    const text = Prisma.sql`o.email ILIKE ${like} OR o."shippingAddress"->>'name' ILIKE ${like}`;
    parts.push(/^\d{1,9}$/.test(q) ? Prisma.sql`(o.number = ${Number(q)}::int OR ${text})` : Prisma.sql`(${text})`);
  }
  const payment: Record<(typeof PAYMENT_FILTERS)[number], Prisma.Sql> = {
    pending: Prisma.sql`o.status = 'PENDING'`,
    paid: Prisma.sql`o.status = 'PAID' AND o."refundedAmount" = 0`,
    partially_refunded: Prisma.sql`o.status = 'PAID' AND o."refundedAmount" > 0 AND o."refundedAmount" < o."totalAmount"`,
    refunded: Prisma.sql`o."refundedAmount" > 0 AND o."refundedAmount" >= o."totalAmount"`,
    cancelled: Prisma.sql`o.status = 'CANCELLED'`,
    expired: Prisma.sql`o.status = 'EXPIRED'`,
  };
  if (f.payment) parts.push(payment[f.payment]);
  // Compared as the enum (not ::text), so an index on the column can serve it.
  if (f.fulfilment === "to_fulfil") parts.push(toFulfilSql());
  else if (f.fulfilment) parts.push(Prisma.sql`o."fulfillmentStatus" = ${f.fulfilment.toUpperCase()}::"FulfillmentStatus"`);
  // Days as the merchant reads the list's dates (the shop's zone), turned into the UTC the column
  // holds once per statement (as lib/orders/figures.ts), so the createdAt index still serves.
  const zone = Prisma.sql`(SELECT s."timeZone" FROM "Shop" s WHERE s.id = ${shopId})`;
  const startOf = (date: Prisma.Sql) => Prisma.sql`((${date}::timestamp AT TIME ZONE ${zone}) AT TIME ZONE 'UTC')`;
  if (f.from) parts.push(Prisma.sql`o."createdAt" >= ${startOf(Prisma.sql`${f.from}::date`)}`);
  if (f.to) parts.push(Prisma.sql`o."createdAt" < ${startOf(Prisma.sql`(${f.to}::date + 1)`)}`);
  return Prisma.join(parts, " AND ");
}

function cursor(after: string | undefined) {
  const match = after && /^(\d{4}-\d\d-\d\dT[\d:.]+Z)_([\w-]{1,64})$/.exec(after);
  if (!match) return null;
  return { createdAt: new Date(match[1]), id: match[2] };
}

const rowColumns = Prisma.sql`o.id, o.number, o.email, o."shippingAddress"->>'name' AS name, o.status::text AS status,
  o."fulfillmentStatus"::text AS "fulfillmentStatus", o.currency, o."totalAmount", o."refundedAmount", o."createdAt"`;

const cursorOf = (o: OrderRow) => `${o.createdAt.toISOString()}_${o.id}`;

/**
 * One page of the shop's orders, newest first. `next` / `prev`: the cursors of the pages after
 * and before it (as `after` / `before`), if any. A `before` page is read oldest first from the
 * cursor and turned round, so both directions walk the same index.
 */
export async function listOrders(db: Db, shopId: string, filters: OrderFilters, pageSize = 50) {
  const { sql, before, after } = listOrdersSql(shopId, filters, pageSize);
  const rows = await transaction(db, (tx) => tx.$queryRaw<OrderRow[]>(sql));
  const more = rows.length > pageSize;
  const page = rows.slice(0, pageSize);
  if (before) page.reverse();
  const first = page.at(0);
  const last = page.at(-1);
  return {
    orders: page,
    next: last && (before || more) ? cursorOf(last) : null,
    prev: first && (after || (before && more)) ? cursorOf(first) : null,
  };
}

/** The one statement of a page of listOrders (exported for the query-plan test). */
export function listOrdersSql(shopId: string, filters: OrderFilters, pageSize = 50) {
  const f = parseInput(orderFiltersSchema, filters);
  const after = cursor(f.after);
  const before = after ? null : cursor(f.before);
  const keyset = after
    ? Prisma.sql`AND (o."createdAt", o.id) < (${after.createdAt}, ${after.id})`
    : before
      ? Prisma.sql`AND (o."createdAt", o.id) > (${before.createdAt}, ${before.id})`
      : Prisma.empty;
  const order = before ? Prisma.sql`o."createdAt" ASC, o.id ASC` : Prisma.sql`o."createdAt" DESC, o.id DESC`;
  const sql = Prisma.sql`
    SELECT ${rowColumns} FROM "Order" o WHERE ${where(shopId, f)} ${keyset}
    ORDER BY ${order} LIMIT ${pageSize + 1}::int`;
  return { sql, after, before };
}

/** The filtered list (every page) as CSV: one row per order, amounts in major units. */
export async function ordersCsv(db: Db, shopId: string, filters: OrderFilters, limit = 100_000) {
  const f = parseInput(orderFiltersSchema, { ...filters, after: undefined, before: undefined });
  const rows = await transaction(
    db,
    (tx) => tx.$queryRaw<OrderRow[]>`
      SELECT ${rowColumns} FROM "Order" o WHERE ${where(shopId, f)} ORDER BY o."createdAt" DESC, o.id DESC LIMIT ${limit}::int`,
  );
  return stringify(
    rows.map((o) => [
      o.number,
      o.createdAt.toISOString(),
      o.email,
      o.name ?? "",
      o.status,
      o.fulfillmentStatus,
      o.currency,
      minorToDecimal(o.totalAmount, o.currency),
      minorToDecimal(o.refundedAmount, o.currency),
    ]),
    { header: true, columns: ["number", "created_at", "email", "name", "payment", "fulfilment", "currency", "total", "refunded"] },
  );
}

export type TimelineEntry = { at: Date; kind: "event" | "note"; action: string; actorName: string | null; data: unknown };

/**
 * The order (by id, or by its number in the shop) with its lines, parcels, refunds, timeline
 * (oldest first) and what is left to send and to refund; not found for another shop's.
 */
export async function orderDetail(db: Db, shopId: string, key: string | { number: number }) {
  return transaction(db, async (tx) => {
    const order = await tx.order.findUnique({
      where: typeof key === "string" ? { id: key, shopId } : { shopId_number: { shopId, number: key.number } },
      include: {
        lines: { orderBy: { id: "asc" } },
        fulfilments: { include: { lines: true }, orderBy: { createdAt: "asc" } },
        refunds: { orderBy: { createdAt: "asc" } },
        notes: { orderBy: { createdAt: "asc" } },
        payments: { orderBy: { createdAt: "asc" }, select: { provider: true, status: true, amount: true, currency: true, createdAt: true } },
      },
    });
    if (!order) throw AppError.notFound("order");
    const orderId = order.id;
    const events = await tx.auditLog.findMany({
      where: { shopId, targetType: "order", targetId: orderId },
      orderBy: { createdAt: "asc" },
      select: { action: true, createdAt: true, data: true, actor: { select: { name: true } } },
    });
    const authors = await tx.user.findMany({
      where: { id: { in: order.notes.flatMap((n) => (n.authorId ? [n.authorId] : [])) } },
      select: { id: true, name: true },
    });
    const timeline: TimelineEntry[] = [
      { at: order.createdAt, kind: "event" as const, action: "order.created", actorName: null, data: {} },
      ...(order.confirmationSentAt
        ? [{ at: order.confirmationSentAt, kind: "event" as const, action: "order.confirmation_mailed", actorName: null, data: { to: order.email } }]
        : []),
      ...events.map((e) => ({ at: e.createdAt, kind: "event" as const, action: e.action, actorName: e.actor?.name ?? null, data: e.data })),
      ...order.notes.map((n) => ({
        at: n.createdAt,
        kind: "note" as const,
        action: "note",
        actorName: authors.find((a) => a.id === n.authorId)?.name ?? null,
        data: { body: n.body },
      })),
    ].sort((a, b) => a.at.getTime() - b.at.getTime());
    return { order, timeline, left: whatIsLeft(order) };
  });
}

type DetailOrder = Parameters<typeof shippingPaid>[0] & {
  totalAmount: number;
  refundedAmount: number;
  lines: { id: string; quantity: number; fulfilledQuantity: number; refundedQuantity: number; taxAmount: number }[];
  refunds: { shippingAmount: number }[];
};

/** What the order page's forms may still do: units to send and to refund per line, money and shipping to refund. */
function whatIsLeft(order: DetailOrder) {
  const shipping = shippingPaid(
    order,
    order.lines.reduce((sum, l) => sum + l.taxAmount, 0),
  );
  const shippingRefunded = order.refunds.reduce((sum, r) => sum + r.shippingAmount, 0);
  return {
    toFulfil: Object.fromEntries(order.lines.map((l) => [l.id, Math.max(0, l.quantity - l.fulfilledQuantity - l.refundedQuantity)])),
    toRefund: Object.fromEntries(order.lines.map((l) => [l.id, l.quantity - l.refundedQuantity])),
    amount: Math.max(0, order.totalAmount - order.refundedAmount),
    shipping: Math.max(0, shipping.amount - shippingRefunded),
  };
}
