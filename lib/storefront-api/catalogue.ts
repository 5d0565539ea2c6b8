// The Storefront API's public reads: the shop, its products and collections, as the API's
// shapes (schemas.ts). They read through the storefront's own cached loaders
// (lib/catalog/storefront-request.ts), so they share the pages' data-cache entries and tags, and
// storefrontChanged() after a merchant's edit reaches the API on the next request. Only ACTIVE
// shops and products are visible; anything else is "not found".
import "server-only";
import { unstable_cache } from "next/cache";
import type { z } from "zod";
import { normaliseQuery } from "@/lib/catalog/search-key";
import { storefrontTags } from "@/lib/catalog/cache";
import { renderMarkdown } from "@/lib/catalog/markdown";
import { priceRange, textColorOn, safeThemeColor, type ProductDetail } from "@/lib/storefront/storefront";
import { absoluteUrl, loadCollection, loadCollections, loadProduct, loadProductList, loadShop } from "@/lib/storefront/request";
import { canBuy, toPickerVariant } from "@/lib/storefront/variants";
import { AppError } from "@/lib/core/errors";
import { LOCALES, closestLocale } from "@/lib/i18n/locales";
import { storage } from "@/lib/storage";
import { uploadedKey } from "@/lib/storage/urls";
import { env } from "@/lib/env";
import {
  DEFAULT_PAGE_SIZE,
  type collectionSchema,
  type imageSchema,
  type listProductsQuery,
  type productListSchema,
  type productSchema,
  type productSummarySchema,
  type shopSchema,
} from "./schemas";

type Image = z.infer<typeof imageSchema>;
export type ApiShop = z.infer<typeof shopSchema>;
type ApiProduct = z.infer<typeof productSchema>;
type ApiProductSummary = z.infer<typeof productSummarySchema>;

const money = (amount: number, currency: string) => ({ amount, currency });
const image = (i: { url: string; alt: string; width: number; height: number }): Image => ({
  url: absoluteUrl(i.url),
  alt: i.alt,
  width: i.width,
  height: i.height,
});

// ---------- The shop ----------

/** A logo's or banner's size, read from the stored file (the shop keeps only its address). */
async function pictureAt(url: string | null, alt: string): Promise<Image | null> {
  const key = url ? uploadedKey(url) : null;
  if (!url || !key) return null;
  const bytes = await storage()
    .read(key)
    .catch(() => null);
  if (!bytes) return null;
  const sharp = (await import("sharp")).default;
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => null);
  return meta?.width && meta.height ? image({ url, alt, width: meta.width, height: meta.height }) : null;
}

/**
 * What the API needs beyond the storefront's shop: its allowed origins, whether it can take
 * payments, and its pictures' sizes. Cached with the shop's tag, so a settings change (which
 * expires it) shows at once.
 */
const shopExtras = (shopId: string) =>
  unstable_cache(
    async () => {
      const { db } = await import("@/lib/db/client");
      const shop = await db.shop.findUnique({
        where: { id: shopId },
        select: { name: true, allowedOrigins: true, stripeChargesEnabled: true, logoUrl: true, bannerUrl: true },
      });
      if (!shop) return null;
      return {
        allowedOrigins: shop.allowedOrigins,
        stripeChargesEnabled: shop.stripeChargesEnabled,
        logo: await pictureAt(shop.logoUrl, `${shop.name} logo`),
        banner: await pictureAt(shop.bannerUrl, ""),
      };
    },
    ["storefront-api", "shop-extras", shopId],
    { tags: [storefrontTags.shop(shopId)], revalidate: 3600 },
  )();

/** The shop at `slug` whatever its status, with what the API adds; null when there is none. */
export async function findApiShop(slug: string) {
  const shop = await loadShop(slug);
  const extras = shop ? await shopExtras(shop.id) : null;
  return shop && extras ? { ...shop, ...extras } : null;
}

export type FoundShop = NonNullable<Awaited<ReturnType<typeof findApiShop>>>;

/** Only ACTIVE shops are visible to shoppers: the bodies below take a shop this let through. */
export function visibleShop(shop: FoundShop | null): FoundShop {
  if (!shop || shop.status !== "ACTIVE") throw AppError.notFound("shop");
  return shop;
}

/** Open, and able to take payments: the built-in test provider always can, Stripe once the shop's account can charge. */
export function takesOrders(shop: Pick<FoundShop, "status" | "stripeChargesEnabled">) {
  return shop.status === "ACTIVE" && (!env().STRIPE_SECRET_KEY || shop.stripeChargesEnabled);
}

export async function shopBody(shop: FoundShop): Promise<ApiShop> {
  const color = safeThemeColor(shop.themeColor);
  return {
    slug: shop.slug,
    name: shop.name,
    description: shop.description,
    currency: shop.currency,
    defaultLocale: closestLocale(shop.defaultLocale),
    locales: [...LOCALES],
    theme: { color, textOnColor: textColorOn(color), logo: shop.logo, banner: shop.banner },
    policies: { shipping: shop.shippingPolicy, returns: shop.returnsPolicy, contactEmail: shop.contactEmail },
    pricesIncludeTax: shop.pricesIncludeTax,
    takesOrders: takesOrders(shop),
    url: absoluteUrl(`/s/${shop.slug}`),
  };
}

// ---------- Products ----------

function summaryOf(shop: FoundShop, p: ProductDetail): ApiProductSummary {
  const currency = shop.currency;
  const variants = p.variants.map((v) => ({ row: v, picked: toPickerVariant(v, p.options.length) }));
  const range = variants.length ? priceRange(p.variants) : { min: 0, max: 0 };
  const cheapest = [...p.variants].sort((a, b) => a.priceAmount - b.priceAmount)[0];
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    url: absoluteUrl(`/s/${shop.slug}/p/${p.handle}`),
    image: p.images[0] ? image(p.images[0]) : null,
    priceRange: { min: money(range.min, currency), max: money(range.max, currency) },
    compareAtPrice: cheapest?.compareAtAmount != null ? money(cheapest.compareAtAmount, currency) : null,
    available: variants.some((v) => canBuy(v.picked)),
    options: p.options.map((o) => ({ name: o.name, values: o.values })),
    variants: variants.map(({ row, picked }) => ({
      id: row.id,
      title: row.title,
      sku: row.sku,
      options: picked.values,
      price: money(row.priceAmount, currency),
      compareAtPrice: row.compareAtAmount != null ? money(row.compareAtAmount, currency) : null,
      available: canBuy(picked),
      quantityAvailable: picked.available,
    })),
  };
}

async function activeProduct(shop: FoundShop, handle: string) {
  const product = await loadProduct(shop.id, handle);
  return product?.status === "ACTIVE" ? product : null;
}

export async function productBody(shop: FoundShop, handle: string): Promise<ApiProduct> {
  const product = await activeProduct(shop, handle);
  if (!product) throw AppError.notFound("product");
  return {
    ...summaryOf(shop, product),
    description: product.descriptionMd,
    descriptionHtml: renderMarkdown(product.descriptionMd),
    tags: product.tags ?? [],
    images: product.images.map(image),
  };
}

type ListQuery = z.output<typeof listProductsQuery>;

// The cursor is the next page's number and size, opaque to clients so it can become a keyset later.
const encodeCursor = (page: number, limit: number) => Buffer.from(`v1:${page}:${limit}`).toString("base64url");

function decodeCursor(cursor: string): { page: number; limit: number } {
  const match = /^v1:(\d{1,5}):(\d{1,3})$/.exec(Buffer.from(cursor, "base64url").toString("latin1"));
  const page = Number(match?.[1]);
  const limit = Number(match?.[2]);
  if (!match || page < 2 || page > 10_000 || limit < 1 || limit > 50)
    throw AppError.invalid({ cursor: "This cursor isn't one this API gave: start from the first page." });
  return { page, limit };
}

export async function productListBody(shop: FoundShop, query: ListQuery): Promise<z.infer<typeof productListSchema>> {
  const { page, limit } = query.cursor ? decodeCursor(query.cursor) : { page: 1, limit: query.limit ?? DEFAULT_PAGE_SIZE };
  const collection = query.collection ? await loadCollection(shop.id, query.collection) : null;
  if (query.collection && !collection) throw AppError.notFound("collection");
  const q = normaliseQuery(query.q ?? "");
  const sort = query.sort ?? (q ? "relevance" : collection ? "collection" : "newest");
  if (sort === "collection" && !collection) throw AppError.invalid({ sort: "Sorting by the collection's order needs a collection." });
  const list = await loadProductList(shop.id, { q, collectionId: collection?.id, sort, page, perPage: limit });
  // Each product through its own cached entry, the one its page reads too.
  const products = (await Promise.all(list.products.map((card) => activeProduct(shop, card.handle)))).filter((p) => p !== null);
  return {
    products: products.map((p) => summaryOf(shop, p)),
    total: list.total,
    nextCursor: page < list.pageCount ? encodeCursor(page + 1, limit) : null,
    fuzzy: list.fuzzy,
  };
}

// ---------- Collections ----------

type ApiCollection = z.infer<typeof collectionSchema>;

export async function collectionsBody(shop: FoundShop): Promise<{ collections: ApiCollection[] }> {
  const links = await loadCollections(shop.id);
  const collections = await Promise.all(links.map((c) => loadCollection(shop.id, c.handle)));
  return { collections: collections.filter((c) => c !== null) };
}

export async function collectionBody(shop: FoundShop, handle: string): Promise<ApiCollection> {
  const collection = await loadCollection(shop.id, handle);
  if (!collection) throw AppError.notFound("collection");
  return collection;
}
