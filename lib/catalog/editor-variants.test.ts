import { describe, expect, it } from "vitest";
import {
  type OptionDraft,
  type SavedProduct,
  type VariantRow,
  addValues,
  draftsFromSaved,
  rebuildRows,
  removeValue,
  renameInRows,
  renameValue,
  rowFromSaved,
  savedMatch,
  variantsForForm,
} from "./editor-variants";

const saved: SavedProduct = {
  options: [{ name: "Size", values: ["S", "M"] }],
  variants: [
    {
      id: "v-s",
      title: "S",
      option1: "S",
      option2: null,
      option3: null,
      sku: "TEE-S",
      priceAmount: 1000,
      compareAtAmount: null,
      trackStock: true,
      stock: 4,
      reserved: 0,
    },
    {
      id: "v-m",
      title: "M",
      option1: "M",
      option2: null,
      option3: null,
      sku: null,
      priceAmount: 1200,
      compareAtAmount: 1500,
      trackStock: true,
      stock: 7,
      reserved: 1,
    },
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
    // Without `from` (an option typed anew) the server matches by name: only the first variant survives.
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

describe("renaming in the editor", () => {
  const [sizeDraft] = draftsFromSaved(saved.options);

  it("keeps every saved variant when the option and a value are renamed, and says nothing will be deleted", () => {
    const renamed = { ...renameValue(sizeDraft, 1, "Medium"), name: "Fit" };
    const match = savedMatch(saved, [renamed]);
    expect(match.removed).toEqual([]);
    expect(match.variants.map((v) => v?.id)).toEqual(["v-s", "v-m"]);
    // The form's stock stays null for the renamed row: orders placed meanwhile aren't undone.
    const table = rebuildRows(renameInRows(rows(), ["saved-0"], { key: "saved-0", from: "M", to: "Medium" }), ["saved-0"], [renamed], saved, "EUR", keys())!;
    expect(table.map((r) => [r.key, r.title, r.stock])).toEqual([
      ["v-s", "S", "4"],
      ["v-m", "Medium", "7"],
    ]);
    expect(variantsForForm(table, match.variants).map((v) => [v.option1, v.stock])).toEqual([
      ["S", null],
      ["Medium", null],
    ]);
  });

  it("keeps `from` in step with the values as they are added and removed", () => {
    const edited = removeValue(addValues(sizeDraft, ["L", "XL"]), 0);
    expect(edited.values).toEqual(["M", "L", "XL"]);
    expect(edited.from).toEqual({ name: "Size", values: ["M", null, null] });
    expect(savedMatch(saved, [edited]).removed.map((v) => v.id)).toEqual(["v-s"]); // removing still deletes, with the warning
  });

  it("renames only the rows of that option's column, retitled", () => {
    const two: VariantRow[] = [
      { ...rows()[0], key: "a", option1: "S", option2: "Red", title: "S / Red" },
      { ...rows()[0], key: "b", option1: "Red", option2: "Blue", title: "Red / Blue" },
    ];
    const next = renameInRows(two, ["o1", "o2"], { key: "o2", from: "Red", to: "Crimson" });
    expect(next.map((r) => r.title)).toEqual(["S / Crimson", "Red / Blue"]);
  });
});
