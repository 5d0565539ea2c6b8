// How public reads of the Storefront API are served from Next's full-route cache (see
// docs/decisions/0011-storefront-api.md). A read that carries no Origin (servers, native
// mini-programs) and no If-None-Match is rewritten (next.config.ts) to an ISR route under
// /api/storefront-cache/v1/<locale>/…, rendered once and then served from the route cache,
// tagged like the shop's pages; every other read (a browser's, with its Origin and CORS
// headers to add; a conditional one, answered 304) reaches the per-request route, which reads
// the same cached data. Both give the same body and ETag.
// No server imports: next.config.ts loads this file.
import { closestLocale, type Locale } from "../i18n/locales";

export const CACHE_BASE = "/api/storefront-cache/v1";
const API_SHOPS = "/api/storefront/v1/shops";

/**
 * The language of error messages: the FIRST language Accept-Language lists, "fr…" → fr,
 * "zh…" → zh-CN, anything else (or none) → en. Only the first, so a rewrite rule can tell it too.
 */
export function apiLocale(acceptLanguage: string | null | undefined): Locale {
  const first = acceptLanguage?.split(",")[0]?.split(";")[0]?.trim() ?? "";
  return first ? closestLocale(first) : "en";
}

// The rewrite's form of apiLocale: Accept-Language whose first tag is fr… or zh….
const FIRST_TAG = (language: string) => `\\s*(?:${language})(?:[-_][^,;]*)?\\s*(?:[,;].*)?`;
const LANGUAGES: [Locale, string][] = [
  ["fr", "[Ff][Rr]"],
  ["zh-CN", "[Zz][Hh]"],
];

/** Product-list parameters the cached form carries, and what their values may look like there. */
export const CACHED_LIST_PARAMS = {
  collection: "[a-z0-9][a-z0-9-]{0,99}",
  sort: "relevance|newest|price_asc|price_desc|collection",
  limit: "[1-9]|[1-4][0-9]|50",
  cursor: "[A-Za-z0-9_-]{4,40}",
} as const;
type ListParam = keyof typeof CACHED_LIST_PARAMS;
const LIST_PARAMS = Object.keys(CACHED_LIST_PARAMS) as ListParam[];
const cachedValue = Object.fromEntries(LIST_PARAMS.map((p) => [p, new RegExp(`^(?:${CACHED_LIST_PARAMS[p]})$`)])) as Record<ListParam, RegExp>;

/**
 * The list query a cached path's segments name (`collection=bags/limit=20`); null unless they
 * are exactly what the rewrites produce (known parameters, each once, in order, values that fit).
 */
export function parseListSegments(segments: readonly string[]): Partial<Record<ListParam, string>> | null {
  const query: Partial<Record<ListParam, string>> = {};
  let previous = -1;
  for (const segment of segments) {
    const at = segment.indexOf("=");
    const param = segment.slice(0, at) as ListParam;
    const index = LIST_PARAMS.indexOf(param);
    const value = segment.slice(at + 1);
    if (at < 0 || index <= previous || !cachedValue[param].test(value)) return null;
    previous = index;
    query[param] = value;
  }
  return query;
}

/** The config rewrites (next.config.ts, beforeFiles). */
export function storefrontApiRewrites() {
  const uncached = [
    { type: "header" as const, key: "origin" },
    { type: "header" as const, key: "if-none-match" },
  ];
  const language = (locale: Locale) => {
    const other = LANGUAGES.filter(([l]) => l !== locale).map(([, pattern]) => ({
      type: "header" as const,
      key: "accept-language",
      value: FIRST_TAG(pattern),
    }));
    const own = LANGUAGES.find(([l]) => l === locale);
    return own
      ? { has: [{ type: "header" as const, key: "accept-language", value: FIRST_TAG(own[1]) }], missing: uncached }
      : { missing: [...uncached, ...other] };
  };
  const locales: Locale[] = ["fr", "zh-CN", "en"];
  // Reads whose path is all they depend on: the shop, one product, the collections, one collection.
  const reads = [
    [`${API_SHOPS}/:slug`, "/shops/:slug"],
    [`${API_SHOPS}/:slug/:rest(products/[^/]+|collections|collections/[^/]+)`, "/shops/:slug/:rest"],
  ];
  // The product list, when every parameter given fits a path segment (a search with q never does).
  const notCached = (param: ListParam) => ({ type: "query" as const, key: param, value: `(?!(?:${CACHED_LIST_PARAMS[param]})$).*` });
  const list = `${API_SHOPS}/:slug/products`;
  return [
    ...reads.flatMap(([source, path]) => locales.map((locale) => ({ source, ...language(locale), destination: `${CACHE_BASE}/${locale}${path}` }))),
    ...locales.map((locale) => {
      const rule = language(locale);
      return {
        source: list,
        ...rule,
        missing: [...rule.missing, { type: "query" as const, key: "q" }, ...LIST_PARAMS.map(notCached)],
        destination: `${CACHE_BASE}/${locale}/shops/:slug/product-list`,
      };
    }),
    ...LIST_PARAMS.map((param) => ({
      source: `${CACHE_BASE}/:locale/shops/:slug/product-list/:segments*`,
      has: [{ type: "query" as const, key: param, value: `(?<${param}>${CACHED_LIST_PARAMS[param]})` }],
      destination: `${CACHE_BASE}/:locale/shops/:slug/product-list/:segments*/${param}=:${param}`,
    })),
  ];
}
