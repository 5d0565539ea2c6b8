"use client";
// Search, filters and sort of the product list. They live in the address (a plain GET form
// without JavaScript), so a view can be shared and the back button returns to it; with
// JavaScript the address is built without empty settings.
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { LIST_SORTS, LIST_STATUSES, LIST_STOCK, type ListView, listHref, parseListView } from "@/lib/catalog/list-params";

type Props = { base: string; view: ListView; collections: { id: string; title: string }[]; filtered: boolean };

const control = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 focus:border-teal-700";
const label = "block text-sm font-medium text-slate-900";

export function ProductFilters({ base, view, collections, filtered }: Props) {
  const router = useRouter();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    // A new sort whose order wasn't touched gets its natural one (titles A→Z, newest first).
    const keepDir = data.sort === view.sort || data.dir !== view.dir;
    router.push(listHref(base, parseListView({ ...data, dir: keepDir ? data.dir : undefined, per: String(view.per) })));
  }

  // Keyed by the address: the back button shows the fields of the view it returns to.
  return (
    <form
      key={listHref(base, view, { page: view.page })}
      method="get"
      action={base}
      onSubmit={onSubmit}
      role="search"
      aria-label="Products"
      className="grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <div className="sm:col-span-2">
        <label htmlFor="filter-q" className={label}>
          Search products
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={view.q} placeholder="Title, handle or SKU" maxLength={200} className={control} />
      </div>
      <div>
        <label htmlFor="filter-status" className={label}>
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={view.status} className={control}>
          <option value="">Any status</option>
          {Object.entries(LIST_STATUSES).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-collection" className={label}>
          Collection
        </label>
        <select id="filter-collection" name="collection" defaultValue={view.collection} className={control}>
          <option value="">Any collection</option>
          {collections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-stock" className={label}>
          Stock
        </label>
        <select id="filter-stock" name="stock" defaultValue={view.stock} className={control}>
          <option value="">Any stock</option>
          {Object.entries(LIST_STOCK).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-sort" className={label}>
          Sort by
        </label>
        <select id="filter-sort" name="sort" defaultValue={view.sort} className={control}>
          {Object.entries(LIST_SORTS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-dir" className={label}>
          Order
        </label>
        <select id="filter-dir" name="dir" defaultValue={view.dir} className={control}>
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </select>
      </div>
      {view.per !== 25 && <input type="hidden" name="per" value={view.per} />}
      <div className="flex flex-wrap items-end gap-3">
        <button type="submit" className="rounded-md bg-teal-700 px-4 py-2 text-sm font-medium text-white hover:bg-teal-800">
          Apply
        </button>
        {filtered && (
          <Link href={listHref(base, { ...view, q: "", status: "", collection: "", stock: "" })} className="text-sm text-teal-800 underline underline-offset-2">
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}
