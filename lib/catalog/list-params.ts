// The merchant's product list lives in the address (?q=tee&status=active&sort=price&page=2)
// so a view can be shared, bookmarked and reached with the back button. Pure: parses the
// query string into a listProducts query, and builds the links that change one setting.
import type { ListProductsQuery } from "./list";

export const LIST_SORTS = { updated: "Last updated", title: "Title", price: "Price", stock: "Stock" } as const;
export const LIST_STATUSES = { active: "Active", draft: "Draft", archived: "Archived" } as const;
export const LIST_STOCK = { in: "In stock", low: "Low stock", out: "Out of stock" } as const;
export const PER_PAGE_CHOICES = [25, 50, 100] as const;

const DEFAULT_DIR = { updated: "desc", title: "asc", price: "asc", stock: "asc" } as const;

export type ListView = {
  q: string;
  status: keyof typeof LIST_STATUSES | "";
  collection: string;
  stock: keyof typeof LIST_STOCK | "";
  sort: keyof typeof LIST_SORTS;
  dir: "asc" | "desc";
  page: number;
  per: (typeof PER_PAGE_CHOICES)[number];
};

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const oneOf = <T extends string>(value: string, choices: Record<T, unknown>): T | "" => (Object.hasOwn(choices, value) ? (value as T) : "");

/**
 * What the address asks for. Anything unknown or malformed falls back to the default
 * rather than failing: an old bookmark or a hand-edited link still shows a list.
 */
export function parseListView(params: Params): ListView {
  const sort = oneOf(first(params.sort), LIST_SORTS) || "updated";
  const dir = first(params.dir);
  const page = Number(first(params.page));
  const per = Number(first(params.per));
  const collection = first(params.collection).trim();
  return {
    q: first(params.q).trim().slice(0, 200),
    status: oneOf(first(params.status), LIST_STATUSES),
    collection: collection.length <= 64 ? collection : "",
    stock: oneOf(first(params.stock), LIST_STOCK),
    sort,
    dir: dir === "asc" || dir === "desc" ? dir : DEFAULT_DIR[sort],
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
    per: (PER_PAGE_CHOICES as readonly number[]).includes(per) ? (per as ListView["per"]) : 25,
  };
}

export function toListQuery(view: ListView): ListProductsQuery {
  return {
    q: view.q || undefined,
    status: view.status ? (view.status.toUpperCase() as "ACTIVE" | "DRAFT" | "ARCHIVED") : undefined,
    collectionId: view.collection || undefined,
    stock: view.stock || undefined,
    sort: view.sort,
    dir: view.dir,
    page: view.page,
    perPage: view.per,
  };
}

/** True when the merchant narrowed the list (so "no products" means "no matches"). */
export function isFiltered(view: ListView): boolean {
  return !!(view.q || view.status || view.collection || view.stock);
}

/**
 * The address of the list with some settings changed. Defaults are left out so links stay
 * short; changing anything but the page goes back to page 1.
 */
export function listHref(base: string, view: ListView, change: Partial<ListView> = {}): string {
  const next = { ...view, ...change, page: change.page ?? 1 };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.status) params.set("status", next.status);
  if (next.collection) params.set("collection", next.collection);
  if (next.stock) params.set("stock", next.stock);
  if (next.sort !== "updated") params.set("sort", next.sort);
  if (next.dir !== DEFAULT_DIR[next.sort]) params.set("dir", next.dir);
  if (next.per !== 25) params.set("per", String(next.per));
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
