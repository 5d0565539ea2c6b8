// The storefront's data as pages read it: lib/storefront/storefront.ts behind Next's data cache
// (unstable_cache), tagged as lib/catalog/cache.ts describes, so a page's cache entry carries
// the tags of everything it shows and storefrontChanged() expires exactly those pages.
// React's cache() shares one lookup between a layout, its page and generateMetadata.
// The database client is imported on first use: `next build` loads every route module and
// must not need DATABASE_URL.
import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { env } from "@/lib/env";
import { storefrontTags as tags } from "@/lib/catalog/cache";
import type { SearchQuery } from "@/lib/catalog/search";
import type { Db } from "@/lib/core/db";
import {
  findCollection,
  findProductId,
  findShopId,
  getFeaturedCollections,
  getStorefrontProduct,
  getStorefrontShop,
  listShopCollections,
  listSitemapProducts,
  listStorefrontProducts,
} from "./storefront";

async function database(): Promise<Db> {
  return (await import("@/lib/db/client")).db;
}

/** Same as the pages' `revalidate`: an entry nobody expired is still refreshed hourly. */
const REVALIDATE_SECONDS = 3600;

type Arg = string | number | boolean | null | undefined | Record<string, unknown>;

/** `query` run through the data cache, keyed by `name` and the arguments. */
function cached<A extends Arg[], R>(name: string, query: (db: Db, ...args: A) => Promise<R>, tagsFor: (...args: A) => string[]) {
  return (...args: A): Promise<R> =>
    unstable_cache(async () => query(await database(), ...args), ["storefront", name, JSON.stringify(args)], {
      tags: tagsFor(...args),
      revalidate: REVALIDATE_SECONDS,
    })();
}

// "Not found" must not be remembered by a lookup: the shop or product may be created a minute
// later. A missing row throws out of the cached function, so nothing is stored; the page's own
// cached 404 gets `missingTags` instead, to expire when such a row may have appeared.
class Missing extends Error {}

/** Declares `tagList` on the page being rendered (the cached value itself is unused). */
function declareTags(name: string, args: Arg[], tagList: string[]) {
  return unstable_cache(async () => null, ["storefront", "missing", name, JSON.stringify(args)], { tags: tagList })();
}

function lookup<A extends Arg[]>(
  name: string,
  query: (db: Db, ...args: A) => Promise<string | null>,
  tagsFor: (...args: A) => string[],
  missingTagsFor: (...args: A) => string[],
) {
  const run = cached(name, async (db: Db, ...args: A) => (await query(db, ...args)) ?? Promise.reject(new Missing()), tagsFor);
  const find = async (...args: A): Promise<string | null> => {
    try {
      return await run(...args);
    } catch (error) {
      if (!(error instanceof Missing)) throw error;
      await declareTags(name, args, missingTagsFor(...args));
      return null;
    }
  };
  /** Asks the database afresh, when a remembered answer turned out stale. */
  const fresh = async (...args: A): Promise<string | null> => {
    const id = await query(await database(), ...args);
    if (!id) await declareTags(name, args, missingTagsFor(...args));
    return id;
  };
  return Object.assign(find, { fresh });
}

const shopIdAt = lookup(
  "shop-id",
  findShopId,
  (slug) => [tags.slug(slug)],
  (slug) => [tags.slug(slug)],
);
const productIdAt = lookup(
  "product-id",
  findProductId,
  (shopId) => [tags.shop(shopId)],
  (shopId) => [tags.shop(shopId), tags.productLists(shopId)],
);
const shopById = cached("shop", getStorefrontShop, (shopId) => [tags.shop(shopId)]);
const productById = cached("product", getStorefrontProduct, (shopId, productId) => [tags.shop(shopId), tags.product(productId)]);
const collectionAt = cached("collection", findCollection, (shopId) => [tags.shop(shopId), tags.collections(shopId)]);
const navCollections = cached("collections", listShopCollections, (shopId) => [tags.shop(shopId), tags.collections(shopId)]);
const featured = cached("featured", getFeaturedCollections, (shopId) => [tags.shop(shopId), tags.collections(shopId), tags.productLists(shopId)]);
const productList = cached("products", listStorefrontProducts, (shopId) => [tags.shop(shopId), tags.productLists(shopId), tags.collections(shopId)]);
const sitemapPage = cached("sitemap", listSitemapProducts, (shopId) => [tags.shop(shopId), tags.productLists(shopId)]);

/** The shop at /s/<slug>, whatever its status; null when there is none. */
export const loadShop = cache(async (slug: string) => {
  let id = await shopIdAt(slug);
  let shop = id ? await shopById(id) : null;
  // A remembered address can outlive a renamed or deleted shop: check it, and ask afresh.
  if (id && shop?.slug !== slug) {
    id = await shopIdAt.fresh(slug);
    shop = id ? await shopById(id) : null;
  }
  return shop;
});

/** The shop, when shoppers may see it: exists and is ACTIVE. */
export async function loadActiveShop(slug: string) {
  const shop = await loadShop(slug);
  return shop?.status === "ACTIVE" ? shop : null;
}

/** The product at a handle, whatever its status (preview shows drafts; pages check ACTIVE). */
export const loadProduct = cache(async (shopId: string, handle: string) => {
  let id = await productIdAt(shopId, handle);
  let product = id ? await productById(shopId, id) : null;
  if (id && product?.handle !== handle) {
    id = await productIdAt.fresh(shopId, handle);
    product = id ? await productById(shopId, id) : null;
  }
  return product;
});

export const loadCollections = cache((shopId: string) => navCollections(shopId));
export const loadFeaturedCollections = cache((shopId: string) => featured(shopId));
export const loadCollection = cache((shopId: string, handle: string) => collectionAt(shopId, handle));

/** A page of products; queries are normalised by the caller, so equal searches share one entry. */
export function loadProductList(shopId: string, query: SearchQuery) {
  return productList(shopId, query as Record<string, unknown>);
}

export function loadSitemapPage(shopId: string, page: number) {
  return sitemapPage(shopId, page);
}

/** For the merchant's preview: straight from the database, drafts included, never cached. */
export async function loadProductForPreview(shopId: string, handle: string) {
  const db = await database();
  const id = await findProductId(db, shopId, handle);
  return id ? getStorefrontProduct(db, shopId, id) : null;
}

/** An absolute address on this site (canonical links, sitemaps, structured data), from APP_URL. */
export function absoluteUrl(path: string): string {
  return new URL(path, env().APP_URL).toString();
}
