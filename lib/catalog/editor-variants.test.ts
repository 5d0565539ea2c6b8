import { describe, expect, it } from "vitest";
import { type OptionDraft, type SavedProduct, type VariantRow, rebuildRows, rowFromSaved, savedMatch, variantsForForm } from "./editor-variants";

const saved: SavedProduct = {
  options: [{ name: "Size", values: ["S", "M"] }],
  variants: [
    { id: "v-s", title: "S", option1: "S", option2: null, option3: null, sku: "TEE-S", priceAmount: 1000, compareAtAmount: null, trackStock: true, stock: 4, reserved: 0 },
    { id: "v-m", title: "M", option1: "M", option2: null, option3: null, sku: null, priceAmount: 1200, compareAtAmount: 1500, trackStock: true, stock: 7, reserved: 1 },
  ],
};
const size = (values: string[], name = "Size"): OptionDraft => ({ key: "o1", name, values });
const colour = (values: string[]): OptionDraft => ({ key: "o2", name: "Colour", values });

function keys() {
  let n = 0;
  return () => `k${++n}`;
}

const rows = (): VariantRow[] => saved.variants.map((v) => rowFromSaved(v, "EUR", v.id));

describe("the editor's variant table", () => {
  it("shows saved prices as decimals", () => {
    expect(rows()[1]).toMatchObject({ price: "12.00", compareAt: "15.00", stock: "7", sku: "" });
  });

  it("adds a column for a new option: existing rows take its first value and keep what was typed", () => {
    const typed = rows().map((r) => (r.key === "v-s" ? { ...r, price: "9.99" } : r));
    const next = rebuildRows(typed, ["o1"], [size(["S", "M"]), colour(["Red", "Blue"])], saved, "EUR", keys())!;
    expect(next.map((r) => [r.title, r.key, r.price])).toEqual([
      ["S / Red", "v-s", "9.99"],
      ["S / Blue", "k1", "9.99"],
      ["M / Red", "v-m", "12.00"],
      ["M / Blue", "k2", "9.99"],
    ]);
  });

  it("keeps rows when an option is renamed (rows follow the option's key)", () => {
    const next = rebuildRows(rows(), ["o1"], [size(["S", "M"], "Sizes")], saved, "EUR", keys())!;
    expect(next.map((r) => r.key)).toEqual(["v-s", "v-m"]);
  });

  it("brings back a saved combination with its saved values when a value returns", () => {
    const without = rebuildRows(rows(), ["o1"], [size(["S"])], saved, "EUR", keys())!;
    const back = rebuildRows(without, ["o1"], [size(["S", "M"])], saved, "EUR", keys())!;
    expect(back[1]).toMatchObject({ title: "M", price: "12.00", stock: "7" });
  });

  it("returns null instead of building more than 2048 rows", () => {
    const many = Array.from({ length: 50 }, (_, i) => `v${i}`);
    expect(rebuildRows(rows(), ["o1"], [size(many), colour(many)], saved, "EUR", keys())).toBeNull();
  });
});

describe("savedMatch", () => {
  it("lists the saved variants a save would delete, as the server matches them (by option name)", () => {
    expect(savedMatch(saved, [size(["S"])]).removed.map((v) => v.id)).toEqual(["v-m"]);
    // Renaming is a new option to the server: only the first variant survives.
    expect(savedMatch(saved, [size(["S", "M"], "Sizes")]).removed.map((v) => v.id)).toEqual(["v-m"]);
    expect(savedMatch(saved, [size(["S", "M"])]).removed).toEqual([]);
    expect(savedMatch(null, [size(["S"])])).toEqual({ variants: [null], removed: [] });
  });
});

describe("variantsForForm", () => {
  it("sends stock only where the merchant changed it", () => {
    const edited = rows().map((r) => (r.key === "v-m" ? { ...r, stock: "2" } : r));
    const match = savedMatch(saved, [size(["S", "M"])]).variants;
    expect(variantsForForm(edited, match).map((v) => v.stock)).toEqual([null, "2"]);
    expect(variantsForForm(edited, [null, null]).map((v) => v.stock)).toEqual(["4", "2"]);
  });
});
