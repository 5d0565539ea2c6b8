// Search and browse-all: ranked full-text search with a typo-tolerant fallback, filters by
// collection and price, pagination. Rendered per request (it reads searchParams); the results
// themselves come from the data cache, one entry per distinct query, expired with the shop's lists.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/storefront/pagination";
import { ProductGrid } from "@/components/storefront/product-card";
import { SearchFilters, type SearchForm } from "@/components/storefront/search-filters";
import { MAX_PRICE_AMOUNT } from "@/lib/catalog/schemas";
import { loadActiveShop, loadCollections, loadProductList } from "@/lib/catalog/storefront-request";
import { localeFromSegment } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";
import { parseMoney } from "@/lib/money/format";

type Params = Promise<{ shopSlug: string; locale: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const SORTS = ["relevance", "newest", "price_asc", "price_desc"] as const;
const MAX_PAGE = 1000;

/** A price typed by the shopper ("12.50"), in minor units; null when empty or not a price. */
function price(text: string, currency: string): number | null {
  const amount = text ? parseMoney(text, currency) : null;
  return amount !== null && amount <= MAX_PRICE_AMOUNT ? amount : null;
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.trim() : "");

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { shopSlug, locale } = await params;
  const shop = await loadActiveShop(shopSlug);
  if (!shop) return {};
  const t = getTranslator(localeFromSegment(locale, shop.defaultLocale)!);
  const q = one((await searchParams).q).slice(0, 200);
  return {
    title: q ? t("search.titleFor", { query: q }) : t("search.title"),
    alternates: { canonical: `/s/${shop.slug}/search` },
    // Result pages are endless variations of the catalogue: crawlers follow them to products, but don't index them.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { shopSlug, locale: segment } = await params;
  const shop = await loadActiveShop(shopSlug);
  if (!shop) notFound();
  const locale = localeFromSegment(segment, shop.defaultLocale)!;
  const t = getTranslator(locale);
  const input = await searchParams;
  const collections = await loadCollections(shop.id);

  // Every value from the address is checked; what doesn't parse is reported and left out.
  const form: SearchForm = {
    q: one(input.q).slice(0, 200),
    collection: one(input.collection),
    min: one(input.min),
    max: one(input.max),
    sort: SORTS.find((s) => s === one(input.sort)) ?? "relevance",
    errors: {},
  };
  const collection = collections.find((c) => c.handle === form.collection);
  const minPrice = price(form.min, shop.currency);
  let maxPrice = price(form.max, shop.currency);
  if (form.min && minPrice === null) form.errors.min = t("search.invalidPrice");
  if (form.max && maxPrice === null) form.errors.max = t("search.invalidPrice");
  if (minPrice !== null && maxPrice !== null && maxPrice < minPrice) {
    form.errors.max = t("search.priceOrder");
    maxPrice = null;
  }
  const pageParam = Number(one(input.page) || "1");
  if (!Number.isSafeInteger(pageParam) || pageParam < 1 || pageParam > MAX_PAGE) notFound();

  const list = await loadProductList(shop.id, {
    q: form.q,
    collectionId: collection?.id,
    minPrice: minPrice ?? undefined,
    // An explicit ceiling: search.ts compares with MAX_SAFE_INTEGER otherwise, which PostgreSQL rejects for an int column.
    maxPrice: maxPrice ?? (minPrice !== null ? MAX_PRICE_AMOUNT : undefined),
    sort: form.sort,
    page: pageParam,
  });
  if (pageParam > list.pageCount) notFound();

  const href = (page: number) => {
    const query = new URLSearchParams();
    if (form.q) query.set("q", form.q);
    if (collection) query.set("collection", collection.handle);
    if (minPrice !== null) query.set("min", form.min);
    if (maxPrice !== null) query.set("max", form.max);
    if (form.sort !== "relevance") query.set("sort", form.sort);
    if (page > 1) query.set("page", String(page));
    const search = query.toString();
    return `/s/${shop.slug}/search${search ? `?${search}` : ""}`;
  };
  const filtered = Boolean(collection || minPrice !== null || maxPrice !== null);

  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">{form.q ? t("search.resultsFor", { query: form.q }) : t("search.allProducts")}</h1>
      <SearchFilters shop={shop} locale={locale} form={form} collections={collections} />
      <div role="status" className="mt-6 text-sm text-slate-700">
        <p>{t("search.resultCount", { count: list.total })}</p>
        {list.fuzzy ? <p className="mt-1">{t("search.fuzzy", { query: form.q })}</p> : null}
      </div>
      {list.products.length ? (
        <div className="mt-4">
          <ProductGrid products={list.products} shopSlug={shop.slug} currency={shop.currency} locale={locale} headingLevel={2} />
        </div>
      ) : (
        <p className="mt-4 text-slate-800">
          {form.q ? t("search.noResults", { query: form.q }) : t("search.noProducts")}{" "}
          {filtered ? (
            <a href={`/s/${shop.slug}/search${form.q ? `?q=${encodeURIComponent(form.q)}` : ""}`} className="font-medium text-(--shop-accent-text) underline underline-offset-2">
              {t("search.clear")}
            </a>
          ) : null}
        </p>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} locale={locale} href={href} />
    </main>
  );
}
