// The product CSV, in Shopify's column names so merchants can move their catalogue in and out:
// one row per variant, product fields on a handle's first row, extra rows for extra images.
// Pure: reading and writing rows. Database checks and writes are in csv.ts.
import { parse } from "csv-parse/sync";
import { currencyExponent, minorToDecimal, parseMoney } from "@/lib/money/format";
import { type ParsedProductUpdate, productUpdateSchema } from "./schemas";
import { type ProductOptionInput, type VariantOptions, type VariantSettings, variantMatrix } from "./variants";

export const CSV_COLUMNS = [
  "Handle",
  "Title",
  "Body (HTML)",
  "Tags",
  "Published",
  "Option1 Name",
  "Option1 Value",
  "Option2 Name",
  "Option2 Value",
  "Option3 Name",
  "Option3 Value",
  "Variant SKU",
  "Variant Inventory Tracker",
  "Variant Inventory Qty",
  "Variant Price",
  "Variant Compare At Price",
  "Image Src",
  "Image Position",
  "Image Alt Text",
  "Status",
  "Low Stock Threshold", // Minishop's own: Shopify ignores it, our round trip keeps it
] as const;
type Column = (typeof CSV_COLUMNS)[number];

export const MAX_CSV_ROWS = 10_000;

/** A problem on one row (spreadsheet numbering: the header is row 1). */
export type CsvIssue = { row: number; column: string; message: string };

// Shopify's way of saying "no options".
const NO_OPTION_NAME = "Title";
const NO_OPTION_VALUE = "Default Title";

// A cell starting with = + - @ is a formula to Excel: exported with a leading ' (read back without it).
const FORMULA_START = /^[=+\-@\t\r]/;
export const protectCell = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
const unprotectCell = (value: string) => (value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value);

/** "12.50" in the shop's currency → 1250; "1200.00" → 1200 for JPY (zeros beyond the currency's decimals are fine). */
export function parseAmount(text: string, currency: string): number | null {
  const exponent = currencyExponent(currency);
  const trimmed = text
    .trim()
    .replace(new RegExp(`^(\\d+\\.\\d{${exponent}})0+$`), "$1")
    .replace(/\.$/, "");
  return parseMoney(exponent === 0 ? trimmed.replace(/\.0*$/, "") : trimmed, currency);
}

export type CsvProduct = {
  handle: string;
  title: string;
  descriptionMd: string;
  status: string;
  tags: string[];
  lowStockThreshold: number;
  options: ProductOptionInput[];
  variants: (VariantOptions & VariantSettings)[];
  images: { url: string; alt: string }[];
};

/** The rows of one product (without the header). */
export function productRows(p: CsvProduct, currency: string): string[][] {
  const count = Math.max(p.variants.length, p.images.length, 1);
  return Array.from({ length: count }, (_, i) => {
    const cells: Partial<Record<Column, string>> = { Handle: p.handle };
    if (i === 0) {
      Object.assign(cells, {
        Title: p.title,
        "Body (HTML)": p.descriptionMd,
        Tags: p.tags.join(", "),
        Published: p.status === "ACTIVE" ? "TRUE" : "FALSE",
        Status: p.status.toLowerCase(),
        "Low Stock Threshold": String(p.lowStockThreshold),
      });
      if (p.options.length) p.options.forEach((o, n) => (cells[`Option${n + 1} Name` as Column] = o.name));
      else cells["Option1 Name"] = NO_OPTION_NAME;
    }
    const v = p.variants[i];
    if (v) {
      if (p.options.length) [v.option1, v.option2, v.option3].forEach((value, n) => value != null && (cells[`Option${n + 1} Value` as Column] = value));
      else cells["Option1 Value"] = NO_OPTION_VALUE;
      Object.assign(cells, {
        "Variant SKU": v.sku ?? "",
        "Variant Inventory Tracker": v.trackStock ? "shopify" : "",
        "Variant Inventory Qty": String(v.stock),
        "Variant Price": minorToDecimal(v.priceAmount, currency),
        "Variant Compare At Price": v.compareAtAmount == null ? "" : minorToDecimal(v.compareAtAmount, currency),
      });
    }
    const image = p.images[i];
    if (image) Object.assign(cells, { "Image Src": image.url, "Image Position": String(i + 1), "Image Alt Text": image.alt });
    return CSV_COLUMNS.map((c) => protectCell(cells[c] ?? ""));
  });
}

export type ParsedCsvProduct = {
  handle: string;
  row: number; // the handle's first row
  input: ParsedProductUpdate & { title: string; handle: string };
  variantRows: number[]; // row of input.variants[i]
  images: { url: string; alt: string; row: number }[] | undefined; // undefined: no image column or no image: keep the product's
};

/** `file`: why the file is no product CSV at all (then nothing else was read). */
export type ParsedCsv = { products: ParsedCsvProduct[]; errors: CsvIssue[]; warnings: CsvIssue[]; file?: string };

const notProductCsv = (file: string): ParsedCsv => ({ products: [], errors: [], warnings: [], file });

/** Reads and validates the whole file. */
export function parseProductsCsv(text: string, currency: string): ParsedCsv {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    return notProductCsv(`This is not a readable CSV file: ${(error as Error).message}`);
  }
  if (records.length - 1 > MAX_CSV_ROWS) return notProductCsv(`The file has more than ${MAX_CSV_ROWS} rows: split it into smaller files`);
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const index = new Map(CSV_COLUMNS.map((c) => [c, header.indexOf(c.toLowerCase())]));
  const missing = (["Handle", "Title"] as const).filter((c) => index.get(c)! < 0);
  if (missing.length) return notProductCsv(`The file has no ${missing.join(" or ")} column. Export one from Minishop or Shopify to see the expected columns.`);
  const has = (c: Column) => index.get(c)! >= 0;

  const errors: CsvIssue[] = [];
  const warnings: CsvIssue[] = [];
  const groups = new Map<string, { row: number; cells: (c: Column) => string }[]>();
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    if (record.every((cell) => !cell.trim())) return;
    const cells = (c: Column) => unprotectCell((record[index.get(c)!] ?? "").trim());
    const handle = cells("Handle").toLowerCase();
    if (!handle) return void errors.push({ row, column: "Handle", message: "Every row needs the handle of its product" });
    groups.set(handle, [...(groups.get(handle) ?? []), { row, cells }]);
  });

  const products: ParsedCsvProduct[] = [];
  for (const [handle, rows] of groups) {
    const product = readProduct(handle, rows, currency, has, errors, warnings);
    if (product) products.push(product);
  }
  // A SKU names one variant in the whole shop: two products of the file can't share one.
  const skuRows = new Map<string, string>();
  for (const p of products) {
    p.input.variants?.forEach((v, i) => {
      if (!v.sku) return;
      const first = skuRows.get(v.sku);
      if (first && first !== p.handle)
        errors.push({ row: p.variantRows[i], column: "Variant SKU", message: `SKU ${v.sku} is also used by product ${first} in this file` });
      else skuRows.set(v.sku, p.handle);
    });
  }
  errors.sort((a, b) => a.row - b.row);
  return { products, errors, warnings };
}

type Row = { row: number; cells: (c: Column) => string };

function readProduct(
  handle: string,
  rows: Row[],
  currency: string,
  has: (c: Column) => boolean,
  errors: CsvIssue[],
  warnings: CsvIssue[],
): ParsedCsvProduct | null {
  const first = rows[0];
  const get = (c: Column) => first.cells(c);
  const issue = (row: number, column: string, message: string) => errors.push({ row, column, message });
  const names = [1, 2, 3].map((n) => get(`Option${n} Name` as Column)).filter(Boolean);
  const noOptions = names.length === 1 && names[0] === NO_OPTION_NAME && rows.every((r) => [NO_OPTION_VALUE, ""].includes(r.cells("Option1 Value")));
  const optionNames = noOptions ? [] : names;

  const statusText = get("Status").toUpperCase();
  const status = statusText || (has("Published") ? (/^true$/i.test(get("Published")) ? "ACTIVE" : "DRAFT") : undefined);
  const threshold = get("Low Stock Threshold");
  const input: Record<string, unknown> = {
    handle,
    title: get("Title"),
    options: [] as ProductOptionInput[],
    variants: [] as unknown[],
    ...(has("Body (HTML)") && { descriptionMd: get("Body (HTML)") }),
    ...(has("Tags") && {
      tags: get("Tags")
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
    }),
    ...(status && { status }),
    ...(threshold && { lowStockThreshold: /^\d+$/.test(threshold) ? Number(threshold) : threshold }),
  };

  const options: ProductOptionInput[] = optionNames.map((name) => ({ name, values: [] }));
  const valueRows: number[][] = optionNames.map(() => []);
  const variantRows: number[] = [];
  const images: { url: string; alt: string; position: number; row: number }[] = [];
  for (const { row, cells } of rows) {
    const values = [1, 2, 3].map((n) => cells(`Option${n} Value` as Column));
    const isVariant = values.some(Boolean) || !!cells("Variant Price") || !!cells("Variant SKU");
    if (cells("Image Src")) {
      const position = Number(cells("Image Position") || images.length + 1);
      images.push({ url: cells("Image Src"), alt: cells("Image Alt Text"), position: Number.isFinite(position) ? position : images.length + 1, row });
    }
    if (!isVariant) continue;
    const variant: Record<string, unknown> = { option1: null, option2: null, option3: null };
    if (!noOptions) {
      values.forEach((value, n) => {
        if (n >= optionNames.length) return void (value && issue(row, `Option${n + 1} Value`, `There is no Option${n + 1} Name on the product's first row`));
        if (!value) return void issue(row, `Option${n + 1} Value`, `Enter a value for ${optionNames[n]}`);
        variant[`option${n + 1}`] = value;
        if (!options[n].values.includes(value)) {
          options[n].values.push(value);
          valueRows[n].push(row);
        }
      });
    }
    const price = parseAmount(cells("Variant Price"), currency);
    if (price == null) issue(row, "Variant Price", `Enter a price like ${minorToDecimal(1250, currency)}`);
    variant.priceAmount = price ?? 0;
    if (has("Variant Compare At Price")) {
      const text = cells("Variant Compare At Price");
      const amount = text ? parseAmount(text, currency) : null;
      if (text && amount == null) issue(row, "Variant Compare At Price", `Enter a price like ${minorToDecimal(1250, currency)}, or leave it empty`);
      variant.compareAtAmount = amount;
    }
    if (has("Variant SKU")) variant.sku = cells("Variant SKU") || null;
    if (has("Variant Inventory Tracker")) variant.trackStock = !!cells("Variant Inventory Tracker");
    const qty = cells("Variant Inventory Qty");
    if (qty && /^-\d+$/.test(qty)) {
      warnings.push({ row, column: "Variant Inventory Qty", message: "Negative stock is imported as 0" });
      variant.stock = 0;
    } else if (qty) variant.stock = /^\d+$/.test(qty) ? Number(qty) : qty;
    (input.variants as unknown[]).push(variant);
    variantRows.push(row);
  }
  input.options = options;
  if (!variantRows.length) issue(first.row, "Variant Price", "This product has no variant row: add at least one row with a price");

  const parsed = productUpdateSchema.safeParse(input);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const [field, n, sub, k] = i.path as (string | number)[];
      if (field === "options") {
        const at = typeof n === "number" ? n : 0;
        issue(
          sub === "values" && typeof k === "number" ? (valueRows[at]?.[k] ?? first.row) : first.row,
          `Option${at + 1} ${sub === "values" ? "Value" : "Name"}`,
          i.message,
        );
      } else if (field === "variants") {
        issue(typeof n === "number" ? variantRows[n] : first.row, VARIANT_COLUMNS[String(sub)] ?? "Option1 Value", i.message);
      } else issue(first.row, PRODUCT_COLUMNS[String(field)] ?? "Title", i.message);
    }
    return null;
  }
  if (!parsed.data.title) return (issue(first.row, "Title", "Enter a title on the product's first row"), null);

  const combos = options.length ? variantMatrix(options).length : 1;
  if (parsed.data.variants!.length < combos) {
    warnings.push({
      row: first.row,
      column: "Option1 Value",
      message: `${combos - parsed.data.variants!.length} combinations of the options have no row: they get the first variant's price and no stock`,
    });
  }
  const sorted = images.sort((a, b) => a.position - b.position).map(({ url, alt, row }) => ({ url, alt, row }));
  return { handle, row: first.row, input: { ...parsed.data, title: parsed.data.title, handle }, variantRows, images: sorted.length ? sorted : undefined };
}

const PRODUCT_COLUMNS: Record<string, Column> = {
  title: "Title",
  handle: "Handle",
  descriptionMd: "Body (HTML)",
  status: "Status",
  tags: "Tags",
  lowStockThreshold: "Low Stock Threshold",
};
export const VARIANT_COLUMNS: Record<string, Column> = {
  sku: "Variant SKU",
  priceAmount: "Variant Price",
  compareAtAmount: "Variant Compare At Price",
  stock: "Variant Inventory Qty",
  trackStock: "Variant Inventory Tracker",
};
