import { describe, expect, it } from "vitest";
import { type ExistingVariant, MAX_VARIANTS, mergeVariants, variantMatrix } from "./variants";

const SIZE = { name: "Size", values: ["S", "M", "L"] };
const COLOUR = { name: "Colour", values: ["Red", "Blue"] };

function variant(id: string, option1: string | null, option2: string | null = null, extra: Partial<ExistingVariant> = {}): ExistingVariant {
  return { id, option1, option2, option3: null, sku: `SKU-${id}`, priceAmount: 2400, compareAtAmount: null, trackStock: true, stock: 7, ...extra };
}

describe("variantMatrix", () => {
  it("lists every combination in table order with readable titles", () => {
    const rows = variantMatrix([SIZE, COLOUR]);
    expect(rows.map((r) => r.title)).toEqual(["S / Red", "S / Blue", "M / Red", "M / Blue", "L / Red", "L / Blue"]);
    expect(rows[3]).toEqual({ title: "M / Blue", option1: "M", option2: "Blue", option3: null, position: 3 });
  });

  it("gives a product without options its single Default variant", () => {
    expect(variantMatrix([])).toEqual([{ title: "Default", option1: null, option2: null, option3: null, position: 0 }]);
  });

  it("handles three options", () => {
    const rows = variantMatrix([SIZE, COLOUR, { name: "Fit", values: ["Slim", "Loose"] }]);
    expect(rows).toHaveLength(12);
    expect(rows[0].title).toBe("S / Red / Slim");
  });

  it("refuses more than three options, empty or repeated values, and oversized matrices", () => {
    expect(() => variantMatrix([SIZE, COLOUR, SIZE, COLOUR])).toThrow(RangeError);
    expect(() => variantMatrix([{ name: "Size", values: [] }])).toThrow(RangeError);
    expect(() => variantMatrix([{ name: "Size", values: ["S", "S"] }])).toThrow(RangeError);
    const fifty = Array.from({ length: 50 }, (_, i) => `v${i}`);
    expect(() => variantMatrix([{ name: "A", values: fifty }, { name: "B", values: fifty }])).toThrow(RangeError); // 2500 > MAX_VARIANTS
    expect(MAX_VARIANTS).toBeGreaterThanOrEqual(100);
  });
});

describe("mergeVariants", () => {
  it("keeps id, price, stock and SKU of combinations that still exist and adds the new ones", () => {
    const existing = [variant("s", "S", null, { stock: 3, priceAmount: 2000 }), variant("m", "M", null, { stock: 9 })];
    const { variants, added, removed } = mergeVariants(existing, variantMatrix([{ name: "Size", values: ["S", "M", "XL"] }]));
    expect(variants.map((v) => [v.title, v.id, v.stock, v.sku])).toEqual([
      ["S", "s", 3, "SKU-s"],
      ["M", "m", 9, "SKU-m"],
      ["XL", null, 0, null],
    ]);
    expect(variants[2].priceAmount).toBe(2000); // new variants start at the first kept variant's price
    expect(added.map((r) => r.title)).toEqual(["XL"]);
    expect(removed).toEqual([]);
  });

  it("lists the variants of removed values so the UI can warn before stock disappears", () => {
    const existing = [variant("s", "S"), variant("m", "M"), variant("l", "L")];
    const { variants, removed } = mergeVariants(existing, variantMatrix([{ name: "Size", values: ["M", "L"] }]));
    expect(variants.map((v) => v.id)).toEqual(["m", "l"]);
    expect(removed.map((v) => v.id)).toEqual(["s"]);
  });

  it("moves existing variants to the first value of an added option, keeping their stock", () => {
    const existing = [variant("s", "S", null, { stock: 4 }), variant("m", "M", null, { stock: 5 })];
    const { variants, removed } = mergeVariants(existing, variantMatrix([{ name: "Size", values: ["S", "M"] }, COLOUR]), {
      previousOptionNames: ["Size"],
      optionNames: ["Size", "Colour"],
    });
    expect(variants.map((v) => [v.title, v.id, v.stock])).toEqual([
      ["S / Red", "s", 4],
      ["S / Blue", null, 0],
      ["M / Red", "m", 5],
      ["M / Blue", null, 0],
    ]);
    expect(removed).toEqual([]);
  });

  it("turns the Default variant into the first combination when options are added", () => {
    const { variants } = mergeVariants([variant("d", null, null, { stock: 12 })], variantMatrix([SIZE]));
    expect(variants[0]).toMatchObject({ title: "S", id: "d", stock: 12 });
  });

  it("follows options by name when the merchant reorders them", () => {
    const existing = [variant("mr", "M", "Red", { stock: 1 }), variant("mb", "M", "Blue", { stock: 2 })];
    const { variants, removed } = mergeVariants(existing, variantMatrix([COLOUR, { name: "Size", values: ["M"] }]), {
      previousOptionNames: ["Size", "Colour"],
      optionNames: ["Colour", "Size"],
    });
    expect(variants.map((v) => [v.title, v.id, v.stock])).toEqual([
      ["Red / M", "mr", 1],
      ["Blue / M", "mb", 2],
    ]);
    expect(removed).toEqual([]);
  });

  it("keeps the first variant when removing an option collapses several into one", () => {
    const existing = [variant("mr", "M", "Red", { stock: 1 }), variant("mb", "M", "Blue", { stock: 2 })];
    const { variants, removed } = mergeVariants(existing, variantMatrix([{ name: "Size", values: ["M"] }]), {
      previousOptionNames: ["Size", "Colour"],
      optionNames: ["Size"],
    });
    expect(variants.map((v) => [v.title, v.id, v.stock])).toEqual([["M", "mr", 1]]);
    expect(removed.map((v) => v.id)).toEqual(["mb"]);
  });

  it("prices a brand-new product's variants with the default given", () => {
    const { variants } = mergeVariants([], variantMatrix([SIZE]), { defaultPriceAmount: 1500 });
    expect(variants.every((v) => v.priceAmount === 1500 && v.id === null && v.trackStock)).toBe(true);
  });
});
