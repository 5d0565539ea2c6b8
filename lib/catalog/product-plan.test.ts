import { describe, expect, it } from "vitest";
import { type ExistingProduct, planProduct } from "./product-plan";
import { productUpdateSchema } from "./schemas";

// A saved tee: Size S/M × Colour Red/Blu, each with its own SKU, stock and price.
const tee: ExistingProduct = {
  id: "p1",
  handle: "tee",
  options: [
    { name: "Size", values: ["S", "M"] },
    { name: "Colour", values: ["Red", "Blu"] },
  ],
  variants: [
    ["S", "Red"],
    ["S", "Blu"],
    ["M", "Red"],
    ["M", "Blu"],
  ].map(([size, colour], position) => ({
    id: `v-${size}-${colour}`,
    title: `${size} / ${colour}`,
    option1: size,
    option2: colour,
    option3: null,
    position,
    sku: `TEE-${size}-${colour}`,
    priceAmount: 1000 + position,
    compareAtAmount: 2000,
    trackStock: true,
    stock: 7 + position,
    reserved: 0,
  })),
};
const context = { skuTakenElsewhere: () => false };
const plan = (input: unknown, existing = tee) => planProduct(existing, productUpdateSchema.parse(input), context);
const same = (name: string, values: (string | null)[]) => ({ name, values });

describe("planProduct with renames", () => {
  it("renames an option and a value in place: same ids, SKUs, prices and stock, new titles, nothing removed", () => {
    const result = plan({
      options: [
        { name: "Size", values: ["S", "M"], from: same("Size", ["S", "M"]) },
        { name: "Color", values: ["Red", "Blue"], from: same("Colour", ["Red", "Blu"]) },
      ],
    });
    expect(result.errors).toBeNull();
    const { variants, removedVariantIds, options } = result.plan!;
    expect(variants.map((v) => [v.id, v.title, v.option2, v.sku, v.priceAmount, v.compareAtAmount, v.stock])).toEqual([
      ["v-S-Red", "S / Red", "Red", "TEE-S-Red", 1000, 2000, 7],
      ["v-S-Blu", "S / Blue", "Blue", "TEE-S-Blu", 1001, 2000, 8],
      ["v-M-Red", "M / Red", "Red", "TEE-M-Red", 1002, 2000, 9],
      ["v-M-Blu", "M / Blue", "Blue", "TEE-M-Blu", 1003, 2000, 10],
    ]);
    expect(variants.map((v) => v.changed)).toEqual([false, true, false, true]); // only retitled rows are written
    expect(removedVariantIds).toEqual([]);
    expect(options).toEqual([
      { name: "Size", values: ["S", "M"] },
      { name: "Color", values: ["Red", "Blue"] },
    ]); // `from` is not stored
  });

  it("matches the editor's rows by their new values in the same save, and adds the new value's variants", () => {
    const result = plan({
      options: [
        { name: "Size", values: ["S", "M"], from: same("Size", ["S", "M"]) },
        { name: "Colour", values: ["Red", "Blue", "Green"], from: same("Colour", ["Red", "Blu", null]) },
      ],
      variants: [{ option1: "S", option2: "Blue", priceAmount: 1500 }],
    });
    const byTitle = new Map(result.plan!.variants.map((v) => [v.title, v]));
    expect(byTitle.get("S / Blue")).toMatchObject({ id: "v-S-Blu", priceAmount: 1500, stock: 8, sku: "TEE-S-Blu" });
    expect(byTitle.get("M / Green")).toMatchObject({ id: null, stock: 0, sku: null });
    expect(result.plan!.variants).toHaveLength(6);
  });

  it("swaps two values' names and reorders options without losing a variant", () => {
    const result = plan({
      options: [
        { name: "Colour", values: ["Blu", "Red"], from: same("Colour", ["Red", "Blu"]) },
        { name: "Size", values: ["M", "S"], from: same("Size", ["M", "S"]) },
      ],
    });
    expect(result.plan!.variants.map((v) => [v.title, v.id, v.position])).toEqual([
      ["Blu / M", "v-M-Red", 0],
      ["Blu / S", "v-S-Red", 1],
      ["Red / M", "v-M-Blu", 2],
      ["Red / S", "v-S-Blu", 3],
    ]);
    expect(result.plan!.removedVariantIds).toEqual([]);
  });

  it("still removes the variants of a removed value", () => {
    const result = plan({
      options: [
        { name: "Size", values: ["S"], from: same("Size", ["S"]) },
        { name: "Colour", values: ["Red", "Blu"], from: same("Colour", ["Red", "Blu"]) },
      ],
    });
    expect(result.plan!.removedVariantIds).toEqual(["v-M-Red", "v-M-Blu"]);
  });

  it("without `from` (CSV, API) a renamed value is a new one, as before", () => {
    const result = plan({
      options: [
        { name: "Size", values: ["S", "M"] },
        { name: "Colour", values: ["Red", "Blue"] },
      ],
    });
    expect(result.plan!.removedVariantIds).toEqual(["v-S-Blu", "v-M-Blu"]);
  });

  it("refuses a rename that would make two variants one, and a rename of something gone meanwhile (a conflict)", () => {
    const collide = plan({
      options: [
        { name: "Size", values: ["S", "M"] },
        { name: "Colour", values: ["Red", "Blue"], from: same("Colour", ["Blu", "Blu"]) },
      ],
    });
    expect(collide).toMatchObject({
      plan: null,
      conflict: false,
      errors: { "options.1.values": "Red and Blue can't both continue Blu: each would keep its variants" },
    });
    const stale = plan({
      options: [
        { name: "Size", values: ["S", "M"] },
        { name: "Colour", values: ["Red", "Blue"], from: same("Colour", ["Red", "Navy"]) },
      ],
    });
    expect(stale).toMatchObject({ plan: null, conflict: true });
  });
});
