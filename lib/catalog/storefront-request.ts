// Per-request loaders for the storefront pages. React's cache() shares one lookup between
// a layout, its page and generateMetadata. The database client is imported on first use
// so that `next build`, which loads every route module, never needs DATABASE_URL.
import "server-only";
import { cache } from "react";
import { getStorefrontProduct, getStorefrontShop, listStorefrontProducts } from "./storefront";

async function database() {
  return (await import("@/lib/db/client")).db;
}

export const loadShop = cache(async (slug: string) => getStorefrontShop(await database(), slug));

/** The shop, when shoppers may see it: exists and is ACTIVE. */
export async function loadActiveShop(slug: string) {
  const shop = await loadShop(slug);
  return shop?.status === "ACTIVE" ? shop : null;
}

export const loadProduct = cache(async (shopId: string, handle: string) => getStorefrontProduct(await database(), { shopId, handle }));

export async function loadProductList(shopId: string, page: number) {
  return listStorefrontProducts(await database(), { shopId, page });
}
