import { describe, expect, it } from "vitest";
import { type ExistingVariant, type ProductOptionInput, MAX_VARIANTS, linkOptions, mergeVariants, variantMatrix } from "./variants";

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
    expect(() =>
      variantMatrix([
        { name: "A", values: fifty },
        { name: "B", values: fifty },
      ]),
    ).toThrow(RangeError); // 2500 > MAX_VARIANTS
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
    const next = [{ name: "Size", values: ["S", "M"] }, COLOUR];
    const { variants, removed } = mergeVariants(existing, variantMatrix(next), { links: linkOptions([{ name: "Size", values: ["S", "M"] }], next).links });
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
    const next = [COLOUR, { name: "Size", values: ["M"] }];
    const { variants, removed } = mergeVariants(existing, variantMatrix(next), { links: linkOptions([SIZE, COLOUR], next).links });
    expect(variants.map((v) => [v.title, v.id, v.stock])).toEqual([
      ["Red / M", "mr", 1],
      ["Blue / M", "mb", 2],
    ]);
    expect(removed).toEqual([]);
  });

  it("keeps the first variant when removing an option collapses several into one", () => {
    const existing = [variant("mr", "M", "Red", { stock: 1 }), variant("mb", "M", "Blue", { stock: 2 })];
    const next = [{ name: "Size", values: ["M"] }];
    const { variants, removed } = mergeVariants(existing, variantMatrix(next), { links: linkOptions([SIZE, COLOUR], next).links });
    expect(variants.map((v) => [v.title, v.id, v.stock])).toEqual([["M", "mr", 1]]);
    expect(removed.map((v) => v.id)).toEqual(["mb"]);
  });

  it("prices a brand-new product's variants with the default given", () => {
    const { variants } = mergeVariants([], variantMatrix([SIZE]), { defaultPriceAmount: 1500 });
    expect(variants.every((v) => v.priceAmount === 1500 && v.id === null && v.trackStock)).toBe(true);
  });
});

describe("renames (linkOptions + mergeVariants)", () => {
  const saved = [SIZE, COLOUR];
  const existing = [
    variant("sr", "S", "Red", { stock: 1 }),
    variant("sb", "S", "Blue", { stock: 2 }),
    variant("mr", "M", "Red", { stock: 3 }),
    variant("mb", "M", "Blue", { stock: 4 }),
  ];
  const merge = (next: ProductOptionInput[]) => {
    const { links, errors } = linkOptions(saved, next);
    expect(errors).toEqual({});
    return mergeVariants(existing, variantMatrix(next), { links });
  };
  const from = (option: { name: string; values: string[] }, values: (string | null)[] = option.values) => ({ name: option.name, values });

  it("keeps every variant when an option's name changes", () => {
    const { variants, removed } = merge([
      { ...SIZE, values: ["S", "M"], from: from(SIZE, ["S", "M"]) },
      { name: "Color", values: ["Red", "Blue"], from: from(COLOUR) },
    ]);
    expect(variants.map((v) => [v.title, v.id, v.stock])).toEqual([
      ["S / Red", "sr", 1],
      ["S / Blue", "sb", 2],
      ["M / Red", "mr", 3],
      ["M / Blue", "mb", 4],
    ]);
    expect(removed).toEqual([]);
  });

  it("keeps the variants of a renamed value, with their SKU and stock, under the new title", () => {
    const { variants, removed, added } = merge([
      { name: "Size", values: ["S", "M"], from: from(SIZE, ["S", "M"]) },
      { name: "Colour", values: ["Red", "Navy"], from: from(COLOUR, ["Red", "Blue"]) },
    ]);
    expect(variants.map((v) => [v.title, v.id, v.sku, v.stock])).toEqual([
      ["S / Red", "sr", "SKU-sr", 1],
      ["S / Navy", "sb", "SKU-sb", 2],
      ["M / Red", "mr", "SKU-mr", 3],
      ["M / Navy", "mb", "SKU-mb", 4],
    ]);
    expect([removed, added]).toEqual([[], []]);
  });

  it("renames and adds in one save: the renamed value keeps its variants, the added one gets new ones", () => {
    const { variants, removed } = merge([
      { name: "Size", values: ["S", "M"], from: from(SIZE, ["S", "M"]) },
      { name: "Color", values: ["Crimson", "Blue", "Green"], from: from(COLOUR, ["Red", "Blue", null]) },
    ]);
    expect(variants.map((v) => [v.title, v.id])).toEqual([
      ["S / Crimson", "sr"],
      ["S / Blue", "sb"],
      ["S / Green", null],
      ["M / Crimson", "mr"],
      ["M / Blue", "mb"],
      ["M / Green", null],
    ]);
    expect(removed).toEqual([]);
  });

  it("swaps two values' names: each variant follows its own value", () => {
    const { variants } = merge([
      { name: "Size", values: ["S", "M"], from: from(SIZE, ["S", "M"]) },
      { name: "Colour", values: ["Blue", "Red"], from: from(COLOUR, ["Red", "Blue"]) },
    ]);
    expect(variants.map((v) => [v.title, v.id, v.stock])).toEqual([
      ["S / Blue", "sr", 1],
      ["S / Red", "sb", 2],
      ["M / Blue", "mr", 3],
      ["M / Red", "mb", 4],
    ]);
  });

  it("follows options and values reordered, renamed or not", () => {
    const { variants, removed } = merge([
      { name: "Color", values: ["Blue", "Red"], from: from(COLOUR, ["Blue", "Red"]) },
      { name: "Size", values: ["M", "S"], from: from(SIZE, ["M", "S"]) },
    ]);
    expect(variants.map((v) => [v.title, v.id, v.position])).toEqual([
      ["Blue / M", "mb", 0],
      ["Blue / S", "sb", 1],
      ["Red / M", "mr", 2],
      ["Red / S", "sr", 3],
    ]);
    expect(removed).toEqual([]);
  });

  it("still removes the variants of a removed value, and lets a value that comes back under its name keep them", () => {
    const gone = merge([
      { name: "Size", values: ["S"], from: from(SIZE, ["S"]) },
      { ...COLOUR, from: from(COLOUR) },
    ]);
    expect(gone.removed.map((v) => v.id)).toEqual(["mr", "mb"]);
    const back = merge([
      { name: "Size", values: ["S", "M"], from: from(SIZE, ["S", null]) },
      { ...COLOUR, from: from(COLOUR) },
    ]);
    expect(back.removed).toEqual([]);
  });

  it("a value renamed to a name another saved value had doesn't take that value's variants", () => {
    // Red is now called Blue; the old Blue is not in the list any more: its variants go.
    const { variants, removed } = merge([
      { name: "Size", values: ["S", "M"], from: from(SIZE, ["S", "M"]) },
      { name: "Colour", values: ["Blue"], from: from(COLOUR, ["Red"]) },
    ]);
    expect(variants.map((v) => [v.title, v.id])).toEqual([
      ["S / Blue", "sr"],
      ["M / Blue", "mr"],
    ]);
    expect(removed.map((v) => v.id)).toEqual(["sb", "mb"]);
  });

  it("refuses a value continued twice (its variants would collide) and names what changed meanwhile", () => {
    const twice = linkOptions(saved, [
      { ...SIZE, values: ["S", "M"] },
      { name: "Colour", values: ["Navy", "Teal"], from: from(COLOUR, ["Blue", "Blue"]) },
    ]);
    expect(twice.errors).toEqual({ "options.1.values": "Navy and Teal can't both continue Blue: each would keep its variants" });
    expect(twice.stale).toBe(false);
    const option = linkOptions(saved, [{ name: "Fit", values: ["S"], from: { name: "Sizes", values: ["S"] } }]);
    expect(option.errors["options.0.name"]).toMatch(/Sizes is no longer an option/);
    const value = linkOptions(saved, [{ name: "Size", values: ["XL"], from: { name: "Size", values: ["XS"] } }]);
    expect([value.errors["options.0.values"], value.stale]).toEqual(["XS is no longer a value of Size: reload the page and try again", true]);
    expect(
      linkOptions(saved, [
        { ...SIZE, from: from(SIZE) },
        { name: "Fit", values: ["S"], from: from(SIZE) },
      ]).errors["options.1.name"],
    ).toMatch(/Only one option/);
  });
});
