// The merchant's product table: filter, sort, paginate. One SQL statement per call whatever
// the page size (see summaryPage): no query per product.
import { Prisma } from "@/lib/generated/prisma/client";
import { containsPattern, type Db } from "@/lib/core/db";
import { AppError, parseInput } from "@/lib/core/errors";
import { type ListProductsQuery, listProductsQuerySchema } from "./schemas";
import { type Page, type ProductSummary, STOCK_FILTERS, shopVariantFigures, summaryPage } from "./summaries";

export type { ListProductsQuery, ProductSummary };

const DEFAULT_DIR = { updated: "desc", title: "asc", price: "asc", stock: "asc", position: "asc" } as const;

/**
 * q matches title (accents ignored), handle or a variant's SKU. `stock`: "in" = can be sold
 * (low included), "low", "out". Sort "stock" is by available units, untracked products last;
 * "position" (collection order) needs `collectionId`.
 */
export async function listProducts(db: Db, shopId: string, query: ListProductsQuery = {}): Promise<Page<ProductSummary>> {
  const { q, status, collectionId, stock, sort, page, perPage, ...rest } = parseInput(listProductsQuerySchema, query);
  const dir = (rest.dir ?? DEFAULT_DIR[sort]) === "asc" ? "ASC" : "DESC";
  if (sort === "position" && !collectionId) throw AppError.invalid({ sort: "Sorting by position needs a collection" });

  const where = [Prisma.sql`p."shopId" = ${shopId}`];
  if (status) where.push(Prisma.sql`p.status = CAST(${status} AS "ProductStatus")`);
  if (q) {
    const pattern = containsPattern(q);
    where.push(Prisma.sql`(minishop_unaccent(p.title) ILIKE minishop_unaccent(${pattern}) OR p.handle ILIKE ${pattern}
      OR EXISTS (SELECT 1 FROM "Variant" s WHERE s."shopId" = ${shopId} AND s."productId" = p.id AND s.sku ILIKE ${pattern}))`);
  }
  if (stock) where.push(STOCK_FILTERS[stock]);
  const needsFigures = stock || sort === "price" || sort === "stock";
  const from = Prisma.sql`FROM "Product" p
    ${collectionId ? Prisma.sql`JOIN "CollectionProduct" cp ON cp."productId" = p.id AND cp."collectionId" = ${collectionId} AND cp."shopId" = ${shopId}` : Prisma.empty}
    ${needsFigures ? shopVariantFigures(shopId) : Prisma.empty}`;
  const key = {
    updated: Prisma.sql`p."updatedAt"`,
    title: Prisma.sql`p.title`,
    price: Prisma.sql`v.price_min`,
    stock: Prisma.sql`v.available`,
    position: Prisma.sql`cp.position`,
  }[sort];
  return summaryPage(db, shopId, { from, where: Prisma.join(where, " AND "), sort: [{ expr: key, dir }], page, perPage });
}
