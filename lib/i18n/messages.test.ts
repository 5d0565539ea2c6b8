import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import zhCN from "./messages/zh-CN.json";
import { FulfillmentStatus, OrderStatus } from "@/lib/generated/prisma/enums";
import { closestLocale, localeFromSegment, negotiateLocale } from "./locales";

type Catalogue = Record<string, Record<string, string>>;
const catalogues: Record<string, Catalogue> = { en, fr, "zh-CN": zhCN };

/** "ns.key" for every message: the catalogues are one level of namespaces, strings below. */
function keys(catalogue: Catalogue) {
  return Object.entries(catalogue)
    .flatMap(([ns, messages]) => Object.keys(messages).map((key) => `${ns}.${key}`))
    .sort();
}

/**
 * The ICU arguments a message uses, e.g. {count} and {shop}: translations must keep them.
 * A small scanner: in message text every "{" opens an argument; the branches of a plural or
 * select ("one {…}", "DRAFT {…}") are messages again.
 */
function argumentsOf(message: string) {
  const found = new Set<string>();
  let i = 0;
  const text = (): void => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "{") argument();
      else i++;
    }
  };
  const argument = () => {
    const [head] = /^\{\s*([^,}]*?)\s*(,|\})/.exec(message.slice(i)) ?? [""];
    found.add(head.replace(/[{},\s]/g, ""));
    i += head.length;
    if (head.endsWith("}")) return;
    const type = /^\s*(\w+)\s*(,|\})/.exec(message.slice(i))!;
    i += type[0].length;
    if (type[2] === "}") return;
    while (message[i] !== "}") {
      const open = message.indexOf("{", i);
      i = open + 1;
      text(); // a branch
      i++; // its "}"
      while (/\s/.test(message[i])) i++;
    }
    i++;
  };
  text();
  return [...found].sort();
}

describe("storefront message catalogues", () => {
  it("have the same keys in English, French and Simplified Chinese", () => {
    expect(keys(catalogues.fr)).toEqual(keys(catalogues.en));
    expect(keys(catalogues["zh-CN"])).toEqual(keys(catalogues.en));
  });

  it("are flat: namespaces of non-empty strings", () => {
    for (const catalogue of Object.values(catalogues)) {
      for (const messages of Object.values(catalogue)) {
        for (const message of Object.values(messages)) expect(typeof message === "string" && message.trim().length > 0).toBe(true);
      }
    }
  });

  it("find placeholders inside plural and select branches, not the branch texts", () => {
    expect(argumentsOf("Hi {name}, {count, plural, one {# item in {place}} other {# items}} {status, select, DRAFT {a draft} other {x}}")).toEqual([
      "count",
      "name",
      "place",
      "status",
    ]);
  });

  it("keep the placeholders of the English messages", () => {
    for (const key of keys(catalogues.en)) {
      const [ns, name] = key.split(".");
      const english = argumentsOf(catalogues.en[ns][name]);
      for (const locale of ["fr", "zh-CN"]) expect([locale, key, argumentsOf(catalogues[locale][ns][name])]).toEqual([locale, key, english]);
    }
  });

  it("format every message without errors in every language", () => {
    const values = {
      count: 3,
      page: 2,
      index: 1,
      query: "tee",
      shop: "Demo",
      platform: "Minishop",
      min: "€1",
      max: "€2",
      collection: "Tees",
      currency: "EUR",
      status: "DRAFT",
      // cart, checkout, orders, mail, test payment
      number: 1001,
      item: "Tee, M",
      code: "WELCOME10",
      codes: "WELCOME10",
      total: "€1",
      rate: "Standard",
      amount: "€1",
      email: "a@example.test",
      price: "€1",
      payment: "FAILED",
      order: "CANCELLED",
      carrier: "La Poste",
      url: "https://track.example/LP1",
      // errors
      lines: 50,
      from: "PAID",
      kind: "zip",
      example: "94103",
      // after-sales requests
      n: 1,
      mb: 5,
      reason: "damaged",
      date: "2 December 2026",
    };
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      const errors: unknown[] = [];
      const t = createTranslator({ locale, messages: catalogue, timeZone: "UTC", onError: (e) => errors.push(e) });
      for (const key of keys(catalogue)) expect(t(key as never, values as never)).not.toContain("{");
      expect(errors).toEqual([]);
    }
  });
});

describe("order statuses", () => {
  // A status missing from a select falls to "other" and reads "Unknown" on the shopper's order page.
  it("name every order and fulfilment status in every language", () => {
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      const t = createTranslator({ locale, messages: catalogue, timeZone: "UTC" });
      const unknown = t("orders.status" as never, { status: "NOPE" } as never);
      for (const status of Object.values(OrderStatus)) expect([locale, status, t("orders.status" as never, { status } as never)]).not.toContain(unknown);
      for (const status of Object.values(FulfillmentStatus))
        expect([locale, status, t("orders.fulfillment" as never, { status } as never)]).not.toContain(unknown);
    }
  });
});

describe("locales", () => {
  it("maps a shop's language to the nearest supported one", () => {
    expect(closestLocale("fr-CA")).toBe("fr");
    expect(closestLocale("zh-Hans")).toBe("zh-CN");
    expect(closestLocale("zh")).toBe("zh-CN");
    expect(closestLocale("de")).toBe("en");
    expect(closestLocale("zh-CN")).toBe("zh-CN");
  });

  it("picks the supported language an Accept-Language header prefers", () => {
    expect(negotiateLocale("fr-CA,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(negotiateLocale("de-DE,de;q=0.9,zh-TW;q=0.8,en;q=0.7")).toBe("zh-CN");
    expect(negotiateLocale("en;q=0.2, fr;q=0.5")).toBe("fr");
    expect(negotiateLocale("zh-CN")).toBe("zh-CN");
    expect(negotiateLocale("de, *")).toBeNull();
    expect(negotiateLocale("fr;q=0")).toBeNull();
    expect(negotiateLocale("")).toBeNull();
    expect(negotiateLocale(null)).toBeNull();
  });

  it("reads the internal path segment: 'default' is the shop's language", () => {
    expect(localeFromSegment("default", "fr")).toBe("fr");
    expect(localeFromSegment("zh-CN", "fr")).toBe("zh-CN");
    expect(localeFromSegment("de", "fr")).toBeNull();
  });
});
