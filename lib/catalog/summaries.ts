// One product as a row of a list (merchant table, storefront grid, search results): first
// image, variant count, price range and stock, computed in the same SQL statement as the page
// so a list costs a fixed number of queries whatever its length.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/core/db";

export type StockStatus = "in_stock" | "low_stock" | "out_of_stock";

export type ProductSummary = {
  id: string;
  handle: string;
  title: string;
  status: "DRAFT" | "ACTIVE" | "ARCHIVED";
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
  image: { url: string; alt: string; width: number; height: number } | null;
  variantCount: number;
  priceMin: number | null; // minor units; null for a product without variants
  priceMax: number | null;
  /** Compare-at price of the cheapest variant (the one priceMin comes from); null when it has none. */
  compareAtMin: number | null;
  /** Units on hand over the variants that track stock; null when none does. */
  totalStock: number | null;
  /** On hand minus held by open checkouts, over tracked variants; null when none tracks. */
  availableStock: number | null;
  /** out: nothing can be sold; low: sellable, at most lowStockThreshold available; untracked variants are always in stock. */
  stockStatus: StockStatus;
};

/** Per product p: its variants' figures (v) and first image (img), for the rows of one page. */
function summaryJoins(shopId: string) {
  return Prisma.sql`
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS variant_count, min("priceAmount") AS price_min, max("priceAmount") AS price_max,
             (array_agg("compareAtAmount" ORDER BY "priceAmount", "compareAtAmount" DESC NULLS LAST))[1] AS compare_at_min,
             sum(stock) FILTER (WHERE "trackStock")::int8 AS on_hand,
             sum(stock - reserved) FILTER (WHERE "trackStock")::int8 AS available,
             count(*) FILTER (WHERE NOT "trackStock")::int AS untracked
      FROM "Variant" WHERE "shopId" = ${shopId} AND "productId" = p.id
    ) v ON true
    LEFT JOIN LATERAL (
      SELECT url, alt, width, height FROM "ProductImage"
      WHERE "shopId" = ${shopId} AND "productId" = p.id ORDER BY position, id LIMIT 1
    ) img ON true`;
}

/**
 * `v`: price and stock figures of every product of the shop, in one grouped pass over its
 * variants (cheaper than a lookup per product when sorting or filtering all of them).
 */
export function shopVariantFigures(shopId: string) {
  return Prisma.sql`
    LEFT JOIN (
      SELECT "productId", min("priceAmount") AS price_min,
             sum(stock - reserved) FILTER (WHERE "trackStock")::int8 AS available,
             count(*) FILTER (WHERE NOT "trackStock")::int AS untracked
      FROM "Variant" WHERE "shopId" = ${shopId} GROUP BY "productId"
    ) v ON v."productId" = p.id`;
}

const SUMMARY_COLUMNS = Prisma.sql`
  p.id, p.handle, p.title, p.status::text AS status, p.tags, p."createdAt", p."updatedAt", p."lowStockThreshold",
  v.variant_count, v.price_min, v.price_max, v.compare_at_min, v.on_hand, v.available, v.untracked,
  img.url AS image_url, img.alt AS image_alt, img.width AS image_width, img.height AS image_height`;

const SELLABLE = Prisma.sql`(COALESCE(v.untracked, 0) > 0 OR COALESCE(v.available, 0) > 0)`;

/** The merchant's stock filter (needs shopVariantFigures): "in" = can be sold (low included), "low" = sellable but at or below the threshold, "out" = nothing to sell. */
export const STOCK_FILTERS = {
  in: SELLABLE,
  low: Prisma.sql`(COALESCE(v.untracked, 0) = 0 AND v.available > 0 AND v.available <= p."lowStockThreshold")`,
  out: Prisma.sql`NOT ${SELLABLE}`,
};

export type SortKey = { expr: Prisma.Sql; dir: "ASC" | "DESC" };

export type SummaryQuery = {
  from: Prisma.Sql; // FROM "Product" p and its joins
  where: Prisma.Sql;
  sort: SortKey[]; // ties broken by id, in the first key's direction
  page: number;
  perPage: number;
};

/**
 * One page of product summaries and the total, in ONE statement whatever the page size: the
 * matching ids and sort keys are collected once, counted, and only the page's rows get
 * their figures and first image.
 */
export async function summaryPage(db: Db, shopId: string, q: SummaryQuery): Promise<Page<ProductSummary>> {
  const keys = Prisma.join(
    q.sort.map((k, i) => Prisma.sql`${k.expr} AS ${Prisma.raw(`k${i}`)}`),
    ", ",
  );
  const order = (alias: string) =>
    Prisma.raw([...q.sort.map((k, i) => `${alias}.k${i} ${k.dir} NULLS LAST`), `${alias}.id ${q.sort[0]?.dir ?? "ASC"}`].join(", "));
  const rows = await db.$queryRaw<(SummaryRow & { total: number })[]>`
    WITH matched AS MATERIALIZED (SELECT p.id, ${keys} ${q.from} WHERE ${q.where})
    SELECT t.total, ${SUMMARY_COLUMNS}
    FROM (SELECT count(*)::int AS total FROM matched) t
    LEFT JOIN LATERAL (
      SELECT * FROM matched m ORDER BY ${order("m")} LIMIT ${q.perPage} OFFSET ${(q.page - 1) * q.perPage}
    ) page ON true
    LEFT JOIN "Product" p ON p.id = page.id
    ${summaryJoins(shopId)}
    ORDER BY ${order("page")}`;
  const items = rows.filter((r) => r.id !== null).map(toSummary);
  return pageOf(items, rows[0]?.total ?? 0, q.page, q.perPage);
}

export type SummaryRow = {
  id: string;
  handle: string;
  title: string;
  status: ProductSummary["status"];
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
  lowStockThreshold: number;
  variant_count: number | null;
  price_min: number | null;
  price_max: number | null;
  compare_at_min: number | null;
  on_hand: bigint | null;
  available: bigint | null;
  untracked: number | null;
  image_url: string | null;
  image_alt: string | null;
  image_width: number | null;
  image_height: number | null;
};

export function toSummary(row: SummaryRow): ProductSummary {
  const available = row.available == null ? null : Number(row.available);
  const untracked = row.untracked ?? 0;
  const sellable = untracked > 0 || (available ?? 0) > 0;
  const stockStatus: StockStatus = !sellable ? "out_of_stock" : untracked === 0 && available! <= row.lowStockThreshold ? "low_stock" : "in_stock";
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    status: row.status,
    tags: row.tags,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    image: row.image_url ? { url: row.image_url, alt: row.image_alt ?? "", width: row.image_width ?? 0, height: row.image_height ?? 0 } : null,
    variantCount: row.variant_count ?? 0,
    priceMin: row.price_min,
    priceMax: row.price_max,
    compareAtMin: row.compare_at_min ?? null,
    totalStock: row.on_hand == null ? null : Number(row.on_hand),
    availableStock: available,
    stockStatus,
  };
}

export type Page<T> = { items: T[]; total: number; page: number; pageCount: number };

export function pageOf<T>(items: T[], total: number, page: number, perPage: number): Page<T> {
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}
