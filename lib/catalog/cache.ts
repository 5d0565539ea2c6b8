// Cache tags of the public storefront, and the one call that expires them after an edit.
//
// Storefront pages are rendered once and then served from Next's full-route cache; their
// data comes from unstable_cache entries carrying the tags below, and a page's cache entry
// inherits the tags of the data it read. Expiring a tag therefore drops both the data and
// every cached page built from it; the next shopper's request renders fresh.
import "server-only";
import { revalidateTag } from "next/cache";

export const storefrontTags = {
  /** Everything shown for the shop: its settings (name, colour, status…) reach every page. */
  shop: (shopId: string) => `shop:${shopId}`,
  /** Pages listing several products: home, collection pages, search results, sitemap. */
  productLists: (shopId: string) => `shop:${shopId}:products`,
  /** The shop's collections: navigation, featured collections, collection pages. */
  collections: (shopId: string) => `shop:${shopId}:collections`,
  /** One product's page. */
  product: (productId: string) => `product:${productId}`,
  /** What an address /s/<slug> leads to, including "no such shop". */
  slug: (slug: string) => `shop-slug:${slug}`,
};

export type StorefrontChange = {
  /** Products created, edited, published, archived, deleted, or whose stock changed. */
  productIds?: string[];
  /** Collections created, edited, reordered, deleted, or whose products changed. */
  collectionIds?: string[];
  /** The shop's address, when a shop is created or its slug changes (old and new: call twice). */
  slug?: string;
};

/**
 * Call after every write shoppers can see, in the server action or route handler that made
 * it (never during a render). Shoppers see the change on their next request.
 *
 * - `storefrontChanged(shopId)`: anything about the shop (settings, status, bulk edits) —
 *   every page of the shop is rebuilt.
 * - `storefrontChanged(shopId, { productIds })`: those products' pages and the shop's product
 *   lists; other product pages stay cached (cheap enough to call after each checkout).
 * - `storefrontChanged(shopId, { collectionIds })`: collection pages, navigation and lists.
 */
export function storefrontChanged(shopId: string, change: StorefrontChange = {}): void {
  const { productIds = [], collectionIds = [], slug } = change;
  const tags = new Set<string>();
  if (!productIds.length && !collectionIds.length) tags.add(storefrontTags.shop(shopId));
  for (const id of productIds) tags.add(storefrontTags.product(id));
  if (productIds.length || collectionIds.length) tags.add(storefrontTags.productLists(shopId));
  if (collectionIds.length) tags.add(storefrontTags.collections(shopId));
  if (slug) tags.add(storefrontTags.slug(slug));
  // expire 0: the next request renders fresh instead of being served the old page meanwhile.
  for (const tag of tags) expire(tag);
}

function expire(tag: string) {
  try {
    revalidateTag(tag, { expire: 0 });
  } catch (error) {
    // Outside a Next.js request (seed script, CLI import, integration test) this process holds
    // no page cache to expire; anywhere else a failure is a real bug and must surface.
    if (error instanceof Error && error.message.startsWith("Invariant: static generation store missing")) return;
    throw error;
  }
}
