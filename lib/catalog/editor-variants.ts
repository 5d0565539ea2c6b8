// The product editor's variant table while the merchant edits the options: the same
// linkOptions/variantMatrix/mergeVariants the server runs, so the table shows what saving
// will do, and the variants the save would delete are known before the merchant presses Save.
import { minorToDecimal } from "@/lib/money/format";
import { type ExistingVariant, type MatrixRow, type OptionSource, MAX_VARIANTS, linkOptions, mergeVariants, variantMatrix, variantTitle } from "./variants";

/**
 * An option being edited; `key` stays when the merchant renames it. `from` is the saved
 * option it continues, with the saved value behind each of `values` (null: added since), so
 * the server keeps the variants of a renamed option or value.
 */
export type OptionDraft = { key: string; name: string; values: string[]; from?: OptionSource | null };

/** One row of the table, as typed (prices are decimal text in the shop's currency). */
export type VariantRow = Pick<MatrixRow, "option1" | "option2" | "option3" | "title"> & {
  key: string;
  sku: string;
  price: string;
  compareAt: string;
  stock: string;
  trackStock: boolean;
};

export type SavedVariant = ExistingVariant & { title: string; reserved: number };
export type SavedProduct = { options: { name: string; values: string[] }[]; variants: SavedVariant[] };

/** Options that shape the table: an option without values yet adds no column. */
export function usableOptions(options: OptionDraft[]): OptionDraft[] {
  return options.filter((o) => o.values.length > 0);
}

/** Every combination, or null when there would be more than the shop can have. */
function matrixOf(options: OptionDraft[]): MatrixRow[] | null {
  if (options.reduce((n, o) => n * o.values.length, 1) > MAX_VARIANTS) return null;
  return variantMatrix(options.map((o) => ({ name: o.key, values: o.values })));
}

export function rowFromSaved(v: SavedVariant, currency: string, key: string): VariantRow {
  return {
    key,
    option1: v.option1,
    option2: v.option2,
    option3: v.option3,
    title: v.title,
    sku: v.sku ?? "",
    price: minorToDecimal(v.priceAmount, currency),
    compareAt: v.compareAtAmount === null ? "" : minorToDecimal(v.compareAtAmount, currency),
    stock: String(v.stock),
    trackStock: v.trackStock,
  };
}

/**
 * What the server will match to each combination of `options` (null: a new variant), and the
 * saved variants the save would delete. Matched through renames, then by name, as updateProduct does.
 */
export function savedMatch(saved: SavedProduct | null, options: OptionDraft[]): { variants: (SavedVariant | null)[]; removed: SavedVariant[] } {
  const usable = usableOptions(options);
  const matrix = matrixOf(usable);
  if (!saved || !matrix) return { variants: matrix?.map(() => null) ?? [], removed: [] };
  // A stale `from` is refused by the server with its own message; here it just links nothing.
  const { links } = linkOptions(
    saved.options,
    usable.map((o) => ({ name: o.name.trim(), values: o.values, from: o.from })),
  );
  const merge = mergeVariants(saved.variants, matrix, { links });
  const byId = new Map(saved.variants.map((v) => [v.id, v]));
  return { variants: merge.variants.map((v) => (v.id ? (byId.get(v.id) ?? null) : null)), removed: merge.removed };
}

/**
 * The table after the options changed (null: too many combinations, keep the old one).
 * Rows keep what the merchant typed, followed through each option's key so renaming or
 * removing an option keeps them; combinations the shop already sells come back with their
 * saved values; others start with the first kept row's price.
 */
export function rebuildRows(
  rows: VariantRow[],
  rowsOptionKeys: string[],
  options: OptionDraft[],
  saved: SavedProduct | null,
  currency: string,
  nextKey: () => string,
): VariantRow[] | null {
  const usable = usableOptions(options);
  const matrix = matrixOf(usable);
  if (!matrix) return null;
  const asExisting = (r: VariantRow): ExistingVariant => ({ ...r, id: r.key, sku: null, priceAmount: 0, compareAtAmount: null, stock: 0 });
  // Columns follow the options' keys, values their text (renameInRows has already renamed them).
  const { links } = linkOptions(
    rowsOptionKeys.map((key) => ({ name: key, values: [] })),
    usable.map((o) => ({ name: o.key, values: o.values })),
  );
  const merge = mergeVariants(rows.map(asExisting), matrix, { links });
  const fromSaved = savedMatch(saved, options).variants;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const firstKept = merge.variants.find((v) => v.id);
  const defaultPrice = (firstKept && byKey.get(firstKept.id!)?.price) ?? rows[0]?.price ?? "";
  return merge.variants.map((v, i) => {
    const place = { option1: v.option1, option2: v.option2, option3: v.option3, title: v.title };
    const kept = v.id ? byKey.get(v.id) : undefined;
    if (kept) return { ...kept, ...place };
    const old = fromSaved[i];
    if (old) return { ...rowFromSaved(old, currency, nextKey()), ...place };
    return { key: nextKey(), ...place, sku: "", price: defaultPrice, compareAt: "", stock: "0", trackStock: true };
  });
}

/** The table after the merchant renamed `from` to `to` in option `key`: the same rows, retitled. */
export function renameInRows(rows: VariantRow[], rowsOptionKeys: string[], rename: { key: string; from: string; to: string }): VariantRow[] {
  const slot = (["option1", "option2", "option3"] as const)[rowsOptionKeys.indexOf(rename.key)];
  if (!slot) return rows; // an option without values yet: no column to rename
  return rows.map((r) => {
    if (r[slot] !== rename.from) return r;
    const next = { ...r, [slot]: rename.to };
    return { ...next, title: variantTitle([next.option1, next.option2, next.option3]) };
  });
}

/** Option drafts from the saved product: each continues itself. */
export function draftsFromSaved(options: { name: string; values: string[] }[]): OptionDraft[] {
  return options.map((o, i) => ({ key: `saved-${i}`, name: o.name, values: [...o.values], from: { name: o.name, values: [...o.values] } }));
}

/** `values` added at the end (new: no saved value behind them). */
export function addValues(option: OptionDraft, values: string[]): OptionDraft {
  return {
    ...option,
    values: [...option.values, ...values],
    from: option.from && { ...option.from, values: [...option.from.values, ...values.map(() => null)] },
  };
}

export function removeValue(option: OptionDraft, index: number): OptionDraft {
  const keep = (_: unknown, i: number) => i !== index;
  return { ...option, values: option.values.filter(keep), from: option.from && { ...option.from, values: option.from.values.filter(keep) } };
}

/** The value at `index` renamed: it still continues the same saved value, so its variants stay. */
export function renameValue(option: OptionDraft, index: number, to: string): OptionDraft {
  return { ...option, values: option.values.map((v, i) => (i === index ? to : v)) };
}

/**
 * The variants as the form sends them. Stock goes only where the merchant changed it: orders
 * placed while the editor was open have lowered it, and an untouched field must not undo that.
 */
export function variantsForForm(rows: VariantRow[], saved: (SavedVariant | null)[]) {
  return rows.map((r, i) => {
    const old = saved[i];
    const stock = old && r.stock.trim() === String(old.stock) ? null : r.stock;
    return { option1: r.option1, option2: r.option2, option3: r.option3, sku: r.sku, price: r.price, compareAt: r.compareAt, stock, trackStock: r.trackStock };
  });
}
