// The merchant's figures (dashboard home), each one SQL statement over the shop's own rows, in
// the shop's time zone and currency. What counts is in decision record 0016: paid orders by
// paidAt (an order later cancelled by the merchant no longer counts), refunds by their own date
// against those orders, pending/cancelled/expired orders never.
//
// Timestamps are stored as UTC in `timestamp without time zone` columns, so a local date is
// ("paidAt" AT TIME ZONE 'UTC') AT TIME ZONE tz — the first AT reads the value as UTC, the
// second gives the wall-clock time in tz. The range's ends are turned into UTC the same way,
// once, so the WHERE compares the raw column and the (shopId, status, paidAt) index serves it.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { transaction, type Db, type Tx } from "@/lib/core/db";
import { divideHalfUp } from "@/lib/money/allocate";
import { toFulfilSql } from "./merchant-orders";
import { addDays, chooseRange, fillBuckets, todayIn, type BucketRow, type FigureRange } from "./figure-ranges";

export type FigureShop = { id: string; timeZone: string; currency: string };

export type Summary = { orders: number; gross: number; refunds: number; net: number; averageOrder: number | null };
export type TopProduct = { productId: string | null; title: string; units: number; revenue: number };
export type LowStockVariant = {
  productId: string;
  variantId: string;
  title: string;
  variantTitle: string;
  sku: string | null;
  available: number;
  threshold: number;
};

export type DashboardFigures = {
  currency: string;
  timeZone: string;
  range: FigureRange;
  series: BucketRow[];
  summary: Summary;
  topByUnits: TopProduct[];
  topByRevenue: TopProduct[];
  lowStock: LowStockVariant[];
  toFulfil: number;
};

/** Start (inclusive) and end (exclusive) of the range, as the UTC timestamps the columns hold. */
function bounds(range: FigureRange, tz: string) {
  const utc = (date: string) => Prisma.sql`((${date}::date::timestamp AT TIME ZONE ${tz}) AT TIME ZONE 'UTC')`;
  return { lo: utc(range.from), hi: utc(addDays(range.to, 1)) };
}

/** The paid orders of the range: the WHERE every sales figure shares. */
function paidIn(shopId: string, range: FigureRange, tz: string, alias = Prisma.sql`o`) {
  const { lo, hi } = bounds(range, tz);
  return Prisma.sql`${alias}."shopId" = ${shopId} AND ${alias}.status = 'PAID' AND ${alias}."paidAt" >= ${lo} AND ${alias}."paidAt" < ${hi}`;
}

/** Orders and revenue per day / week / month (ISO weeks from Monday), empty buckets filled as zero. */
export async function salesOverTime(tx: Tx, shop: FigureShop, range: FigureRange): Promise<BucketRow[]> {
  const local = Prisma.sql`(o."paidAt" AT TIME ZONE 'UTC') AT TIME ZONE ${shop.timeZone}`;
  const rows = await tx.$queryRaw<{ bucket: string; orders: number; revenue: bigint }[]>`
    SELECT to_char(date_trunc(${range.by}::text, ${local}), 'YYYY-MM-DD') AS bucket,
      count(*)::int AS orders, sum(o."totalAmount") AS revenue
    FROM "Order" o WHERE ${paidIn(shop.id, range, shop.timeZone)}
    GROUP BY 1 ORDER BY 1`;
  return fillBuckets(
    range,
    rows.map((r) => ({ ...r, revenue: Number(r.revenue) })),
  );
}

/** Gross sales, refunds (by the refund's date, on orders that still count), net and average order value. */
export async function salesSummary(tx: Tx, shop: FigureShop, range: FigureRange): Promise<Summary> {
  const { lo, hi } = bounds(range, shop.timeZone);
  const [row] = await tx.$queryRaw<{ orders: number; gross: bigint; refunds: bigint }[]>`
    SELECT
      (SELECT count(*)::int FROM "Order" o WHERE ${paidIn(shop.id, range, shop.timeZone)}) AS orders,
      (SELECT COALESCE(sum(o."totalAmount"), 0) FROM "Order" o WHERE ${paidIn(shop.id, range, shop.timeZone)}) AS gross,
      (SELECT COALESCE(sum(r.amount), 0) FROM "Refund" r JOIN "Order" o ON o.id = r."orderId" AND o."shopId" = r."shopId"
        WHERE r."shopId" = ${shop.id} AND r."createdAt" >= ${lo} AND r."createdAt" < ${hi} AND o.status = 'PAID') AS refunds`;
  const gross = Number(row.gross);
  const refunds = Number(row.refunds);
  // Half-up to the minor unit: 1000 over 3 orders is 333, 2000 over 3 is 667.
  const averageOrder = row.orders ? Number(divideHalfUp(BigInt(gross), BigInt(row.orders))) : null;
  return { orders: row.orders, gross, refunds, net: gross - refunds, averageOrder };
}

/** The products sold most in the range, from the order lines (a deleted product keeps its line's title). */
export async function topProducts(tx: Tx, shop: FigureShop, range: FigureRange, by: "units" | "revenue", limit = 5): Promise<TopProduct[]> {
  const order = by === "units" ? Prisma.sql`units DESC, revenue DESC` : Prisma.sql`revenue DESC, units DESC`;
  const rows = await tx.$queryRaw<(Omit<TopProduct, "revenue"> & { revenue: bigint })[]>`
    SELECT l."productId", COALESCE(max(p.title), max(l.title)) AS title,
      sum(l.quantity)::int AS units, sum(l."totalAmount") AS revenue
    FROM "Order" o
    JOIN "OrderLine" l ON l."orderId" = o.id AND l."shopId" = o."shopId"
    LEFT JOIN "Product" p ON p.id = l."productId" AND p."shopId" = l."shopId"
    WHERE ${paidIn(shop.id, range, shop.timeZone)}
    GROUP BY l."productId", CASE WHEN l."productId" IS NULL THEN l.title END
    ORDER BY ${order}, title LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, revenue: Number(r.revenue) }));
}

/** Variants that track stock with at most their product's low-stock threshold left to sell (archived products aside). */
export async function lowStock(tx: Tx, shopId: string, limit = 10): Promise<LowStockVariant[]> {
  return tx.$queryRaw<LowStockVariant[]>`
    SELECT p.id AS "productId", v.id AS "variantId", p.title, v.title AS "variantTitle", v.sku,
      (v.stock - v.reserved)::int AS available, p."lowStockThreshold" AS threshold
    FROM "Variant" v JOIN "Product" p ON p.id = v."productId" AND p."shopId" = v."shopId"
    WHERE v."shopId" = ${shopId} AND v."trackStock" AND p.status <> 'ARCHIVED' AND v.stock - v.reserved <= p."lowStockThreshold"
    ORDER BY available, p.title, v.position LIMIT ${limit}`;
}

/** Paid orders with something left to send, whenever paid: what the order list's "to fulfil" filter lists. */
export async function ordersToFulfil(tx: Tx, shopId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM "Order" o WHERE o."shopId" = ${shopId} AND ${toFulfilSql()}`;
  return row.count;
}

/** Every figure of the dashboard home, read in one transaction (as every read: see lib/core/db.ts). */
export function getDashboardFigures(db: Db, shop: FigureShop, range: FigureRange): Promise<DashboardFigures> {
  return transaction(db, async (tx) => ({
    currency: shop.currency,
    timeZone: shop.timeZone,
    range,
    series: await salesOverTime(tx, shop, range),
    summary: await salesSummary(tx, shop, range),
    topByUnits: await topProducts(tx, shop, range, "units"),
    topByRevenue: await topProducts(tx, shop, range, "revenue"),
    lowStock: await lowStock(tx, shop.id),
    toFulfil: await ordersToFulfil(tx, shop.id),
  }));
}

/**
 * The dashboard home's figures for the period its address asks for (?by=&from=&to=), in the
 * shop's own time zone and currency; `note` says when the asked-for period couldn't be used.
 */
export async function getShopFigures(db: Db, shopId: string, params: Record<string, string | string[] | undefined>, now: Date = new Date()) {
  const shop = await transaction(db, (tx) =>
    tx.shop.findUniqueOrThrow({ where: { id: shopId }, select: { id: true, timeZone: true, currency: true, defaultLocale: true } }),
  );
  const today = todayIn(shop.timeZone, now);
  const { range, note } = chooseRange(params, today);
  return { ...(await getDashboardFigures(db, shop, range)), locale: shop.defaultLocale, today, note };
}
