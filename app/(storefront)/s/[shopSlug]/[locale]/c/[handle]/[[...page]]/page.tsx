// A collection's products in the merchant's order: /c/<handle>, then /c/<handle>/2, /3…
// Page numbers are path segments, not ?page=, so every page of the collection is cached (ISR).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/storefront/pagination";
import { ProductGrid } from "@/components/storefront/product-card";
import { loadActiveShop, loadCollection, loadProductList } from "@/lib/storefront/request";
import { localeFromSegment } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ shopSlug: string; locale: string; handle: string; page?: string[] }> };

/** "/c/tees" is page 1; "/c/tees/2" page 2; "/c/tees/1", "/c/tees/x" and deeper paths don't exist. */
function pageNumber(segments: string[] | undefined): number | null {
  if (!segments?.length) return 1;
  if (segments.length > 1 || !/^[2-9]\d{0,4}$|^1\d{1,4}$/.test(segments[0]!)) return null;
  return Number(segments[0]);
}

async function load(params: Props["params"]) {
  const { shopSlug, locale, handle, page: segments } = await params;
  const page = pageNumber(segments);
  const shop = await loadActiveShop(shopSlug);
  const collection = shop && page ? await loadCollection(shop.id, handle) : null;
  if (!shop || !collection || !page) return null;
  const list = await loadProductList(shop.id, { collectionId: collection.id, sort: "collection", page });
  if (page > list.pageCount) return null;
  return { shop, collection, list, page, locale: localeFromSegment(locale, shop.defaultLocale)! };
}

const path = (shopSlug: string, handle: string, page: number) => `/s/${shopSlug}/c/${handle}${page > 1 ? `/${page}` : ""}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { shop, collection, page, locale } = found;
  const title = page > 1 ? getTranslator(locale)("collection.pageTitle", { collection: collection.title, page }) : collection.title;
  const url = path(shop.slug, collection.handle, page);
  const image = found.list.products[0]?.image;
  return {
    title,
    description: collection.description || undefined,
    alternates: { canonical: url },
    openGraph: {
      title,
      description: collection.description || undefined,
      url,
      images: image ? [{ url: image.url, width: image.width, height: image.height }] : undefined,
    },
  };
}

export default async function CollectionPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { shop, collection, list, locale } = found;
  const t = getTranslator(locale);
  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">{collection.title}</h1>
      {collection.description ? <p className="mt-2 max-w-2xl text-slate-700">{collection.description}</p> : null}
      <p className="mt-2 text-sm text-slate-700">{t("home.productCount", { count: list.total })}</p>
      {list.products.length ? (
        <div className="mt-6">
          <ProductGrid products={list.products} shopSlug={shop.slug} currency={shop.currency} locale={locale} headingLevel={2} />
        </div>
      ) : (
        <p className="mt-6 text-slate-700">{t("collection.empty")}</p>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} locale={locale} href={(p) => path(shop.slug, collection.handle, p)} />
    </main>
  );
}
