// One storefront search, however the shopper typed it: the query trimmed, lower-cased and with
// single spaces, the filters checked and always in the same order. Equal searches get the same
// address, so Next serves them from one cached page (app/(storefront)/…/search/results):
// searchRewrites() (next.config.ts) turns a canonical /s/<shop>/search?q=… into the path
// /s/<shop>/search/results/q=…/min=…; anything else reaches the search page, which redirects to
// the canonical address, or renders per request the few searches a path can't carry.
// No server imports: next.config.ts loads this file.

export const SEARCH_SORTS = ["relevance", "newest", "price_asc", "price_desc"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Longest query kept; the rest is cut off. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_SEARCH_PAGE = 1000;
/**
 * Longest query served from the page cache. Each query is a file name in the cache (up to 3
 * bytes a character, 255 bytes a name); longer ones are rendered per request.
 */
export const MAX_CACHED_QUERY_LENGTH = 70;

/** A search as the pages use it; `page` is null when the address asks for no valid page. */
export type NormalSearch = { q: string; collection: string; min: string; max: string; sort: SearchSort; page: number | null };

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The last value of a parameter given several times, as Next's rewrites read it too. */
function last(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[value.length - 1] : value;
  return typeof v === "string" ? v : "";
}

/** "  Linen   TOTE " → "linen tote". Lower case changes nothing for full-text search ('simple' config) nor for the typo fallback. */
export function normaliseQuery(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ").slice(0, MAX_QUERY_LENGTH).trimEnd();
}

export function normaliseSearch(input: RawSearchParams): NormalSearch {
  const sort = last(input.sort).trim();
  const page = last(input.page).trim();
  return {
    q: normaliseQuery(last(input.q)),
    collection: last(input.collection).trim().toLowerCase(),
    min: last(input.min).trim(),
    max: last(input.max).trim(),
    sort: SEARCH_SORTS.find((s) => s === sort) ?? "relevance",
    page: page === "" ? 1 : /^\d{1,4}$/.test(page) && Number(page) >= 1 && Number(page) <= MAX_SEARCH_PAGE ? Number(page) : null,
  };
}

/** The address's parameters of a search, in their fixed order, defaults left out. */
export function searchEntries(s: NormalSearch, page = s.page ?? 1): [Param, string][] {
  const entries: [Param, string][] = [
    ["q", s.q],
    ["collection", s.collection],
    ["min", s.min],
    ["max", s.max],
    ["sort", s.sort === "relevance" ? "" : s.sort],
    ["page", page > 1 ? String(page) : ""],
  ];
  return entries.filter(([, value]) => value !== "");
}

/** The canonical public address of a search (what links and redirects point at). */
export function searchHref(shopSlug: string, s: NormalSearch, page?: number): string {
  const query = new URLSearchParams(searchEntries(s, page)).toString();
  return `/s/${shopSlug}/search${query ? `?${query}` : ""}`;
}

// ---------- The cached form: /search/results/q=…/collection=… ----------

// A value as it may appear in a path segment and in a cache file name: no / ? # % \ (they'd
// change the path or its decoding), no upper case (the canonical form is lower case).
const CHAR = "[^\\s/?#%\\\\A-Z\\u00C0-\\u00DE]";

/** What each parameter looks like in a canonical address that the page cache serves. */
const CACHED_VALUE = {
  q: `(?=.{1,${MAX_CACHED_QUERY_LENGTH}}$)${CHAR}(?: ?${CHAR})*`,
  collection: "[a-z0-9]{1,60}(?:-[a-z0-9]{1,60}){0,20}",
  min: "[0-9]{1,10}(?:[.,][0-9]{1,2})?",
  max: "[0-9]{1,10}(?:[.,][0-9]{1,2})?",
  sort: "newest|price_asc|price_desc",
  page: `[2-9]|[1-9][0-9]{1,2}|${MAX_SEARCH_PAGE}`,
} as const;

type Param = keyof typeof CACHED_VALUE;
const PARAMS = Object.keys(CACHED_VALUE) as Param[];
const cachedValue = Object.fromEntries(PARAMS.map((p) => [p, new RegExp(`^(?:${CACHED_VALUE[p]})$`)])) as Record<Param, RegExp>;

/** True when the search's canonical address is rewritten to the cached page (every value fits a path). */
export function isCacheable(s: NormalSearch): boolean {
  return s.page !== null && searchEntries(s).every(([param, value]) => cachedValue[param].test(value));
}

/** The path segments after /search/results for a cacheable search. */
export function searchSegments(s: NormalSearch): string[] {
  return searchEntries(s).map(([param, value]) => `${param}=${value}`);
}

/**
 * The search a cached page's path segments name; null unless they are exactly what
 * searchRewrites() produces (canonical values, each parameter at most once, in order).
 */
export function parseSearchSegments(segments: string[]): NormalSearch | null {
  const input: RawSearchParams = {};
  let previous = -1;
  for (const segment of segments) {
    const at = segment.indexOf("=");
    const param = segment.slice(0, at) as Param;
    const index = PARAMS.indexOf(param);
    if (at < 0 || index <= previous) return null;
    previous = index;
    input[param] = segment.slice(at + 1);
  }
  const search = normaliseSearch(input);
  const same = searchSegments(search).join("/") === segments.join("/");
  return same && isCacheable(search) ? search : null;
}

/**
 * Config rewrites (next.config.ts; Next applies each on the result of the ones before, and
 * these must come before the locale rewrites): a search whose every parameter is canonical
 * goes to /s/<shop>/search/results, then each parameter present adds its segment, in order.
 * The query string stays as it was: the cached page never reads it.
 */
export function searchRewrites() {
  const notCached = (param: Param) => ({ type: "query" as const, key: param, value: `(?!(?:${CACHED_VALUE[param]})$).*` });
  return [
    { source: "/s/:shop/search", missing: PARAMS.map(notCached), destination: "/s/:shop/search/results" },
    ...PARAMS.map((param) => ({
      source: "/s/:shop/search/results/:segments*",
      has: [{ type: "query" as const, key: param, value: `(?<${param}>${CACHED_VALUE[param]})` }],
      destination: `/s/:shop/search/results/:segments*/${param}=:${param}`,
    })),
  ];
}
