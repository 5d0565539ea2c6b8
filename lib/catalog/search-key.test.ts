import { describe, expect, it } from "vitest";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { matchHas, prepareDestination } from "next/dist/shared/lib/router/utils/prepare-destination";
import { isCacheable, normaliseQuery, normaliseSearch, parseSearchSegments, searchHref, searchRewrites, searchSegments } from "./search-key";

/** Where Next's router sends a storefront address, applying searchRewrites() with Next's own matchers, in order, as `next start` does. */
function rewrite(address: string): string {
  const url = new URL(address, "http://shop.test");
  let pathname = url.pathname;
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) query[key] = key in query ? [query[key]!].flat().concat(value) : value;
  for (const rule of searchRewrites()) {
    const params = getPathMatch(rule.source, { strict: true, removeUnnamedParams: true })(pathname);
    if (!params) continue;
    const conditions = matchHas({ headers: {} } as never, query, "has" in rule ? rule.has : [], "missing" in rule ? rule.missing : []);
    if (!conditions) continue;
    pathname = prepareDestination({ appendParamsToQuery: true, destination: rule.destination, params: { ...params, ...conditions }, query: { ...query } })
      .parsedDestination.pathname!;
  }
  return pathname;
}

describe("normaliseSearch", () => {
  it("makes searches typed differently the same search", () => {
    expect(normaliseQuery("  Linen \t  TOTE  bag ")).toBe("linen tote bag");
    const typed = normaliseSearch({ page: "2", sort: "price_asc", q: " Linen  Tote", max: " 30 ", collection: "Bags ", min: "10" });
    const again = normaliseSearch({ q: "linen tote", collection: "bags", min: "10", max: "30", sort: "price_asc", page: "2" });
    expect(typed).toEqual(again);
    expect(typed).toEqual({ q: "linen tote", collection: "bags", min: "10", max: "30", sort: "price_asc", page: 2 });
    // Filters always in the same order, defaults left out.
    expect(searchHref("demo", typed)).toBe("/s/demo/search?q=linen+tote&collection=bags&min=10&max=30&sort=price_asc&page=2");
    expect(searchHref("demo", normaliseSearch({ q: "Mug", sort: "relevance", page: "1", min: "" }))).toBe("/s/demo/search?q=mug");
  });

  it("keeps what full-text search reads: phrases, exclusions, accents, any script", () => {
    expect(normaliseQuery('"Cotton T-Shirt"  -Navy')).toBe('"cotton t-shirt" -navy');
    expect(normaliseQuery("Crème  Brûlée")).toBe("crème brûlée");
    expect(normaliseQuery("緑茶 マグカップ")).toBe("緑茶 マグカップ");
  });

  it("cuts long queries and rejects pages that don't exist", () => {
    expect(normaliseQuery(`${"a".repeat(199)} b`)).toBe("a".repeat(199));
    expect(normaliseSearch({ page: "0" }).page).toBeNull();
    expect(normaliseSearch({ page: "1001" }).page).toBeNull();
    expect(normaliseSearch({ page: "x" }).page).toBeNull();
    expect(normaliseSearch({ sort: "cheapest" }).sort).toBe("relevance");
    expect(normaliseSearch({ q: ["first", "Last"] }).q).toBe("last"); // the last, as Next's rewrites read it
  });
});

describe("the cached search page's address", () => {
  it("turns a canonical search into the cached page's path, and back", () => {
    expect(rewrite("/s/demo/search?q=linen")).toBe("/s/demo/search/results/q=linen");
    expect(rewrite("/s/demo/search?sort=price_asc&q=tote+bag&min=10&page=3")).toBe("/s/demo/search/results/q=tote bag/min=10/sort=price_asc/page=3");
    expect(rewrite("/s/demo/search")).toBe("/s/demo/search/results");
    expect(rewrite("/s/demo/search?q=caf%C3%A9&utm_source=mail")).toBe("/s/demo/search/results/q=café");
    // Empty fields of the filter form count as absent.
    expect(rewrite("/s/demo/search?q=mug&collection=&min=&max=")).toBe("/s/demo/search/results/q=mug");

    const search = normaliseSearch({ q: "tote bag", min: "10", sort: "price_asc", page: "3" });
    expect(parseSearchSegments(searchSegments(search))).toEqual(search);
  });

  it("leaves a search typed another way to the page that redirects to the canonical address", () => {
    for (const address of [
      "/s/demo/search?q=Linen",
      "/s/demo/search?q=linen+",
      "/s/demo/search?q=tote++bag",
      "/s/demo/search?q=mug&page=1",
      "/s/demo/search?q=mug&sort=relevance",
    ]) {
      expect(rewrite(address)).toBe("/s/demo/search");
      const search = normaliseSearch(Object.fromEntries(new URL(address, "http://shop.test").searchParams));
      expect(isCacheable(search)).toBe(true);
      expect(rewrite(searchHref("demo", search))).toMatch(/^\/s\/demo\/search\/results/);
    }
  });

  it("renders per request what a path can't carry, and never takes it as another search", () => {
    for (const q of ["a/b", "50%", "what?", "#1", "back\\slash", "x".repeat(71)]) {
      const search = normaliseSearch({ q });
      expect(isCacheable(search)).toBe(false);
      expect(rewrite(searchHref("demo", search))).toBe("/s/demo/search");
    }
    // A mix of a cacheable query and a filter that isn't: nothing is rewritten, so no filter is lost.
    expect(rewrite("/s/demo/search?q=mug&min=ten")).toBe("/s/demo/search");
  });

  it("accepts only the segments the rewrites produce", () => {
    expect(parseSearchSegments(["q=mug", "min=10"])).toMatchObject({ q: "mug", min: "10" });
    expect(parseSearchSegments(["min=10", "q=mug"])).toBeNull(); // out of order
    expect(parseSearchSegments(["q=mug", "q=cup"])).toBeNull();
    expect(parseSearchSegments(["q=Mug"])).toBeNull(); // not canonical
    expect(parseSearchSegments(["page=1"])).toBeNull();
    expect(parseSearchSegments(["colour=red"])).toBeNull();
    expect(parseSearchSegments([])).toEqual(normaliseSearch({}));
  });
});
