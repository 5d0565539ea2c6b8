import type { Metadata } from "next";
import Link from "next/link";
import { ListPagination } from "@/components/catalog/list-pagination";
import { ProductFilters } from "@/components/catalog/product-filters";
import { type ProductRow, type SortHeader, ProductTable } from "@/components/catalog/product-table";
import { listCollections } from "@/lib/catalog/collections";
import { type ListView, isFiltered, listHref, parseListView, toListQuery } from "@/lib/catalog/list-params";
import { type ProductSummary, listProducts } from "@/lib/catalog/list";
import { db } from "@/lib/db/client";
import { formatMoney } from "@/lib/money/format";
import { holdLabel } from "@/components/moderation/product-hold";
import { productHolds } from "@/lib/moderation/merchant";
import { merchantPage } from "@/app/_entry/merchant";
import { bulkProductsAction } from "./bulk-actions";

export const metadata: Metadata = { title: "Products" };

type Props = { params: Promise<{ shop: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const numbers = new Intl.NumberFormat("en");
const button = "rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100";

// One statement for the page of products (listProducts), one for the collection filter, one
// for the platform's holds on the page's products: the same cost for 20 products or 10,000.
export default async function ProductsPage({ params, searchParams }: Props) {
  const { shop } = await merchantPage((await params).shop, "catalog");
  const view = parseListView(await searchParams);
  const base = `/dashboard/${shop.slug}/products`;
  const [list, collections] = await Promise.all([listProducts(db, shop.id, toListQuery(view)), listCollections(db, shop.id)]);
  const holds = await productHolds(
    db,
    shop.id,
    list.items.map((p) => p.id),
  );
  const rows = list.items.map((p) => ({ ...toRow(p, base, shop.currency), hold: holdLabel(holds.get(p.id)) }));
  const filtered = isFiltered(view);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Products</h1>
        <div className="flex flex-wrap gap-2">
          <a href={`/api/shops/${shop.id}/products/export`} download className={button}>
            Export CSV
          </a>
          <Link href={`${base}/import`} className={button}>
            Import CSV
          </Link>
          <Link href={`${base}/new`} className="rounded-md bg-teal-700 px-3 py-2 text-sm font-medium text-white hover:bg-teal-800">
            Add product
          </Link>
        </div>
      </div>

      {list.total === 0 && !filtered ? (
        <div className="rounded-lg border border-dashed border-slate-300 px-6 py-12 text-center">
          <h2 className="text-lg font-semibold">No products yet — add your first product</h2>
          <p className="mt-1 text-sm text-slate-600">Or bring your whole catalogue from a spreadsheet or a Shopify export.</p>
          <div className="mt-4 flex justify-center gap-2">
            <Link href={`${base}/new`} className="rounded-md bg-teal-700 px-3 py-2 text-sm font-medium text-white hover:bg-teal-800">
              Add product
            </Link>
            <Link href={`${base}/import`} className={button}>
              Import CSV
            </Link>
          </div>
        </div>
      ) : (
        <>
          <ProductFilters base={base} view={view} collections={collections.map((c) => ({ id: c.id, title: c.title }))} filtered={filtered} />
          <ProductTable
            key={listHref(base, view, { page: view.page })} // another view starts with no selection and no old message
            rows={rows}
            sortHeaders={sortHeaders(base, view)}
            action={bulkProductsAction.bind(null, shop.slug)}
            empty={
              list.total > 0 ? (
                <p className="rounded-lg border border-slate-200 px-4 py-6 text-sm text-slate-700">
                  This page is past the end of the list.{" "}
                  <Link href={listHref(base, view, { page: list.pageCount })} className="font-medium text-teal-800 underline underline-offset-2">
                    Go to the last page
                  </Link>
                </p>
              ) : (
                <div className="rounded-lg border border-slate-200 px-4 py-8 text-center">
                  <h2 className="font-semibold">No products match these filters</h2>
                  <p className="mt-1 text-sm text-slate-600">
                    Try another search, or{" "}
                    <Link
                      href={listHref(base, { ...view, q: "", status: "", collection: "", stock: "" })}
                      className="font-medium text-teal-800 underline underline-offset-2"
                    >
                      clear the filters
                    </Link>
                    .
                  </p>
                </div>
              )
            }
          />
          {rows.length > 0 && (
            <ListPagination
              page={list.page}
              pageCount={list.pageCount}
              perPage={view.per}
              total={list.total}
              noun={["product", "products"]}
              href={(page) => listHref(base, view, { page })}
            />
          )}
        </>
      )}
    </div>
  );
}

function toRow(p: ProductSummary, base: string, currency: string): ProductRow {
  const money = (amount: number) => formatMoney(amount, currency);
  const price =
    p.priceMin == null || p.priceMax == null ? "No price" : p.priceMin === p.priceMax ? money(p.priceMin) : `${money(p.priceMin)} – ${money(p.priceMax)}`;
  const held = p.totalStock != null && p.availableStock != null ? p.totalStock - p.availableStock : 0;
  return {
    id: p.id,
    title: p.title,
    href: `${base}/${p.id}`,
    image: p.image ? { url: p.image.url, alt: p.image.alt } : null,
    status: p.status,
    variants: `${p.variantCount} ${p.variantCount === 1 ? "variant" : "variants"}`,
    price,
    stock: p.totalStock == null ? "Not tracked" : `${numbers.format(p.totalStock)} in stock${held > 0 ? ` (${numbers.format(held)} in checkouts)` : ""}`,
    stockStatus: p.stockStatus,
  };
}

function sortHeaders(base: string, view: ListView) {
  const header = (sort: "title" | "price" | "stock"): SortHeader => {
    const sorted = view.sort === sort ? (view.dir === "asc" ? "ascending" : "descending") : null;
    // Clicking the sorted column flips it; another column starts in its natural order.
    const change: Partial<ListView> = sorted ? { sort, dir: view.dir === "asc" ? "desc" : "asc" } : { sort, dir: parseListView({ sort }).dir };
    return { href: listHref(base, view, change), sorted };
  };
  return { title: header("title"), price: header("price"), stock: header("stock") };
}
