// The search page's content, for a normalised search (lib/catalog/search-key.ts): the same for
// the cached page (results/…) and the per-request one. Ranked full-text search with a
// typo-tolerant fallback, filters by collection and price; results from the data cache, one
// entry per normalised search, expired with the shop's product lists.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/storefront/pagination";
import { ProductGrid } from "@/components/storefront/product-card";
import { SearchFilters, type SearchForm } from "@/components/storefront/search-filters";
import { MAX_PRICE_AMOUNT } from "@/lib/catalog/schemas";
import { type NormalSearch, searchHref } from "@/lib/catalog/search-key";
import type { StorefrontShop } from "@/lib/storefront/storefront";
import { loadCollections, loadProductList } from "@/lib/storefront/request";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";
import { parseMoney } from "@/lib/money/format";

/** Results per page: three or four full rows whatever the screen, and a page that stays light. */
const SEARCH_RESULTS_PER_PAGE = 12;

/** A price typed by the shopper ("12.50"), in minor units; null when empty or not a price. */
function price(text: string, currency: string): number | null {
  const amount = text ? parseMoney(text, currency) : null;
  return amount !== null && amount <= MAX_PRICE_AMOUNT ? amount : null;
}

export function searchMetadata(shop: Pick<StorefrontShop, "slug">, locale: Locale, search: NormalSearch): Metadata {
  const t = getTranslator(locale);
  return {
    title: search.q ? t("search.titleFor", { query: search.q }) : t("search.title"),
    alternates: { canonical: `/s/${shop.slug}/search` },
    // Result pages are endless variations of the catalogue: crawlers follow them to products, but don't index them.
    robots: { index: false, follow: true },
  };
}

type Shop = Pick<StorefrontShop, "id" | "slug" | "currency">;

export async function SearchResults({ shop, locale, search }: { shop: Shop; locale: Locale; search: NormalSearch }) {
  if (search.page === null) notFound();
  const t = getTranslator(locale);
  const collections = await loadCollections(shop.id);

  // Every value from the address is checked; what doesn't parse is reported and left out.
  const form: SearchForm = { q: search.q, collection: search.collection, min: search.min, max: search.max, sort: search.sort, errors: {} };
  const collection = collections.find((c) => c.handle === search.collection);
  const minPrice = price(search.min, shop.currency);
  let maxPrice = price(search.max, shop.currency);
  if (search.min && minPrice === null) form.errors.min = t("search.invalidPrice");
  if (search.max && maxPrice === null) form.errors.max = t("search.invalidPrice");
  if (minPrice !== null && maxPrice !== null && maxPrice < minPrice) {
    form.errors.max = t("search.priceOrder");
    maxPrice = null;
  }

  const list = await loadProductList(shop.id, {
    q: search.q,
    collectionId: collection?.id,
    minPrice: minPrice ?? undefined,
    // An explicit ceiling: search.ts compares with MAX_SAFE_INTEGER otherwise, which PostgreSQL rejects for an int column.
    maxPrice: maxPrice ?? (minPrice !== null ? MAX_PRICE_AMOUNT : undefined),
    sort: search.sort,
    page: search.page,
    perPage: SEARCH_RESULTS_PER_PAGE,
  });
  if (search.page > list.pageCount) notFound();

  // Links keep only the filters that apply (an unknown collection or a bad price is left out).
  const applied: NormalSearch = {
    ...search,
    collection: collection?.handle ?? "",
    min: minPrice !== null ? search.min : "",
    max: maxPrice !== null ? search.max : "",
  };
  const filtered = Boolean(collection || minPrice !== null || maxPrice !== null);

  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">{search.q ? t("search.resultsFor", { query: search.q }) : t("search.allProducts")}</h1>
      <SearchFilters shop={shop} locale={locale} form={form} collections={collections} />
      <div role="status" className="mt-6 text-sm text-slate-700">
        <p>{t("search.resultCount", { count: list.total })}</p>
        {list.fuzzy ? <p className="mt-1">{t("search.fuzzy", { query: search.q })}</p> : null}
      </div>
      {list.products.length ? (
        <div className="mt-4">
          <ProductGrid products={list.products} shopSlug={shop.slug} currency={shop.currency} locale={locale} headingLevel={2} />
        </div>
      ) : (
        <p className="mt-4 text-slate-800">
          {search.q ? t("search.noResults", { query: search.q }) : t("search.noProducts")}{" "}
          {filtered ? (
            <a
              href={searchHref(shop.slug, { ...search, collection: "", min: "", max: "", sort: "relevance", page: 1 })}
              className="font-medium text-(--shop-accent-text) underline underline-offset-2"
            >
              {t("search.clear")}
            </a>
          ) : null}
        </p>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} locale={locale} href={(page) => searchHref(shop.slug, applied, page)} />
    </main>
  );
}
