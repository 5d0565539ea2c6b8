// How a shopper picks a variant: one choice per option (Size, then Colour…). Plain functions,
// shared by the server (first render, JSON-LD) and the variant picker in the browser, so this
// module must stay free of database and server imports.
import { availableUnits } from "@/lib/cart/availability";
import type { VariantOptions, VariantSettings } from "@/lib/catalog/variants";

/** A variant as the picker sees it: its value for each of the product's options, in order. */
export type PickerVariant = {
  id: string;
  values: string[];
  priceAmount: number;
  compareAtAmount: number | null;
  /** Units that can be bought (stock − reserved); null when stock is not tracked. */
  available: number | null;
};

export type StockState = { kind: "in_stock" | "low_stock" | "sold_out" | "made_to_order"; count: number | null };

export function toPickerVariant(v: VariantOptions & Omit<VariantSettings, "sku"> & { id: string; reserved: number }, optionCount: number): PickerVariant {
  const values = [v.option1, v.option2, v.option3].slice(0, optionCount).map((value) => value ?? "");
  return { id: v.id, values, priceAmount: v.priceAmount, compareAtAmount: v.compareAtAmount, available: availableUnits(v) };
}

export function canBuy(v: PickerVariant): boolean {
  return v.available === null || v.available > 0;
}

export function stockState(v: PickerVariant, lowStockThreshold: number): StockState {
  if (v.available === null) return { kind: "made_to_order", count: null };
  if (v.available <= 0) return { kind: "sold_out", count: 0 };
  return { kind: v.available <= lowStockThreshold ? "low_stock" : "in_stock", count: v.available };
}

const matches = (v: PickerVariant, chosen: string[], upTo: number) => chosen.slice(0, upTo).every((value, i) => v.values[i] === value);

/**
 * Whether `value` of option `index` can be picked: some variant with it, and with the values
 * chosen for the options before it, can be bought. Earlier options never depend on later
 * ones, so a shopper can always change the first option and is never stuck.
 */
export function isValueAvailable(variants: PickerVariant[], chosen: string[], index: number, value: string): boolean {
  return variants.some((v) => v.values[index] === value && matches(v, chosen, index) && canBuy(v));
}

export function variantFor(variants: PickerVariant[], chosen: string[]): PickerVariant | undefined {
  return variants.find((v) => matches(v, chosen, chosen.length));
}

/** After picking `value` for option `index`: later choices stay when still possible, else move to the first value that is. */
export function choose(variants: PickerVariant[], optionValues: string[][], chosen: string[], index: number, value: string): string[] {
  const next = [...chosen];
  next[index] = value;
  for (let i = index + 1; i < optionValues.length; i++) {
    if (isValueAvailable(variants, next, i, next[i]!)) continue;
    next[i] = optionValues[i]!.find((candidate) => isValueAvailable(variants, next, i, candidate)) ?? next[i]!;
  }
  return next;
}

/** What the page shows first: the variant named in the address, else the first one that can be bought, else the first. */
export function initialVariant(variants: PickerVariant[], requestedId?: string | null): PickerVariant | undefined {
  return variants.find((v) => v.id === requestedId) ?? variants.find(canBuy) ?? variants[0];
}
