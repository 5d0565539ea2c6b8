// The product editor's form as the browser sends it (prices as typed, "12.50"), turned into
// the catalogue's input (integer minor units). Pure, so the editor checks as the merchant
// types and the server action checks again with the very same rules.
import { z } from "zod";
import { currencyExponent, minorToDecimal, parseMoney } from "@/lib/money/format";
import { fieldErrors } from "@/lib/core/input";
import type { ProductForEdit } from "./products";
import { type ProductInput, MAX_DESCRIPTION_LENGTH, productInputSchema, productUpdateSchema } from "./schemas";
import { MAX_OPTIONS, MAX_VARIANTS } from "./variants";

/** lib/catalog/images.ts MAX_IMAGES_PER_PRODUCT; that module needs sharp, so it can't reach the browser. */
export const MAX_FORM_IMAGES = 50;

// Only the shape: generous caps bound the work, the catalogue's schemas give the messages.
const text = (max: number) => z.string().max(max);
const optionValue = text(200).nullable();

export const productFormSchema = z.object({
  title: text(1000),
  handle: text(1000),
  descriptionMd: text(MAX_DESCRIPTION_LENGTH * 2),
  status: text(20),
  tags: text(10_000),
  lowStockThreshold: text(40),
  options: z
    .array(
      z.object({
        name: text(200),
        values: z.array(text(200)).max(100),
        // The saved option and values these continue: renaming keeps the variants (see linkOptions).
        from: z
          .object({ name: text(200), values: z.array(text(200).nullable()).max(100) })
          .nullable()
          .optional(),
      }),
    )
    .max(MAX_OPTIONS + 1),
  variants: z
    .array(
      z.object({
        option1: optionValue,
        option2: optionValue,
        option3: optionValue,
        sku: text(200),
        price: text(40),
        compareAt: text(40),
        stock: text(40).nullable(), // null: keep what the shop has (orders may have changed it meanwhile)
        trackStock: z.boolean(),
      }),
    )
    .max(MAX_VARIANTS),
  images: z
    .array(z.object({ id: text(64).nullable(), url: text(2000), width: z.number().int(), height: z.number().int(), alt: text(2000) }))
    .max(MAX_FORM_IMAGES),
});

export type ProductForm = z.infer<typeof productFormSchema>;
export type ProductFormImage = ProductForm["images"][number];

export type ReadForm = { input: ProductInput; images: ProductFormImage[]; errors: Record<string, string> };

const WHOLE_NUMBER = /^\d{1,12}$/;

/** "5" → 5; anything else is reported under `key`. */
function count(value: string, key: string, errors: Record<string, string>, message: string): number | undefined {
  const trimmed = value.trim();
  if (WHOLE_NUMBER.test(trimmed)) return Number(trimmed);
  errors[key] = message;
  return undefined;
}

/** A decimal price in the shop's currency → minor units, exactly; `required` false allows "". */
function money(value: string, currency: string, key: string, errors: Record<string, string>, label: string, required: boolean) {
  const trimmed = value.trim();
  if (!trimmed) {
    if (required) errors[key] = `Enter a ${label}`;
    return required ? undefined : null;
  }
  const amount = parseMoney(trimmed, currency);
  if (amount !== null) return amount;
  const example = minorToDecimal(1250, currency);
  const decimals = currencyExponent(currency);
  errors[key] = /^\d+\.\d+$/.test(trimmed)
    ? `${currency} amounts have ${decimals ? `at most ${decimals} decimals` : "no decimals"}, like ${example}`
    : `Enter a ${label} like ${example}, without the currency sign`;
  return undefined;
}

/** Comma-separated tags as typed: "summer, cotton" → ["summer", "cotton"]. */
export function splitList(value: string): string[] {
  return value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * Reads the form for `createProduct` (mode "create") or `updateProduct` ("update"), with a
 * message per field keyed like AppError.fields ("variants.2.priceAmount").
 */
export function readProductForm(form: ProductForm, currency: string, mode: "create" | "update"): ReadForm {
  const errors: Record<string, string> = {};
  const input: ProductInput = {
    title: form.title,
    handle: form.handle,
    descriptionMd: form.descriptionMd,
    status: form.status as ProductInput["status"],
    tags: splitList(form.tags),
    lowStockThreshold: count(form.lowStockThreshold, "lowStockThreshold", errors, "Enter a whole number, like 5"),
    options: form.options.map((o) => ({ name: o.name, values: o.values, from: o.from ?? undefined })),
    variants: form.variants.map((v, i) => ({
      option1: v.option1,
      option2: v.option2,
      option3: v.option3,
      sku: v.sku,
      priceAmount: money(v.price, currency, `variants.${i}.priceAmount`, errors, "price", true) as number,
      compareAtAmount: money(v.compareAt, currency, `variants.${i}.compareAtAmount`, errors, "compare-at price", false),
      stock: v.stock === null ? undefined : count(v.stock, `variants.${i}.stock`, errors, "Enter a whole number of units, like 10"),
      trackStock: v.trackStock,
    })),
  };
  // On create an empty handle is made from the title; on update it would silently keep the old one.
  if (mode === "update" && !form.handle.trim()) errors.handle = "Enter a handle, like summer-tee";
  const schema = mode === "create" ? productInputSchema : productUpdateSchema;
  const parsed = schema.safeParse(input);
  if (!parsed.success) for (const [key, message] of Object.entries(fieldErrors(parsed.error))) errors[key] ??= message;
  form.images.forEach((image, i) => {
    if (image.alt.trim().length > 512) errors[`images.${i}`] ??= "Alt text must be at most 512 characters";
  });
  return { input, images: form.images, errors };
}

const VARIANT_FIELDS = new Set(["sku", "priceAmount", "compareAtAmount", "stock", "trackStock"]);
const TOP_FIELDS = new Set(["title", "handle", "descriptionMd", "status", "tags", "lowStockThreshold", "options", "variants", "images"]);

/**
 * Where the editor shows a message: "tags.3" next to the tags, "options.0.values.2" next to
 * that option's values, "variants.2.option1" on the row; anything unknown at the top ("form").
 */
export function errorSlot(key: string): string {
  const [top, index, field] = key.split(".");
  if (!TOP_FIELDS.has(top)) return "form";
  if (index === undefined || top === "tags" || !/^\d+$/.test(index)) return top;
  if (top === "options") return `options.${index}.${field === "values" ? "values" : "name"}`;
  if (top === "variants") return field && VARIANT_FIELDS.has(field) ? `variants.${index}.${field}` : `variants.${index}`;
  if (top === "images") return `images.${index}`;
  return top;
}

/** AppError.fields (or readProductForm's errors) → one message per place in the editor. */
export function errorsBySlot(fields: Record<string, string>): Record<string, string> {
  const slots: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) slots[errorSlot(key)] ??= message;
  return slots;
}

/** The product as the editor holds it (see getProductForEdit). */
export type EditorProduct = Pick<
  ProductForEdit,
  "id" | "handle" | "title" | "descriptionMd" | "status" | "tags" | "lowStockThreshold" | "options" | "variants" | "images"
>;

export function toEditorProduct(p: ProductForEdit): EditorProduct {
  const { id, handle, title, descriptionMd, status, tags, lowStockThreshold, options, variants, images } = p;
  return { id, handle, title, descriptionMd, status, tags, lowStockThreshold, options, variants, images };
}

/** What saving answers: the saved product, or a message per field (nothing was changed). */
export type SaveResult = { ok: true; product: EditorProduct; message: string } | { ok: false; fields: Record<string, string> };
export type StockResult = { ok: true; variantId: string; stock: number; message: string } | { ok: false; message: string };
