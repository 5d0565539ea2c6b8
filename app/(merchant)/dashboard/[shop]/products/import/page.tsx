import type { Metadata } from "next";
import Link from "next/link";
import { CsvImportForm } from "@/components/catalog/csv-import-form";
import { MAX_CSV_BYTES, MAX_CSV_ROWS } from "@/lib/catalog/csv";
import { merchantPage } from "@/app/_entry/merchant";

export const metadata: Metadata = { title: "Import products" };

export default async function ImportProductsPage({ params }: { params: Promise<{ shop: string }> }) {
  const { shop } = await merchantPage((await params).shop, "catalog");
  const products = `/dashboard/${shop.slug}/products`;
  const api = `/api/shops/${shop.id}/products`;
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Link href={products} className="text-sm text-teal-800 underline underline-offset-2">
          ← Products
        </Link>
        <h1 className="mt-2 text-2xl font-bold tracking-tight">Import products</h1>
      </div>
      <div className="space-y-2 text-sm text-slate-700">
        <p>
          Add or update products from a spreadsheet saved as CSV. Products are matched by their handle: a handle already in your shop updates that product, a
          new one creates it. Products not in the file stay as they are.
        </p>
        <p>Every row is checked first. If any row has a problem, nothing is imported and you get the list of rows to fix.</p>
        <p>
          Prices are in {shop.currency}. Pictures are kept only when they are already uploaded to this shop (as in a Minishop export).{" "}
          <a href={`${api}/export`} download className="font-medium text-teal-800 underline underline-offset-2">
            Export your products
          </a>{" "}
          to edit them in bulk.
        </p>
      </div>
      <CsvImportForm shopId={shop.id} maxBytes={MAX_CSV_BYTES} maxRows={MAX_CSV_ROWS} productsHref={products} templateHref={`${api}/template`} />
    </div>
  );
}
