import { describe, expect, it } from "vitest";
import { type ProductForm, errorSlot, errorsBySlot, readProductForm } from "./product-form";

const variant = (over: Partial<ProductForm["variants"][number]> = {}) => ({
  option1: null,
  option2: null,
  option3: null,
  sku: "",
  price: "12.50",
  compareAt: "",
  stock: "3",
  trackStock: true,
  ...over,
});

function form(over: Partial<ProductForm> = {}): ProductForm {
  return {
    title: "Tee",
    handle: "",
    descriptionMd: "",
    status: "DRAFT",
    tags: "",
    lowStockThreshold: "5",
    options: [],
    variants: [variant()],
    images: [],
    ...over,
  };
}

describe("readProductForm", () => {
  it("converts typed prices exactly, in the shop's currency", () => {
    const eur = readProductForm(form({ variants: [variant({ price: "0.29", compareAt: "1.10" })] }), "EUR", "create");
    expect(eur.errors).toEqual({});
    expect(eur.input.variants).toMatchObject([{ priceAmount: 29, compareAtAmount: 110, stock: 3 }]);
    expect(readProductForm(form({ variants: [variant({ price: "1200" })] }), "JPY", "create").input.variants?.[0].priceAmount).toBe(1200);
  });

  it("names a price with too many decimals or a currency sign next to its field", () => {
    const { errors } = readProductForm(
      form({
        variants: [variant(), variant({ option1: "M", price: "12.345" }), variant({ option1: "L", price: "€5" })],
        options: [{ name: "Size", values: ["S", "M", "L"] }],
      }),
      "EUR",
      "create",
    );
    expect(errors["variants.1.priceAmount"]).toBe("EUR amounts have at most 2 decimals, like 12.50");
    expect(errors["variants.2.priceAmount"]).toBe("Enter a price like 12.50, without the currency sign");
    expect(readProductForm(form({ variants: [variant({ price: "5.5" })] }), "JPY", "create").errors["variants.0.priceAmount"]).toBe(
      "JPY amounts have no decimals, like 1250",
    );
  });

  it("sends stock only when given: null keeps what the shop has", () => {
    const { input } = readProductForm(form({ variants: [variant({ stock: null })] }), "EUR", "update");
    expect(input.variants?.[0]).not.toHaveProperty("stock", expect.anything());
    expect(readProductForm(form({ variants: [variant({ stock: "-1" })] }), "EUR", "update").errors["variants.0.stock"]).toMatch(/whole number/);
  });

  it("reports the catalogue's own rules with their field keys, all at once", () => {
    const { errors } = readProductForm(
      form({
        title: " ",
        tags: "a, b",
        lowStockThreshold: "x",
        options: [{ name: "Size", values: ["S", "M"] }],
        variants: [variant({ option1: "S", sku: "X" }), variant({ option1: "M", sku: "X" })],
      }),
      "EUR",
      "create",
    );
    expect(errors).toMatchObject({
      title: "Enter a title",
      lowStockThreshold: "Enter a whole number, like 5",
      "variants.1.sku": expect.stringMatching(/SKU X is already used/),
    });
  });

  it("makes the handle from the title on create, but asks for one on update", () => {
    expect(readProductForm(form(), "EUR", "create").errors).toEqual({});
    expect(readProductForm(form(), "EUR", "update").errors.handle).toMatch(/Enter a handle/);
  });

  it("splits tags on commas", () => {
    expect(readProductForm(form({ tags: " summer, , Cotton ,summer" }), "EUR", "create").input.tags).toEqual(["summer", "Cotton", "summer"]);
  });
});

describe("errorSlot", () => {
  it("puts each message where the editor shows it", () => {
    expect(errorSlot("variants.2.sku")).toBe("variants.2.sku");
    expect(errorSlot("variants.2.option1")).toBe("variants.2");
    expect(errorSlot("options.1.values.3")).toBe("options.1.values");
    expect(errorSlot("options.1")).toBe("options.1.name");
    expect(errorSlot("tags.4")).toBe("tags");
    expect(errorSlot("images.0.alt")).toBe("images.0");
    expect(errorSlot("ids")).toBe("form");
    expect(errorSlot("form")).toBe("form");
  });

  it("keeps the first message per place", () => {
    expect(errorsBySlot({ "tags.1": "first", "tags.2": "second", title: "t" })).toEqual({ tags: "first", title: "t" });
  });
});
