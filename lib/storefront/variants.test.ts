import { describe, expect, it } from "vitest";
import { choose, initialVariant, isValueAvailable, stockState, toPickerVariant, variantFor, type PickerVariant } from "./variants";

// The demo tee: sizes × colours, XL / Navy sold out, L / Black held entirely by open checkouts.
const sizes = ["S", "M", "L", "XL"];
const colours = ["Black", "Navy"];
const tee: PickerVariant[] = sizes.flatMap((size) =>
  colours.map((colour) => ({
    id: `${size}-${colour}`,
    values: [size, colour],
    priceAmount: size === "XL" ? 2600 : 2400,
    compareAtAmount: null,
    available: size === "XL" && colour === "Navy" ? 0 : size === "L" && colour === "Black" ? 0 : 5,
  })),
);

describe("variant picker", () => {
  it("disables a value whose combination with the earlier choices is sold out", () => {
    expect(isValueAvailable(tee, ["XL", "Black"], 1, "Navy")).toBe(false);
    expect(isValueAvailable(tee, ["M", "Black"], 1, "Navy")).toBe(true);
    // Counting stock − reserved: L / Black has stock but all of it is held.
    expect(isValueAvailable(tee, ["L", "Navy"], 1, "Black")).toBe(false);
  });

  it("never disables a first-option value that some later choice makes buyable", () => {
    expect(sizes.every((s) => isValueAvailable(tee, ["XL", "Navy"], 0, s))).toBe(true);
  });

  it("moves a later choice to one that can be bought when an earlier option changes", () => {
    expect(choose(tee, [sizes, colours], ["M", "Navy"], 0, "XL")).toEqual(["XL", "Black"]);
    expect(choose(tee, [sizes, colours], ["M", "Navy"], 0, "S")).toEqual(["S", "Navy"]);
    expect(variantFor(tee, ["XL", "Black"])?.priceAmount).toBe(2600);
  });

  it("starts from the variant in the address, else the first that can be bought", () => {
    expect(initialVariant(tee, "M-Navy")?.id).toBe("M-Navy");
    expect(initialVariant(tee, "nope")?.id).toBe("S-Black");
    const soldOut = tee.map((v) => ({ ...v, available: 0 }));
    expect(initialVariant(soldOut)?.id).toBe("S-Black");
  });

  it("tells the stock state, with untracked stock made to order", () => {
    const base = { id: "v", option1: "S", option2: null, option3: null, priceAmount: 100, compareAtAmount: null };
    expect(stockState(toPickerVariant({ ...base, trackStock: true, stock: 9, reserved: 2 }, 1), 5)).toEqual({ kind: "in_stock", count: 7 });
    expect(stockState(toPickerVariant({ ...base, trackStock: true, stock: 5, reserved: 2 }, 1), 5)).toEqual({ kind: "low_stock", count: 3 });
    expect(stockState(toPickerVariant({ ...base, trackStock: true, stock: 2, reserved: 2 }, 1), 5)).toEqual({ kind: "sold_out", count: 0 });
    expect(stockState(toPickerVariant({ ...base, trackStock: false, stock: 0, reserved: 0 }, 1), 5)).toEqual({ kind: "made_to_order", count: null });
    expect(toPickerVariant({ ...base, trackStock: true, stock: 1, reserved: 0 }, 1).values).toEqual(["S"]);
  });
});
