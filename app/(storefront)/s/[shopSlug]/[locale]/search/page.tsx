// /s/<shop>/search?q=… when the rewrites (lib/catalog/search-key.ts) didn't send it to the cached
// page: a search typed another way ("Linen ", "?page=1") is redirected to its canonical address,
// which is cached; a search no path can carry (a "/" or "%" in the query, a very long one) is
// rendered here, per request.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { isCacheable, normaliseSearch, searchHref } from "@/lib/catalog/search-key";
import { loadActiveShop } from "@/lib/storefront/request";
import { localeFromSegment } from "@/lib/i18n/locales";
import { SearchResults, searchMetadata } from "./search-results";

type Params = Promise<{ shopSlug: string; locale: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { shopSlug, locale } = await params;
  const shop = await loadActiveShop(shopSlug);
  if (!shop) return {};
  return searchMetadata(shop, localeFromSegment(locale, shop.defaultLocale)!, normaliseSearch(await searchParams));
}

export default async function SearchPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { shopSlug, locale } = await params;
  const shop = await loadActiveShop(shopSlug);
  if (!shop) notFound();
  const input = await searchParams;
  const search = normaliseSearch(input);
  if (isCacheable(search)) {
    const canonical = searchHref(shop.slug, search);
    // Never to itself: only when the address differs from the canonical one.
    const asTyped = `/s/${shop.slug}/search?${new URLSearchParams(Object.entries(input).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : v === undefined ? [] : [[k, v]])))}`;
    if (canonical !== asTyped.replace(/\?$/, "")) redirect(canonical);
  }
  return <SearchResults shop={shop} locale={localeFromSegment(locale, shop.defaultLocale)!} search={search} />;
}
