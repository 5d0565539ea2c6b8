import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/storefront/pagination";
import { ProductCard } from "@/components/storefront/product-card";
import { loadActiveShop, loadProductList, loadShop } from "@/lib/catalog/storefront-request";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ shopSlug: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shop = await loadShop((await params).shopSlug);
  if (!shop) return { title: "Shop not found" };
  if (shop.status !== "ACTIVE") return { title: "Shop unavailable", robots: { index: false } };
  return { title: { absolute: shop.name }, description: shop.description || undefined };
}

function pageNumber(value: string | string[] | undefined) {
  const page = Number(typeof value === "string" ? value : "1");
  return Number.isSafeInteger(page) && page >= 1 ? page : null;
}

export default async function ShopHomePage({ params, searchParams }: Props) {
  const shop = await loadActiveShop((await params).shopSlug);
  const page = pageNumber((await searchParams).page);
  if (!shop || page === null) notFound();

  const list = await loadProductList(shop.id, page);
  if (page > list.pageCount) notFound();

  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">{shop.name}</h1>
      {shop.description ? <p className="mt-2 max-w-2xl text-slate-700">{shop.description}</p> : null}

      <section aria-labelledby="products-heading" className="mt-8">
        <h2 id="products-heading" className="text-xl font-semibold">
          All products <span className="text-base font-normal text-slate-600">({list.total})</span>
        </h2>
        {list.products.length === 0 ? (
          <p className="mt-4 text-slate-700">No products yet. Come back soon!</p>
        ) : (
          <ul className="mt-4 grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
            {list.products.map((product, i) => (
              <ProductCard key={product.id} shopSlug={shop.slug} product={product} currency={shop.currency} locale={shop.defaultLocale} eager={i < 4} />
            ))}
          </ul>
        )}
        <Pagination basePath={`/s/${shop.slug}`} page={list.page} pageCount={list.pageCount} />
      </section>
    </main>
  );
}
