// What shoppers may see: ACTIVE products of ACTIVE shops. Plain functions taking the database,
// each answering in a fixed number of SQL statements whatever the catalogue size (no query per
// product). Results are plain JSON values, no Dates: they are kept in Next's data cache.
import { type SearchQuery, searchProducts } from "@/lib/catalog/search";
import type { ProductSummary } from "@/lib/catalog/summaries";
import type { VariantOptions, VariantSettings } from "@/lib/catalog/variants";
import type { Db } from "@/lib/core/db";

export const PRODUCTS_PER_PAGE = 24;
/** Collections in the shop's navigation and search filter; more would not fit a menu anyway. */
export const MAX_NAV_COLLECTIONS = 50;
export const MAX_FEATURED_COLLECTIONS = 6;
/** Products per sitemap file; a bigger shop gets a sitemap index (the protocol allows 50,000). */
export const SITEMAP_PAGE_SIZE = 5000;

// ---------- Stock, prices, colours ----------

export type StockInfo = { trackStock: boolean; stock: number; reserved: number };

/** Units a shopper can still buy; Infinity when stock is not tracked (made to order). */
export function available(v: StockInfo): number {
  return v.trackStock ? Math.max(0, v.stock - v.reserved) : Number.POSITIVE_INFINITY;
}

export function isSoldOut(variants: StockInfo[]): boolean {
  return variants.every((v) => available(v) <= 0);
}

export function priceRange(variants: { priceAmount: number; compareAtAmount: number | null }[]) {
  const prices = variants.map((v) => v.priceAmount);
  const onSale = variants.some((v) => v.compareAtAmount !== null && v.compareAtAmount > v.priceAmount);
  return { min: Math.min(...prices), max: Math.max(...prices), onSale };
}

// A merchant-chosen colour goes into a style attribute: accept "#rrggbb" only.
export function safeThemeColor(value: string): string {
  return /^#[0-9a-f]{6}$/i.test(value) ? value : "#0f766e";
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(safeThemeColor(hex).slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const INK = "#111827";

/** Black or white, whichever reads better on the theme colour (WCAG relative luminance). */
export function textColorOn(hex: string): "#ffffff" | "#111827" {
  return contrastRatio(hex, "#ffffff") >= contrastRatio(hex, INK) ? "#ffffff" : INK;
}

/**
 * The shop's colours, readable whatever the merchant picked: the theme colour as a background
 * with black or white text on it; as text on white only when it passes WCAG AA (4.5:1), and
 * as the focus ring only at 3:1, else near-black.
 */
export function shopTheme(themeColor: string) {
  const accent = safeThemeColor(themeColor);
  const onWhite = contrastRatio(accent, "#ffffff");
  return { accent, onAccent: textColorOn(accent), accentText: onWhite >= 4.5 ? accent : INK, focus: onWhite >= 3 ? accent : INK };
}

// ---------- Shop ----------

/** The few facts a shopper's request needs (carts, checkout, returns from paying), by id or address; null when none. */
export function findShop(db: Db, where: { id: string } | { slug: string }) {
  return db.shop.findUnique({ where, select: { id: true, slug: true, status: true, defaultLocale: true } });
}

export async function findShopId(db: Db, slug: string): Promise<string | null> {
  const shop = await db.shop.findUnique({ where: { slug }, select: { id: true } });
  return shop?.id ?? null;
}

/** The shop whatever its status: pages tell "unavailable" apart from "not found". */
export async function getStorefrontShop(db: Db, shopId: string) {
  return db.shop.findUnique({
    where: { id: shopId },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      status: true,
      currency: true,
      defaultLocale: true,
      themeColor: true,
      logoUrl: true,
      bannerUrl: true,
      contactEmail: true,
      shippingPolicy: true,
      returnsPolicy: true,
      taxRateBps: true,
      pricesIncludeTax: true,
      trustScore: true, // the "Trusted shop" badge
    },
  });
}

export type StorefrontShop = NonNullable<Awaited<ReturnType<typeof getStorefrontShop>>>;

// ---------- Collections ----------

/**
 * Collections holding products, in the merchant's order: navigation and search filter. Not
 * filtered on the products' status, so that publishing a product leaves every product page
 * (which shows this list) cached.
 */
export async function listShopCollections(db: Db, shopId: string) {
  return db.collection.findMany({
    where: { shopId, products: { some: {} } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    take: MAX_NAV_COLLECTIONS,
    select: { id: true, handle: true, title: true },
  });
}

export type CollectionLink = Awaited<ReturnType<typeof listShopCollections>>[number];

type Image = { url: string; alt: string; width: number; height: number };
export type FeaturedCollection = CollectionLink & { description: string; productCount: number; image: Image | null };

/** The shop home's featured collections, each with its first product's picture and how many products it holds. One statement. */
export async function getFeaturedCollections(db: Db, shopId: string): Promise<FeaturedCollection[]> {
  const rows = await db.$queryRaw<
    (CollectionLink & { description: string; product_count: number; url: string | null; alt: string | null; width: number | null; height: number | null })[]
  >`
    SELECT c.id, c.handle, c.title, c.description, n.product_count, img.url, img.alt, img.width, img.height
    FROM "Collection" c
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS product_count FROM "CollectionProduct" cp
      JOIN "Product" p ON p.id = cp."productId" AND p.status = 'ACTIVE'
      WHERE cp."shopId" = ${shopId} AND cp."collectionId" = c.id
    ) n
    LEFT JOIN LATERAL (
      SELECT i.url, i.alt, i.width, i.height FROM "CollectionProduct" cp
      JOIN "Product" p ON p.id = cp."productId" AND p.status = 'ACTIVE'
      JOIN LATERAL (
        SELECT url, alt, width, height FROM "ProductImage" WHERE "shopId" = ${shopId} AND "productId" = p.id ORDER BY position, id LIMIT 1
      ) i ON true
      WHERE cp."shopId" = ${shopId} AND cp."collectionId" = c.id
      ORDER BY cp.position, p.id LIMIT 1
    ) img ON true
    WHERE c."shopId" = ${shopId} AND c.featured AND n.product_count > 0
    ORDER BY c.position, c."createdAt"
    LIMIT ${MAX_FEATURED_COLLECTIONS}`;
  return rows.map(({ product_count, url, alt, width, height, ...c }) => ({
    ...c,
    productCount: product_count,
    image: url ? { url, alt: alt ?? "", width: width ?? 0, height: height ?? 0 } : null,
  }));
}

export async function findCollection(db: Db, shopId: string, handle: string) {
  return db.collection.findFirst({ where: { shopId, handle }, select: { id: true, handle: true, title: true, description: true } });
}

export type StorefrontCollection = NonNullable<Awaited<ReturnType<typeof findCollection>>>;

// ---------- Product lists ----------

/** `compareAt`: the former price of the card's (lowest) price; the card shows "Sale" when it is higher. */
export type ProductCard = {
  id: string;
  handle: string;
  title: string;
  image: Image | null;
  priceMin: number;
  priceMax: number;
  compareAt: number | null;
  soldOut: boolean;
};
export type ProductList = { products: ProductCard[]; total: number; page: number; pageCount: number; fuzzy: boolean };

function toCard(p: ProductSummary): ProductCard {
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    image: p.image,
    priceMin: p.priceMin ?? 0,
    priceMax: p.priceMax ?? 0,
    compareAt: p.compareAtMin,
    soldOut: p.stockStatus === "out_of_stock",
  };
}

/**
 * Active products as cards: the shop home, a collection page (sort "collection"), search results
 * (ranked, with the typo-tolerant fallback). At most three statements (lib/catalog/search.ts).
 */
export async function listStorefrontProducts(db: Db, shopId: string, query: SearchQuery): Promise<ProductList> {
  const result = await searchProducts(db, shopId, { perPage: PRODUCTS_PER_PAGE, ...query });
  return { products: result.items.map(toCard), total: result.total, page: result.page, pageCount: result.pageCount, fuzzy: result.fuzzy };
}

// ---------- One product ----------

/** The product at a handle, whatever its status (the page decides what shoppers may see). */
export async function findProductId(db: Db, shopId: string, handle: string): Promise<string | null> {
  const product = await db.product.findFirst({ where: { shopId, handle }, select: { id: true } });
  return product?.id ?? null;
}

type ProductRow = {
  id: string;
  handle: string;
  title: string;
  status: "DRAFT" | "ACTIVE" | "ARCHIVED";
  descriptionMd: string;
  tags: string[];
  lowStockThreshold: number;
  options: { name: string; values: string[] }[];
  variants: (VariantOptions & VariantSettings & { id: string; title: string; reserved: number })[];
  images: Image[];
};

/** A product with its options, variants and pictures in display order: one statement (Prisma's include would take four). */
export async function getStorefrontProduct(db: Db, shopId: string, productId: string): Promise<ProductRow | null> {
  const [product] = await db.$queryRaw<ProductRow[]>`
    SELECT p.id, p.handle, p.title, p.status::text AS status, p."descriptionMd", p.tags, p."lowStockThreshold",
      COALESCE((SELECT json_agg(json_build_object('name', o.name, 'values', o.values) ORDER BY o.position)
        FROM "ProductOption" o WHERE o."shopId" = ${shopId} AND o."productId" = p.id), '[]') AS options,
      COALESCE((SELECT json_agg(json_build_object(
          'id', v.id, 'title', v.title, 'sku', v.sku, 'option1', v.option1, 'option2', v.option2, 'option3', v.option3,
          'priceAmount', v."priceAmount", 'compareAtAmount', v."compareAtAmount", 'trackStock', v."trackStock", 'stock', v.stock, 'reserved', v.reserved
        ) ORDER BY v.position, v.id)
        FROM "Variant" v WHERE v."shopId" = ${shopId} AND v."productId" = p.id), '[]') AS variants,
      COALESCE((SELECT json_agg(json_build_object('url', i.url, 'alt', i.alt, 'width', i.width, 'height', i.height) ORDER BY i.position, i.id)
        FROM "ProductImage" i WHERE i."shopId" = ${shopId} AND i."productId" = p.id), '[]') AS images
    FROM "Product" p WHERE p.id = ${productId} AND p."shopId" = ${shopId}`;
  return product ?? null;
}

export type ProductDetail = NonNullable<Awaited<ReturnType<typeof getStorefrontProduct>>>;

// ---------- Sitemap ----------

/** One page of the shop's active products for its sitemap, oldest first so pages stay stable as products are added. */
export async function listSitemapProducts(db: Db, shopId: string, page: number) {
  const where = { shopId, status: "ACTIVE" as const };
  const [rows, total] = await Promise.all([
    db.product.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * SITEMAP_PAGE_SIZE,
      take: SITEMAP_PAGE_SIZE,
      select: { handle: true, updatedAt: true },
    }),
    db.product.count({ where }),
  ]);
  return {
    products: rows.map((p) => ({ handle: p.handle, updatedAt: p.updatedAt.toISOString() })),
    pageCount: Math.max(1, Math.ceil(total / SITEMAP_PAGE_SIZE)),
  };
}
