import { describe, expect, it } from "vitest";
import { createShopSchema, currencySchema, shopSettingsSchema, slugSchema, taxRateSchema, themeColorSchema } from "./schemas";
import { currencyOptions } from "./currencies";

const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("shop address (slug)", () => {
  it("accepts lower-case letters, digits and dashes, 3 to 48 long", () => {
    for (const slug of ["abc", "maya-tea", "shop-42", "a".repeat(48), "a--b"]) expect(slugSchema.safeParse(slug).success, slug).toBe(true);
  });

  it("refuses the rest with a message the merchant can act on", () => {
    expect(message(slugSchema.safeParse(""))).toBe("Enter the shop's address");
    expect(message(slugSchema.safeParse("ab"))).toBe("Use at least 3 characters");
    expect(message(slugSchema.safeParse("a".repeat(49)))).toBe("Use at most 48 characters");
    expect(message(slugSchema.safeParse("Maya"))).toMatch(/lower-case/);
    expect(message(slugSchema.safeParse("maya tea"))).toMatch(/lower-case/);
    expect(message(slugSchema.safeParse("café"))).toMatch(/lower-case/);
    expect(message(slugSchema.safeParse("-maya"))).toBe("Start and end with a letter or a digit");
    expect(message(slugSchema.safeParse("maya-"))).toBe("Start and end with a letter or a digit");
  });

  it("refuses reserved addresses", () => {
    for (const slug of ["new", "admin", "api", "dashboard", "uploads", "sign-in"]) {
      expect(message(slugSchema.safeParse(slug)), slug).toBe("This address is reserved: choose another one");
    }
  });
});

describe("currency", () => {
  it("accepts ISO 4217 codes the runtime knows, in any case", () => {
    expect(currencySchema.parse("EUR")).toBe("EUR");
    expect(currencySchema.parse("jpy")).toBe("JPY");
  });

  it("refuses anything else", () => {
    for (const code of ["", "EU", "EURO", "XYZ", "€", "E1R"]) expect(currencySchema.safeParse(code).success, code).toBe(false);
  });

  it("lists common currencies first, each once", () => {
    const { common, others } = currencyOptions();
    expect(common.slice(0, 3).map((c) => c.code)).toEqual(["EUR", "USD", "GBP"]);
    const codes = [...common, ...others].map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(common[0]!.label).toBe("EUR · Euro");
  });
});

describe("theme colour", () => {
  it("accepts #rgb and #rrggbb, stored as lower-case #rrggbb", () => {
    expect(themeColorSchema.parse("#0F766E")).toBe("#0f766e");
    expect(themeColorSchema.parse(" #abc ")).toBe("#aabbcc");
  });

  it("refuses names, missing # and other lengths", () => {
    for (const value of ["red", "0f766e", "#0f766", "#0f766e0", "#ggg", "url(x)", ""]) expect(themeColorSchema.safeParse(value).success, value).toBe(false);
  });
});

describe("tax rate", () => {
  it("turns a percentage into basis points without float errors", () => {
    expect(taxRateSchema.parse("20")).toBe(2000);
    expect(taxRateSchema.parse("5.5")).toBe(550);
    expect(taxRateSchema.parse("7,25")).toBe(725);
    expect(taxRateSchema.parse("0")).toBe(0);
    expect(taxRateSchema.parse(19.6)).toBe(1960);
    expect(taxRateSchema.parse("100")).toBe(10000);
  });

  it("refuses more than 100 %, negatives, three decimals and text", () => {
    for (const value of ["100.01", "-5", "5.555", "twenty", "", "1e2"]) expect(taxRateSchema.safeParse(value).success, value).toBe(false);
  });
});

describe("forms", () => {
  it("opening a shop needs a name, an address, a currency and a contact email", () => {
    const result = createShopSchema.safeParse({ defaultLocale: "en" });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(["name", "slug", "currency", "contactEmail"]));
  });

  it("only knows the three storefront languages", () => {
    const base = { name: "Maya", slug: "maya", currency: "EUR", contactEmail: "maya@example.com" };
    expect(createShopSchema.safeParse({ ...base, defaultLocale: "zh-CN" }).success).toBe(true);
    expect(createShopSchema.safeParse({ ...base, defaultLocale: "de" }).success).toBe(false);
  });

  it("reads settings from a form: checkbox, tax rate, pictures; ignores a smuggled shop id", () => {
    const form = {
      name: "Maya",
      contactEmail: "maya@example.com",
      themeColor: "#123456",
      defaultLocale: "fr",
      currency: "EUR",
      taxRatePercent: "5.5",
      logoUrl: "/uploads/images/0123456789abcdef0123456789abcdef.webp",
      bannerUrl: "",
      shopId: "someone-elses-shop",
    };
    const settings = shopSettingsSchema.parse(form);
    expect(settings).toMatchObject({ taxRateBps: 550, pricesIncludeTax: false, bannerUrl: null, description: "", shippingPolicy: "" });
    expect(settings).not.toHaveProperty("shopId");
    expect(shopSettingsSchema.parse({ ...form, pricesIncludeTax: "on" }).pricesIncludeTax).toBe(true);
    expect(shopSettingsSchema.parse({ ...form, logoUrl: undefined }).logoUrl).toBeUndefined(); // left out: kept as it is
  });

  it("accepts only our own uploaded pictures as logo and banner", () => {
    const base = { name: "Maya", contactEmail: "maya@example.com", themeColor: "#123456", defaultLocale: "en", currency: "EUR", taxRatePercent: "0" };
    for (const logoUrl of ["https://evil.example/x.png", "javascript:alert(1)", "/uploads/../secret", "data:image/png;base64,AAAA"]) {
      expect(shopSettingsSchema.safeParse({ ...base, logoUrl }).success, logoUrl).toBe(false);
    }
  });
});
