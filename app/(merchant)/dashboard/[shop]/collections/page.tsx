import type { Metadata } from "next";
import Link from "next/link";
import { CollectionForm } from "@/components/catalog/collection-form";
import { DeleteButton } from "@/components/catalog/delete-button";
import { MoveButtons } from "@/components/catalog/move-buttons";
import { listCollections } from "@/lib/catalog/collections";
import { db } from "@/lib/db/client";
import { merchantPage } from "@/app/_entry/merchant";
import { createCollectionAction, deleteCollectionAction, moveCollectionAction } from "./actions";

export const metadata: Metadata = { title: "Collections" };

export default async function CollectionsPage({ params }: { params: Promise<{ shop: string }> }) {
  const { shop } = await merchantPage((await params).shop, "catalog");
  const collections = await listCollections(db, shop.id);
  const base = `/dashboard/${shop.slug}/collections`;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Collections</h1>
        <p className="mt-1 text-sm text-slate-600">
          Group products for shoppers, like “Summer” or “Gifts under €20”. The order here is the order in your shop&apos;s menu.
        </p>
      </div>

      <section aria-labelledby="all-collections">
        <h2 id="all-collections" className="sr-only">
          Your collections
        </h2>
        {collections.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 px-6 py-8 text-center text-sm text-slate-700">
            No collections yet — create your first one below.
          </p>
        ) : (
          <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200">
            {collections.map((c, i) => (
              <li key={c.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
                <MoveButtons id={c.id} label={c.title} position={i + 1} count={collections.length} move={moveCollectionAction.bind(null, shop.slug, c.id)} />
                <div className="min-w-0 flex-1">
                  <Link href={`${base}/${c.id}`} className="font-medium text-slate-900 underline-offset-2 hover:underline">
                    {c.title}
                  </Link>
                  {c.featured && (
                    <span className="ml-2 rounded-full bg-teal-50 px-2 py-0.5 text-xs font-medium text-teal-900 ring-1 ring-teal-200 ring-inset">Featured</span>
                  )}
                  <p className="text-sm text-slate-600">
                    {c.productCount} {c.productCount === 1 ? "product" : "products"} · /c/{c.handle}
                  </p>
                </div>
                <DeleteButton
                  action={deleteCollectionAction.bind(null, shop.slug, c.id, false)}
                  label={`Delete ${c.title}`}
                  title={`Delete the collection ${c.title}?`}
                  confirmLabel="Delete collection"
                >
                  <p>
                    The collection and its page in your shop go away. Its {c.productCount === 1 ? "product stays" : `${c.productCount} products stay`} in your
                    shop.
                  </p>
                </DeleteButton>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="new-collection" className="rounded-lg border border-slate-200 p-5">
        <h2 id="new-collection" className="text-lg font-semibold">
          New collection
        </h2>
        <div className="mt-4">
          <CollectionForm action={createCollectionAction.bind(null, shop.slug)} />
        </div>
      </section>
    </div>
  );
}
