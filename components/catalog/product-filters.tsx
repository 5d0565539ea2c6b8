"use client";
// Search, filters and sort of the product list. They live in the address (a plain GET form
// without JavaScript), so a view can be shared and the back button returns to it; with
// JavaScript the address is built without empty settings.
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { FilterActions, FilterSearch, FilterSelect } from "@/components/forms/filters";
import { LIST_SORTS, LIST_STATUSES, LIST_STOCK, type ListView, listHref, parseListView } from "@/lib/catalog/list-params";

type Props = { base: string; view: ListView; collections: { id: string; title: string }[]; filtered: boolean };

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
      <FilterSearch id="filter-q" label="Search products" value={view.q} placeholder="Title, handle or SKU" />
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
      <FilterActions clearHref={filtered ? listHref(base, { ...view, q: "", status: "", collection: "", stock: "" }) : undefined} />
    </form>
  );
}
