import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/catalog/badges";
import { CollectionForm } from "@/components/catalog/collection-form";
import { DeleteButton } from "@/components/catalog/delete-button";
import { ListPagination } from "@/components/catalog/list-pagination";
import { MoveButtons } from "@/components/catalog/move-buttons";
import { RowAction } from "@/components/shops/row-action";
import { productsInCollection } from "@/lib/catalog/collection-edits";
import { getCollection } from "@/lib/catalog/collections";
import { type ProductSummary, listProducts } from "@/lib/catalog/list";
import { db } from "@/lib/db/client";
import { merchantPage, orNotFound } from "@/app/_entry/merchant";
import { addProductAction, deleteCollectionAction, moveProductAction, removeProductAction, updateCollectionAction } from "../actions";

export const metadata: Metadata = { title: "Collection" };

type Props = { params: Promise<{ shop: string; collectionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PER_PAGE = 50;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function CollectionPage({ params, searchParams }: Props) {
  const { shop: slug, collectionId } = await params;
  const { shop } = await merchantPage(slug, "catalog");
  const query = await searchParams;
  const find = first(query.find).trim().slice(0, 200);
  const page = Math.max(1, Math.min(100_000, Math.trunc(Number(first(query.page))) || 1));

  const collection = await orNotFound(getCollection(db, shop.id, collectionId));
  const [members, candidates] = await Promise.all([
    listProducts(db, shop.id, { collectionId, sort: "position", page, perPage: PER_PAGE }),
    listProducts(db, shop.id, { q: find || undefined, sort: find ? "title" : "updated", perPage: 10 }),
  ]);
  const added = await productsInCollection(
    db,
    shop.id,
    collectionId,
    candidates.items.map((p) => p.id),
  );
  const base = `/dashboard/${shop.slug}/collections/${collection.id}`;
  const productHref = (p: ProductSummary) => `/dashboard/${shop.slug}/products/${p.id}`;
  const href = (change: { page?: number; find?: string }) => {
    const next = new URLSearchParams();
    const f = change.find ?? find;
    const p = change.page ?? page;
    if (f) next.set("find", f);
    if (p > 1) next.set("page", String(p));
    return next.size ? `${base}?${next}` : base;
  };

  return (
    <div className="space-y-8">
      <div>
        <Link href={`/dashboard/${shop.slug}/collections`} className="text-sm text-teal-800 underline underline-offset-2">
          ← Collections
        </Link>
        <div className="mt-2 flex flex-wrap items-baseline justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight">{collection.title}</h1>
          <Link href={`/s/${shop.slug}/c/${collection.handle}`} className="text-sm text-teal-800 underline underline-offset-2">
            View in shop <span aria-hidden>↗</span>
          </Link>
        </div>
      </div>

      <section aria-labelledby="details" className="rounded-lg border border-slate-200 p-5">
        <h2 id="details" className="text-lg font-semibold">
          Details
        </h2>
        <div className="mt-4">
          <CollectionForm action={updateCollectionAction.bind(null, shop.slug, collection.id)} collection={collection} />
        </div>
      </section>

      <section aria-labelledby="in-collection" className="space-y-3">
        <h2 id="in-collection" className="text-lg font-semibold">
          Products in this collection
        </h2>
        {members.total === 0 ? (
          <p className="text-sm text-slate-600">No products yet: find some below and add them.</p>
        ) : (
          <>
            <p className="text-sm text-slate-600">Shoppers see them in this order.</p>
            <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200">
              {members.items.map((p, i) => {
                const position = (members.page - 1) * PER_PAGE + i + 1;
                return (
                  <li key={p.id} className="flex flex-wrap items-center gap-3 px-4 py-2">
                    <span className="w-8 text-right text-sm text-slate-500 tabular-nums" aria-hidden>
                      {position}
                    </span>
                    <MoveButtons
                      id={p.id}
                      label={p.title}
                      position={position}
                      count={members.total}
                      move={moveProductAction.bind(null, shop.slug, collection.id, p.id)}
                    />
                    <Thumb product={p} />
                    <Link href={productHref(p)} className="min-w-0 flex-1 font-medium text-slate-900 underline-offset-2 hover:underline">
                      {p.title}
                    </Link>
                    <StatusBadge status={p.status} />
                    <RowAction
                      action={removeProductAction.bind(null, shop.slug, collection.id, p.id)}
                      label="Remove"
                      pendingLabel="Removing…"
                      accessibleLabel={`Remove ${p.title} from ${collection.title}`}
                    />
                  </li>
                );
              })}
            </ol>
            <ListPagination
              page={members.page}
              pageCount={members.pageCount}
              perPage={PER_PAGE}
              total={members.total}
              noun={["product", "products"]}
              href={(p) => href({ page: p })}
            />
          </>
        )}
      </section>

      <section aria-labelledby="add-products" className="space-y-3 rounded-lg border border-slate-200 p-5">
        <h2 id="add-products" className="text-lg font-semibold">
          Add products
        </h2>
        <form method="get" action={base} role="search" aria-label="Products to add" className="flex flex-wrap items-end gap-2">
          <div className="min-w-56 flex-1">
            <label htmlFor="find" className="block text-sm font-medium text-slate-900">
              Find products
            </label>
            <input
              id="find"
              name="find"
              type="search"
              defaultValue={find}
              placeholder="Title, handle or SKU"
              maxLength={200}
              className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-sm"
            />
          </div>
          <button type="submit" className="rounded-md bg-teal-700 px-4 py-2 text-sm font-medium text-white hover:bg-teal-800">
            Search
          </button>
        </form>
        <p className="text-sm text-slate-600">{find ? `Products matching “${find}”` : "Recently updated products"}</p>
        {candidates.items.length === 0 ? (
          <p className="text-sm text-slate-700">No products match “{find}”.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
            {candidates.items.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-3 px-4 py-2">
                <Thumb product={p} />
                <span className="min-w-0 flex-1 font-medium text-slate-900">{p.title}</span>
                <StatusBadge status={p.status} />
                {added.has(p.id) ? (
                  <span className="px-3 py-1.5 text-sm text-slate-600">In collection</span>
                ) : (
                  <RowAction
                    action={addProductAction.bind(null, shop.slug, collection.id, p.id)}
                    label="Add"
                    pendingLabel="Adding…"
                    accessibleLabel={`Add ${p.title} to ${collection.title}`}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="danger" className="rounded-lg border border-red-200 p-5">
        <h2 id="danger" className="text-lg font-semibold">
          Delete this collection
        </h2>
        <p className="mt-1 text-sm text-slate-600">Its products stay in your shop.</p>
        <div className="mt-3">
          <DeleteButton
            action={deleteCollectionAction.bind(null, shop.slug, collection.id, true)}
            label={`Delete ${collection.title}`}
            title={`Delete the collection ${collection.title}?`}
            confirmLabel="Delete collection"
          >
            <p>The collection and its page in your shop go away. Its products stay in your shop.</p>
          </DeleteButton>
        </div>
      </section>
    </div>
  );
}

function Thumb({ product }: { product: ProductSummary }) {
  return product.image ? (
    // Uploads are already resized WebP files; a 40px thumbnail needs no optimiser.
    // eslint-disable-next-line @next/next/no-img-element
    <img src={product.image.url} alt="" width={40} height={40} loading="lazy" className="size-10 shrink-0 rounded border border-slate-200 object-cover" />
  ) : (
    <span aria-hidden className="size-10 shrink-0 rounded border border-dashed border-slate-300 bg-slate-50" />
  );
}
