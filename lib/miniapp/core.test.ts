// runtime/core.js as the packages run it (a CommonJS module): its ICU message subset on the
// real catalogues, money in minor units, and the language it picks.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import zhCN from "@/lib/i18n/messages/zh-CN.json";

type Core = {
  formatMessage: (pattern: string, values: Record<string, unknown>, locale: string) => string;
  money: (amount: number, currency: string, locale: string) => string;
  pickLocale: (preferred: string, config: { locales: string[]; defaultLocale: string }) => string;
  createApp: (host: unknown, config: unknown, catalogues: unknown) => { pages: Record<string, PageDefinition> };
};
type PageDefinition = { data: Record<string, unknown>; onLoad: (query?: unknown) => Promise<void> } & Record<string, unknown>;

// Loaded the way WeChat and Alipay load it: module.exports, no globals.
const source = readFileSync(path.join(import.meta.dirname, "runtime/core.js"), "utf8");
const loaded = { exports: {} as Core };
new Function("module", "require", source)(loaded, createRequire(import.meta.url));
const core = loaded.exports;

describe("messages", () => {
  it("formats plurals, selects and arguments as the storefront's catalogues write them", () => {
    expect(core.formatMessage(en.cart.linkWithCount, { count: 1 }, "en")).toBe("Cart, 1 item");
    expect(core.formatMessage(en.cart.linkWithCount, { count: 3 }, "en")).toBe("Cart, 3 items");
    expect(core.formatMessage(en.home.productCount, { count: 0 }, "en")).toBe("No products");
    // French counts 0 and 1 as "one".
    expect(core.formatMessage(fr.cart.linkWithCount, { count: 0 }, "fr")).toBe("Panier, 0 article");
    expect(core.formatMessage(fr.cart.linkWithCount, { count: 2 }, "fr")).toBe("Panier, 2 articles");
    expect(core.formatMessage(en.orders.status, { status: "PAID" }, "en")).toBe("Paid");
    // The order page's delivery line (runtime/core.js upper-cases the API's "delivered").
    expect(core.formatMessage(en.orders.fulfillment, { status: "DELIVERED" }, "en")).toBe("Delivered");
    expect(core.formatMessage(zhCN.orders.fulfillment, { status: "DELIVERED" }, "zh-CN")).not.toBe(
      core.formatMessage(zhCN.orders.fulfillment, { status: "X" }, "zh-CN"),
    );
    expect(core.formatMessage(zhCN.orders.number, { number: 1042 }, "zh-CN")).toContain("1042");
    expect(core.formatMessage(en.search.resultsFor, { query: "tea" }, "en")).toBe("Results for “tea”");
    expect(core.formatMessage("{missing}", {}, "en")).toBe("{missing}");
  });
});

describe("money and language", () => {
  it("turns minor units into the currency's format", () => {
    expect(core.money(2450, "EUR", "en")).toBe("€24.50");
    expect(core.money(2450, "JPY", "en")).toBe("¥2,450");
    expect(core.money(2450, "EUR", "fr")).toMatch(/^24,50\s€$/);
  });

  it("picks the shopper's language when the shop offers it, else the shop's own", () => {
    const config = { locales: ["en", "fr", "zh-CN"], defaultLocale: "fr" };
    expect(core.pickLocale("zh_CN", config)).toBe("zh-CN");
    expect(core.pickLocale("en-GB", config)).toBe("en");
    expect(core.pickLocale("de-DE", config)).toBe("fr");
    expect(core.pickLocale("", config)).toBe("fr");
  });
});

describe("the checkout page", () => {
  it("keeps what the shopper typed while the cart was loading (a slow answer used to blank the fields)", async () => {
    let answerCart!: (cart: unknown) => void;
    const host = {
      language: () => "en",
      storage: { get: (key: string) => (key.startsWith("minishop.cart.") ? "cart-token" : ""), set: () => {}, remove: () => {} },
      setTitle: () => {},
      request: ({ method, url }: { method: string; url: string }) =>
        method === "GET" && url.endsWith("/cart") ? new Promise((resolve) => (answerCart = (data) => resolve({ status: 200, data }))) : new Promise(() => {}),
    };
    const config = {
      apiBase: "https://shop.example",
      shop: "demo",
      cartHeader: "Minishop-Cart",
      currency: "EUR",
      locales: ["en"],
      defaultLocale: "en",
      countries: [],
    };
    const definition = core.createApp(host, config, { en }).pages.checkout!;
    // A page as the runtimes make one: the definition's handlers, its own copy of data, setData merging.
    const page = { ...definition, data: structuredClone(definition.data) } as PageDefinition & { setData: (patch: Record<string, unknown>) => void };
    page.setData = (patch) => Object.assign(page.data, patch);

    const loaded = page.onLoad.call(page, {});
    (page.typeEmail as (e: unknown) => void).call(page, { detail: { value: "ada@example.test" } });
    (page.typeAddress as (e: unknown) => void).call(page, { currentTarget: { dataset: { field: "city" } }, detail: { value: "Paris" } });
    await vi.waitFor(() => expect(answerCart).toBeTypeOf("function"));
    answerCart({ id: "c1", email: null, shippingAddress: { name: "Ada Lovelace", city: "" }, lines: [], subtotal: { amount: 0, currency: "EUR" } });
    await loaded;

    expect(page.data).toMatchObject({ loading: false, error: "" });
    expect(page.data.email).toBe("ada@example.test");
    expect(page.data.address).toEqual({ name: "Ada Lovelace", city: "Paris" });
  });
});
