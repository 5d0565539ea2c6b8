// Options (Size: S, M, L; Colour: Red, Blue) define a product's variants: one per
// combination. When the merchant edits the options, existing variants are matched to the
// new combinations so their id, price, stock and SKU survive; only real losses are removed.
// A renamed option or value ("Colour" → "Color", "Blu" → "Blue") is followed, not replaced.

export const MAX_OPTIONS = 3;
export const MAX_OPTION_VALUES = 50;
/** Shopify's limit; also keeps one product's save to a bounded amount of work. */
export const MAX_VARIANTS = 2048;
export const DEFAULT_VARIANT_TITLE = "Default";

/** The saved option an edited one continues, and per value the saved value it continues (null: new). */
export type OptionSource = { name: string; values: (string | null)[] };
export type ProductOptionInput = { name: string; values: string[]; from?: OptionSource | null };
export type VariantOptions = { option1: string | null; option2: string | null; option3: string | null };
export type MatrixRow = VariantOptions & { title: string; position: number };

/** What a merchant sets on each variant besides its option values. */
export type VariantSettings = { sku: string | null; priceAmount: number; compareAtAmount: number | null; trackStock: boolean; stock: number };

export type ExistingVariant = VariantOptions & VariantSettings & { id: string };

export type MergedVariant = MatrixRow & VariantSettings & { id: string | null }; // id null: a new variant

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
    if (option.values.length < 1 || option.values.length > MAX_OPTION_VALUES)
      throw new RangeError(`Option "${option.name}" needs 1–${MAX_OPTION_VALUES} values`);
    if (new Set(option.values).size !== option.values.length || option.values.some((v) => !v))
      throw new RangeError(`Option "${option.name}" has empty or repeated values`);
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

/** A new option continues saved option number `from`; `values` maps each saved value kept to its new name. */
export type OptionLink = { from: number; values: Map<string, string> } | null;
export type OptionLinks = { links: OptionLink[]; errors: Record<string, string>; stale: boolean };

/**
 * Which saved option and values each new option continues. An explicit `from` comes first
 * (the editor says "Color was Colour", "Blue was Blu"); an option or value without one
 * continues the saved one of the same name, when no other claimed it. So a swap of two
 * names swaps them, and a removed value that comes back keeps its variants. Refused, keyed
 * like AppError.fields: a `from` the saved product no longer has (`stale`: edited
 * elsewhere meanwhile), and one saved option or value continued twice (its variants would
 * collide).
 */
export function linkOptions(saved: { name: string; values: string[] }[], next: ProductOptionInput[]): OptionLinks {
  const errors: Record<string, string> = {};
  let stale = false;
  const claimed = new Set<number>();
  const from: (number | null)[] = next.map((option, i) => {
    if (!option.from) return null;
    const j = saved.findIndex((s) => s.name === option.from!.name);
    if (j < 0) {
      errors[`options.${i}.name`] = `${option.from.name} is no longer an option of this product: reload the page and try again`;
      stale = true;
    } else if (claimed.has(j)) errors[`options.${i}.name`] = `Only one option can continue ${option.from.name}`;
    else {
      claimed.add(j);
      return j;
    }
    return null;
  });
  next.forEach((option, i) => {
    if (option.from || from[i] !== null) return;
    const j = saved.findIndex((s, k) => s.name === option.name && !claimed.has(k));
    if (j < 0) return;
    from[i] = j;
    claimed.add(j);
  });

  const links = next.map((option, i): OptionLink => {
    const j = from[i];
    if (j === null) return null;
    const values = new Map<string, string>(); // saved value → new value
    const sources = option.from?.values ?? [];
    if (option.from && sources.length !== option.values.length) {
      errors[`options.${i}.values`] = "The values couldn't be read: reload the page and try again";
      return null;
    }
    sources.forEach((old, k) => {
      if (old === null) return;
      if (!saved[j].values.includes(old)) {
        errors[`options.${i}.values`] = `${old} is no longer a value of ${saved[j].name}: reload the page and try again`;
        stale = true;
      } else if (values.has(old))
        errors[`options.${i}.values`] = `${values.get(old)} and ${option.values[k]} can't both continue ${old}: each would keep its variants`;
      else values.set(old, option.values[k]);
    });
    const renamedTo = new Set(values.values());
    for (const value of option.values) if (!values.has(value) && !renamedTo.has(value)) values.set(value, value);
    return { from: j, values };
  });
  return { links, errors, stale };
}

export type MergeOptions = {
  /** How each option of the matrix continues a saved one (default: option n continues option n, values by name). */
  links?: OptionLink[];
  /** Price of variants that did not exist (default: the first kept or existing variant's). */
  defaultPriceAmount?: number;
};

export type VariantMerge<V extends ExistingVariant> = {
  variants: MergedVariant[]; // in matrix order
  added: MatrixRow[];
  removed: V[];
};

/** Option n continues option n, each value itself: what a matrix means without links. */
function positionalLinks(matrix: MatrixRow[]): OptionLink[] {
  const width = matrix[0] ? optionValues(matrix[0]).filter((v) => v != null).length : 0;
  return SLOTS.slice(0, width).map((_, i) => {
    const values = new Set(matrix.map((row) => optionValues(row)[i]!));
    return { from: i, values: new Map([...values].map((v) => [v, v])) };
  });
}

/**
 * Matches existing variants to the new matrix through `links`. A variant keeps its
 * combination, renamed where its values were; an option added since takes its first value
 * (so "M" becomes "M / Red" with its stock, as in Shopify); an option removed is ignored,
 * and when that makes several variants the same combination the first one wins.
 * Combinations nobody had are added with `defaultPriceAmount`, no stock and no SKU;
 * variants whose values no longer exist are returned in `removed`.
 */
export function mergeVariants<V extends ExistingVariant>(existing: V[], matrix: MatrixRow[], options: MergeOptions = {}): VariantMerge<V> {
  if (!matrix.length) return { variants: [], added: [], removed: [...existing] };
  const links = options.links ?? positionalLinks(matrix);
  const first = optionValues(matrix[0]);
  const rowsByKey = new Map(matrix.map((row) => [variantKey(row), row]));

  const keptByKey = new Map<string, V>();
  const removed: V[] = [];
  for (const variant of existing) {
    const values = optionValues(variant);
    const target = links.map((link, i) => {
      const old = link ? values[link.from] : null;
      if (old == null) return first[i]; // a new option, or a variant that had none (Default)
      return link!.values.get(old); // undefined: that value is gone
    });
    const key = target.includes(undefined) ? null : JSON.stringify([target[0] ?? null, target[1] ?? null, target[2] ?? null]);
    if (key && rowsByKey.has(key) && !keptByKey.has(key)) keptByKey.set(key, variant);
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
