// A search served from Next's page cache: /s/<shop>/search?q=linen&min=10 reaches this page as
// /s/<shop>/<locale>/search/results/q=linen/min=10 (rewrites in lib/catalog/search-key.ts), one
// cache entry per normalised search and language. Its data carries the shop's cache tags
// (lib/storefront/request.ts), so a merchant's edit expires it like any product list.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseSearchSegments } from "@/lib/catalog/search-key";
import { loadActiveShop } from "@/lib/storefront/request";
import { localeFromSegment } from "@/lib/i18n/locales";
import { SearchResults, searchMetadata } from "../../search-results";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ shopSlug: string; locale: string; filters?: string[] }> };

async function load(params: Props["params"]) {
  const { shopSlug, locale, filters = [] } = await params;
  // Segments arrive percent-encoded or not depending on the path's characters; compare decoded.
  const search = parseSearchSegments(filters.map(decodeSegment));
  const shop = search ? await loadActiveShop(shopSlug) : null;
  return shop && search ? { shop, search, locale: localeFromSegment(locale, shop.defaultLocale)! } : null;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  return found ? searchMetadata(found.shop, found.locale, found.search) : {};
}

export default async function CachedSearchPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  return <SearchResults {...found} />;
}
