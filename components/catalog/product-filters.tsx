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

/** One labelled setting of the view: `options` as [value, text], in order. */
function FilterSelect({ name, label: text, value, options }: { name: string; label: string; value: string; options: readonly (readonly [string, string])[] }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className={label}>
        {text}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value} className={control}>
        {options.map(([optionValue, optionText]) => (
          <option key={optionValue} value={optionValue}>
            {optionText}
          </option>
        ))}
      </select>
    </div>
  );
}

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
      <FilterSelect name="status" label="Status" value={view.status} options={[["", "Any status"], ...Object.entries(LIST_STATUSES)]} />
      <FilterSelect
        name="collection"
        label="Collection"
        value={view.collection}
        options={[["", "Any collection"], ...collections.map((c) => [c.id, c.title] as const)]}
      />
      <FilterSelect name="stock" label="Stock" value={view.stock} options={[["", "Any stock"], ...Object.entries(LIST_STOCK)]} />
      <FilterSelect name="sort" label="Sort by" value={view.sort} options={Object.entries(LIST_SORTS)} />
      <FilterSelect
        name="dir"
        label="Order"
        value={view.dir}
        options={[
          ["asc", "Ascending"],
          ["desc", "Descending"],
        ]}
      />
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
