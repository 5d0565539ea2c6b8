// Options (Size: S, M, L; Colour: Red, Blue) define a product's variants: one per
// combination. When the merchant edits the options, existing variants are matched to the
// new combinations so their id, price, stock and SKU survive; only real losses are removed.

export const MAX_OPTIONS = 3;
export const MAX_OPTION_VALUES = 50;
/** Shopify's limit; also keeps one product's save to a bounded amount of work. */
export const MAX_VARIANTS = 2048;
export const DEFAULT_VARIANT_TITLE = "Default";

export type ProductOptionInput = { name: string; values: string[] };
export type VariantOptions = { option1: string | null; option2: string | null; option3: string | null };
export type MatrixRow = VariantOptions & { title: string; position: number };

export type ExistingVariant = VariantOptions & {
  id: string;
  sku: string | null;
  priceAmount: number;
  compareAtAmount: number | null;
  trackStock: boolean;
  stock: number;
};

export type MergedVariant = MatrixRow & {
  id: string | null; // null: a new variant
  sku: string | null;
  priceAmount: number;
  compareAtAmount: number | null;
  trackStock: boolean;
  stock: number;
};

const SLOTS = ["option1", "option2", "option3"] as const;

export function optionValues(v: VariantOptions): (string | null)[] {
  return SLOTS.map((slot) => v[slot]);
}

/** Identifies a combination: ["M","Red",null]. */
export function variantKey(v: VariantOptions): string {
  return JSON.stringify(optionValues(v));
}

/** "M / Red"; "Default" for a product without options. */
export function variantTitle(values: (string | null)[]): string {
  const present = values.filter((v): v is string => v != null);
  return present.length ? present.join(" / ") : DEFAULT_VARIANT_TITLE;
}

/**
 * Every combination of the options, first option varying slowest (S/Red, S/Blue, M/Red…),
 * like the merchant reads the table. No options: one "Default" variant.
 * Expects validated options (see schemas.ts); throws on misuse.
 */
export function variantMatrix(options: ProductOptionInput[]): MatrixRow[] {
  if (options.length > MAX_OPTIONS) throw new RangeError(`At most ${MAX_OPTIONS} options`);
  let combos: string[][] = [[]];
  for (const option of options) {
    if (option.values.length < 1 || option.values.length > MAX_OPTION_VALUES) throw new RangeError(`Option "${option.name}" needs 1–${MAX_OPTION_VALUES} values`);
    if (new Set(option.values).size !== option.values.length || option.values.some((v) => !v)) throw new RangeError(`Option "${option.name}" has empty or repeated values`);
    combos = combos.flatMap((combo) => option.values.map((value) => [...combo, value]));
    if (combos.length > MAX_VARIANTS) throw new RangeError(`More than ${MAX_VARIANTS} variants`);
  }
  return combos.map((combo, position) => ({
    title: variantTitle(combo),
    option1: combo[0] ?? null,
    option2: combo[1] ?? null,
    option3: combo[2] ?? null,
    position,
  }));
}

export type MergeOptions = {
  /** Names of the options the existing variants were made with (default: same as `optionNames`). */
  previousOptionNames?: string[];
  /** Names of the options `matrix` was made from, to follow options that moved or were added. */
  optionNames?: string[];
  /** Price of variants that did not exist (default: the first kept or existing variant's). */
  defaultPriceAmount?: number;
};

export type VariantMerge<V extends ExistingVariant> = {
  variants: MergedVariant[]; // in matrix order
  added: MatrixRow[];
  removed: V[];
};

/**
 * Matches existing variants to the new matrix. A variant keeps its combination; an option
 * added since takes its first value (so "M" becomes "M / Red" with its stock, as in Shopify);
 * an option removed is ignored, and when that makes several variants the same combination
 * the first one wins. Combinations nobody had are added with `defaultPriceAmount`, no stock
 * and no SKU; variants whose values no longer exist are returned in `removed`.
 */
export function mergeVariants<V extends ExistingVariant>(existing: V[], matrix: MatrixRow[], options: MergeOptions = {}): VariantMerge<V> {
  if (!matrix.length) return { variants: [], added: [], removed: [...existing] };
  const width = matrix[0] ? optionValues(matrix[0]).filter((v) => v != null).length : 0;
  const newNames = options.optionNames ?? SLOTS.slice(0, width).map((_, i) => `#${i}`);
  const oldNames = options.previousOptionNames ?? (options.optionNames ? newNames : SLOTS.map((_, i) => `#${i}`));
  const rowsByKey = new Map(matrix.map((row) => [variantKey(row), row]));

  const keptByKey = new Map<string, V>();
  const removed: V[] = [];
  for (const variant of existing) {
    const values = optionValues(variant);
    const byName = new Map(oldNames.map((name, i) => [name, values[i]] as const).filter(([, v]) => v != null));
    const target = newNames.map((name, i) => byName.get(name) ?? optionValues(matrix[0])[i]);
    const key = JSON.stringify([target[0] ?? null, target[1] ?? null, target[2] ?? null]);
    if (rowsByKey.has(key) && !keptByKey.has(key)) keptByKey.set(key, variant);
    else removed.push(variant);
  }

  const firstKept = matrix.map((row) => keptByKey.get(variantKey(row))).find(Boolean);
  const defaultPrice = options.defaultPriceAmount ?? firstKept?.priceAmount ?? existing[0]?.priceAmount ?? 0;
  const added: MatrixRow[] = [];
  const variants = matrix.map((row): MergedVariant => {
    const kept = keptByKey.get(variantKey(row));
    if (kept) {
      const { id, sku, priceAmount, compareAtAmount, trackStock, stock } = kept;
      return { ...row, id, sku, priceAmount, compareAtAmount, trackStock, stock };
    }
    added.push(row);
    return { ...row, id: null, sku: null, priceAmount: defaultPrice, compareAtAmount: null, trackStock: true, stock: 0 };
  });
  return { variants, added, removed };
}
