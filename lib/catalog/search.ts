// Storefront search over one shop's ACTIVE products. Full-text first (title above tags above
// description, accents ignored, any language: 'simple' config); when that finds nothing, a
// typo-tolerant pass on titles ("tshrt" → "T-shirt") with pg_trgm. Helpers and the search
// column come from the catalog_search migration.
import { Prisma } from "@/lib/generated/prisma/client";
import { containsPattern, type Db } from "@/lib/core/db";
import { AppError, parseInput } from "@/lib/core/errors";
import { type SearchQuery, searchQuerySchema } from "./schemas";
import { type Page, type ProductSummary, type SortKey, shopVariantFigures, summaryPage } from "./summaries";

export type { SearchQuery };
export type SearchResult = Page<ProductSummary> & {
  /** True when the results are close matches of the title, not the words searched. */
  fuzzy: boolean;
};

/** How close a title must be for the fallback: "tshrt"/"T-shirt" scores 0.5, unrelated words 0.33 at most. */
export const FUZZY_THRESHOLD = 0.4;

// Lowercased, unaccented, without punctuation: "T-Shirt" and "tshirt" compare equal.
const withoutPunctuation = (text: Prisma.Sql) => Prisma.sql`regexp_replace(${text}, '[^[:alnum:][:space:]]+', '', 'g')`;
const compact = (text: Prisma.Sql) => withoutPunctuation(Prisma.sql`lower(minishop_unaccent(${text}))`);

/**
 * Filters: `collectionId`, and a price range in minor units matched by ANY variant's price.
 * Sort: "relevance" (newest first when q is empty), "newest", "price_asc"/"price_desc"
 * (lowest variant price), "collection" (the merchant's order; needs collectionId).
 * One SQL statement, two when the typo-tolerant fallback runs.
 */
export async function searchProducts(db: Db, shopId: string, query: SearchQuery = {}): Promise<SearchResult> {
  const { q, collectionId, minPrice, maxPrice, sort, page, perPage } = parseInput(searchQuerySchema, query);
  if (sort === "collection" && !collectionId) throw AppError.invalid({ sort: "Sorting by the collection's order needs a collection" });

  const filters = [Prisma.sql`p."shopId" = ${shopId}`, Prisma.sql`p.status = 'ACTIVE'`];
  if (minPrice != null || maxPrice != null) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "Variant" pv WHERE pv."shopId" = ${shopId} AND pv."productId" = p.id
      AND pv."priceAmount" >= ${minPrice ?? 0} AND pv."priceAmount" <= ${maxPrice ?? 2_147_483_647 /* the column is a 4-byte integer */})`);
  }
  const joins = Prisma.sql`
    ${collectionId ? Prisma.sql`JOIN "CollectionProduct" cp ON cp."productId" = p.id AND cp."collectionId" = ${collectionId} AND cp."shopId" = ${shopId}` : Prisma.empty}
    ${sort === "price_asc" || sort === "price_desc" ? shopVariantFigures(shopId) : Prisma.empty}`;
  const newest: SortKey = { expr: Prisma.sql`p."createdAt"`, dir: "DESC" };
  const order = (relevance: SortKey[]): SortKey[] =>
    ({
      relevance: [...relevance, newest],
      newest: [newest],
      price_asc: [{ expr: Prisma.sql`v.price_min`, dir: "ASC" as const }],
      price_desc: [{ expr: Prisma.sql`v.price_min`, dir: "DESC" as const }],
      collection: [{ expr: Prisma.sql`cp.position`, dir: "ASC" as const }],
    })[sort];
  const run = (match: Prisma.Sql, extraJoin: Prisma.Sql, relevance: SortKey[]) =>
    summaryPage(db, shopId, {
      from: Prisma.sql`FROM "Product" p ${joins} ${extraJoin}`,
      where: Prisma.join([...filters, match], " AND "),
      sort: order(relevance),
      page,
      perPage,
    });

  if (!q) return { ...(await run(Prisma.sql`true`, Prisma.empty, [])), fuzzy: false };

  const tsquery = Prisma.sql`websearch_to_tsquery('simple', minishop_unaccent(${q}))`;
  const fts = await run(Prisma.sql`p."searchVector" @@ ${tsquery}`, Prisma.empty, [{ expr: Prisma.sql`ts_rank(p."searchVector", ${tsquery})`, dir: "DESC" }]);
  if (fts.total) return { ...fts, fuzzy: false };

  // Nothing matched the words: try titles that look like the query. The substring test
  // catches scripts without spaces between words (Chinese, Japanese), where trigrams don't help.
  // "searchTitle" is the title already lower-cased and unaccented (search_title migration).
  const score = Prisma.sql`CROSS JOIN LATERAL (SELECT minishop_word_similarity(${compact(Prisma.sql`${q}`)}, ${withoutPunctuation(Prisma.sql`p."searchTitle"`)}) AS score) s`;
  const fuzzyMatch = Prisma.sql`(s.score >= ${FUZZY_THRESHOLD} OR p."searchTitle" ILIKE minishop_unaccent(${containsPattern(q)}))`;
  const fuzzy = await run(fuzzyMatch, score, [{ expr: Prisma.sql`s.score`, dir: "DESC" }]);
  return { ...fuzzy, fuzzy: fuzzy.total > 0 };
}
