// The product editor's variant table while the merchant edits the options: the same
// variantMatrix/mergeVariants the server runs, so the table shows what saving will do, and
// the variants the save would delete are known before the merchant presses Save.
import { minorToDecimal } from "@/lib/money/format";
import { type ExistingVariant, type MatrixRow, MAX_VARIANTS, mergeVariants, variantMatrix } from "./variants";

/** An option being edited; `key` stays when the merchant renames it. */
export type OptionDraft = { key: string; name: string; values: string[] };

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
 * saved variants the save would delete. Matched by option name, as updateProduct does.
 */
export function savedMatch(saved: SavedProduct | null, options: OptionDraft[]): { variants: (SavedVariant | null)[]; removed: SavedVariant[] } {
  const usable = usableOptions(options);
  const matrix = matrixOf(usable);
  if (!saved || !matrix) return { variants: matrix?.map(() => null) ?? [], removed: [] };
  const merge = mergeVariants(saved.variants, matrix, { previousOptionNames: saved.options.map((o) => o.name), optionNames: usable.map((o) => o.name.trim()) });
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
  const merge = mergeVariants(rows.map(asExisting), matrix, { previousOptionNames: rowsOptionKeys, optionNames: usable.map((o) => o.key) });
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
