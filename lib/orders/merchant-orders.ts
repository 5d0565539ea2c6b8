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

export const PAYMENT_FILTERS = ["pending", "paid", "partially_refunded", "refunded", "cancelled", "expired"] as const;
export const FULFILMENT_FILTERS = ["unfulfilled", "partial", "fulfilled", "delivered"] as const;

const day = z.iso.date("A date like 2026-12-31.").optional().catch(undefined);
export const orderFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  payment: z.enum(PAYMENT_FILTERS).optional().catch(undefined),
  fulfilment: z.enum(FULFILMENT_FILTERS).optional().catch(undefined),
  from: day, // inclusive, UTC day
  to: day, // inclusive, UTC day
  after: z.string().max(200).optional().catch(undefined), // cursor: "<createdAt ISO>_<id>"
});
export type OrderFilters = z.input<typeof orderFiltersSchema>;

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
    const number = /^\d{1,9}$/.test(q) ? Number(q) : null;
    const like = containsPattern(q);
    parts.push(Prisma.sql`(o.number = ${number}::int OR o.email ILIKE ${like} OR o."shippingAddress"->>'name' ILIKE ${like})`);
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
  if (f.fulfilment) parts.push(Prisma.sql`o."fulfillmentStatus"::text = ${f.fulfilment.toUpperCase()}`);
  if (f.from) parts.push(Prisma.sql`o."createdAt" >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`o."createdAt" < ${f.to}::date + 1`);
  return Prisma.join(parts, " AND ");
}

function cursor(after: string | undefined) {
  const match = after && /^(\d{4}-\d\d-\d\dT[\d:.]+Z)_([\w-]{1,64})$/.exec(after);
  if (!match) return null;
  return { createdAt: new Date(match[1]), id: match[2] };
}

const rowColumns = Prisma.sql`o.id, o.number, o.email, o."shippingAddress"->>'name' AS name, o.status::text AS status,
  o."fulfillmentStatus"::text AS "fulfillmentStatus", o.currency, o."totalAmount", o."refundedAmount", o."createdAt"`;

/** One page of the shop's orders, newest first; `next` is the cursor of the page after, if any. */
export async function listOrders(db: Db, shopId: string, filters: OrderFilters, pageSize = 50) {
  const f = parseInput(orderFiltersSchema, filters);
  const after = cursor(f.after);
  const keyset = after ? Prisma.sql`AND (o."createdAt", o.id) < (${after.createdAt}, ${after.id})` : Prisma.empty;
  const rows = await transaction(
    db,
    (tx) => tx.$queryRaw<OrderRow[]>`
      SELECT ${rowColumns} FROM "Order" o WHERE ${where(shopId, f)} ${keyset}
      ORDER BY o."createdAt" DESC, o.id DESC LIMIT ${pageSize + 1}::int`,
  );
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return { orders: page, next: rows.length > pageSize && last ? `${last.createdAt.toISOString()}_${last.id}` : null };
}

/** The filtered list (every page) as CSV: one row per order, amounts in major units. */
export async function ordersCsv(db: Db, shopId: string, filters: OrderFilters, limit = 100_000) {
  const f = parseInput(orderFiltersSchema, { ...filters, after: undefined });
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

/** The order with its lines, parcels, refunds and timeline (oldest first); not found for another shop's. */
export async function orderDetail(db: Db, shopId: string, orderId: string) {
  return transaction(db, async (tx) => {
    const order = await tx.order.findUnique({
      where: { id: orderId, shopId },
      include: {
        lines: { orderBy: { id: "asc" } },
        fulfilments: { include: { lines: true }, orderBy: { createdAt: "asc" } },
        refunds: { orderBy: { createdAt: "asc" } },
        notes: { orderBy: { createdAt: "asc" } },
      },
    });
    if (!order) throw AppError.notFound("order");
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
      ...events.map((e) => ({ at: e.createdAt, kind: "event" as const, action: e.action, actorName: e.actor?.name ?? null, data: e.data })),
      ...order.notes.map((n) => ({
        at: n.createdAt,
        kind: "note" as const,
        action: "note",
        actorName: authors.find((a) => a.id === n.authorId)?.name ?? null,
        data: { body: n.body },
      })),
    ].sort((a, b) => a.at.getTime() - b.at.getTime());
    return { order, timeline };
  });
}
