import { describe, expect, it } from "vitest";
import { asAppError, matchesEtag, readBody } from "./http";
import { apiLocale, parseListSegments, storefrontApiRewrites } from "./rewrites";
import { normaliseOrigin } from "@/lib/shops/origins";

describe("ETags", () => {
  it("are the same for the same body and match If-None-Match lists, weak or strong", () => {
    const { etag } = readBody({ a: 1 });
    expect(readBody({ a: 1 }).etag).toBe(etag);
    expect(readBody({ a: 2 }).etag).not.toBe(etag);
    expect(matchesEtag(`"x", W/${etag}`, etag)).toBe(true);
    expect(matchesEtag("*", etag)).toBe(true);
    expect(matchesEtag('"other"', etag)).toBe(false);
    expect(matchesEtag(null, etag)).toBe(false);
  });
});

describe("errors of other domains", () => {
  it("become AppErrors with their code and fields; bugs stay bugs", () => {
    const legacy = Object.assign(new Error("x"), { name: "CheckoutError", code: "out_of_stock", fields: { "lines.1": "Only 2 left" } });
    expect(asAppError(legacy)).toMatchObject({ code: "out_of_stock", status: 409, fields: { "lines.1": "Only 2 left" } });
    const bug = new TypeError("boom");
    expect(asAppError(bug)).toBe(bug);
  });
});

describe("the rewrites' rules", () => {
  it("tell the language by the first tag of Accept-Language", () => {
    expect(apiLocale("fr-CA,en;q=0.8")).toBe("fr");
    expect(apiLocale("zh-TW")).toBe("zh-CN");
    expect(apiLocale("de,fr;q=0.9")).toBe("en");
    expect(apiLocale(null)).toBe("en");
    // The rewrite's regex for French agrees.
    const fr = storefrontApiRewrites().find((r) => "has" in r && r.has?.some((h) => h.key === "accept-language" && h.value?.includes("[Ff]")));
    const value = fr!.has!.find((h) => h.key === "accept-language")!.value!;
    for (const header of ["fr", "fr-FR,fr;q=0.9", " FR-ca , en"]) expect(new RegExp(`^${value}$`).test(header), header).toBe(true);
    for (const header of ["en,fr", "de-fr", "french"]) expect(new RegExp(`^${value}$`).test(header), header).toBe(false);
  });

  it("read back exactly the list segments they write", () => {
    expect(parseListSegments(["collection=bags", "limit=20"])).toEqual({ collection: "bags", limit: "20" });
    expect(parseListSegments([])).toEqual({});
    expect(parseListSegments(["limit=20", "collection=bags"])).toBeNull(); // out of order
    expect(parseListSegments(["limit=51"])).toBeNull();
    expect(parseListSegments(["q=x"])).toBeNull();
  });
});

describe("normaliseOrigin", () => {
  it("keeps scheme://host[:port] only", () => {
    expect(normaliseOrigin("https://Shop.Example:443/")).toBe("https://shop.example");
    expect(normaliseOrigin("http://localhost:5173")).toBe("http://localhost:5173");
    for (const bad of ["shop.example", "https://a.example/p", "https://a.example/?x", "https://a.example#x", "data:text/html,x", "https://u@a.example"]) {
      expect(normaliseOrigin(bad), bad).toBeNull();
    }
  });
});
