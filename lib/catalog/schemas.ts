// Input rules for the catalogue, shared by the merchant's forms (instant feedback) and the
// catalogue functions (which parse again: every server action is a public endpoint).
// Money is integer minor units; the route converts "12.34" with lib/money parseMoney first.
import { z } from "zod";
import { HANDLE_PATTERN, MAX_HANDLE_LENGTH } from "./handles";
import { MAX_OPTION_VALUES, MAX_OPTIONS, MAX_VARIANTS } from "./variants";

export const MAX_PRICE_AMOUNT = 1_000_000_000;
export const MAX_STOCK = 10_000_000;
export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 40;
export const MAX_DESCRIPTION_LENGTH = 20_000;
export const MAX_SKU_LENGTH = 64;

const NO_CONTROL_CHARS = /^[^\u0000-\u001f\u007f]*$/;

export const productStatusSchema = z.enum(["DRAFT", "ACTIVE", "ARCHIVED"], { error: "Choose Draft, Active or Archived" });

const title = z
  .string({ error: "Enter a title" })
  .trim()
  .min(1, "Enter a title")
  .max(200, "Title must be at most 200 characters")
  .regex(NO_CONTROL_CHARS, "Title can't contain control characters");

/** Empty means "make one from the title". */
export const handleSchema = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z
    .string()
    .trim()
    .toLowerCase()
    .max(MAX_HANDLE_LENGTH, `Handle must be at most ${MAX_HANDLE_LENGTH} characters`)
    .regex(HANDLE_PATTERN, "Use lowercase letters, digits and single dashes, like summer-tee")
    .optional(),
);

const amount = (label: string) =>
  z
    .number({ error: `Enter ${label}` })
    .int(`${label} must be a whole number of cents`)
    .min(0, `${label} can't be negative`)
    .max(MAX_PRICE_AMOUNT, `${label} is too large`);

const stock = z
  .number({ error: "Enter a quantity" })
  .int("Stock must be a whole number")
  .min(0, "Stock can't be negative")
  .max(MAX_STOCK, `Stock can be at most ${MAX_STOCK}`);

const tags = z
  .array(
    z
      .string()
      .trim()
      .min(1, "Tags can't be empty")
      .max(MAX_TAG_LENGTH, `Tags must be at most ${MAX_TAG_LENGTH} characters`)
      .regex(/^[^,\u0000-\u001f\u007f]*$/, "Tags can't contain commas"),
  )
  .max(MAX_TAGS, `At most ${MAX_TAGS} tags`)
  // "Summer" and "summer" are one tag to a shopper: keep the first spelling.
  .transform((list) => list.filter((tag, i) => list.findIndex((t) => t.toLowerCase() === tag.toLowerCase()) === i));

const optionSchema = z.object({
  name: z.string({ error: "Name the option" }).trim().min(1, "Name the option, like Size").max(50, "Option names must be at most 50 characters"),
  values: z
    .array(
      z
        .string()
        .trim()
        .min(1, "Values can't be empty")
        .max(100, "Values must be at most 100 characters")
        .regex(NO_CONTROL_CHARS, "Values can't contain control characters"),
    )
    .min(1, "Add at least one value")
    .max(MAX_OPTION_VALUES, `At most ${MAX_OPTION_VALUES} values per option`)
    .refine((values) => new Set(values).size === values.length, "Each value can appear only once"),
  /** The saved option this one continues and, per value, the saved value (null: new): renames keep the variants. */
  from: z.object({ name: z.string().max(100), values: z.array(z.string().max(200).nullable()).max(MAX_OPTION_VALUES) }).nullish(),
});

const options = z
  .array(optionSchema)
  .max(MAX_OPTIONS, `At most ${MAX_OPTIONS} options`)
  .refine((list) => new Set(list.map((o) => o.name.toLowerCase())).size === list.length, "Two options have the same name")
  .refine((list) => list.reduce((n, o) => n * o.values.length, 1) <= MAX_VARIANTS, `These options make more than ${MAX_VARIANTS} variants`);

const optionValue = z
  .string()
  .trim()
  .min(1)
  .nullish()
  .transform((v) => v ?? null);

/** One row of the variant table, found by its option values (option1..3, null when unused). */
export const variantInputSchema = z.object({
  option1: optionValue,
  option2: optionValue,
  option3: optionValue,
  sku: z
    .string()
    .trim()
    .max(MAX_SKU_LENGTH, `SKU must be at most ${MAX_SKU_LENGTH} characters`)
    .regex(NO_CONTROL_CHARS, "SKU can't contain control characters")
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null)), // absent: keep; "" or null: no SKU
  priceAmount: amount("Price"),
  compareAtAmount: amount("Compare-at price").nullish(),
  stock: stock.optional(), // absent: keep the variant's stock (0 for a new one)
  trackStock: z.boolean().optional(),
});

const productFields = {
  title,
  handle: handleSchema,
  descriptionMd: z.string().max(MAX_DESCRIPTION_LENGTH, `Description must be at most ${MAX_DESCRIPTION_LENGTH} characters`),
  status: productStatusSchema,
  tags,
  lowStockThreshold: stock,
  options,
  variants: z.array(variantInputSchema).max(MAX_VARIANTS, `At most ${MAX_VARIANTS} variants`),
};

type VariantsInput = { variants?: Partial<z.output<typeof variantInputSchema>>[] };

// A SKU identifies one variant in the whole shop; within the product we can say which row.
// Runs even when other fields are invalid (see `whenVariantsPresent`), so the merchant sees
// every problem at once: rows may be half-parsed here.
function checkVariants(product: VariantsInput, ctx: z.RefinementCtx) {
  const skus = new Map<string, number>();
  const combos = new Set<string>();
  if (!Array.isArray(product.variants)) return;
  product.variants.forEach((v, i) => {
    if (!v || typeof v !== "object") return;
    if (typeof v.sku === "string" && skus.has(v.sku))
      ctx.addIssue({ code: "custom", path: ["variants", i, "sku"], message: `SKU ${v.sku} is already used by another variant of this product` });
    else if (typeof v.sku === "string" && v.sku) skus.set(v.sku, i);
    const key = JSON.stringify([v.option1 ?? null, v.option2 ?? null, v.option3 ?? null]);
    if (combos.has(key)) ctx.addIssue({ code: "custom", path: ["variants", i], message: "Two variants have the same options" });
    combos.add(key);
  });
}

const whenVariantsPresent = { when: (payload: { value: unknown }) => Array.isArray((payload.value as VariantsInput | undefined)?.variants) };

/** A new product. Without `variants`, every combination of `options` gets the price 0 and no stock. */
export const productInputSchema = z
  .object({
    ...productFields,
    descriptionMd: productFields.descriptionMd.default(""),
    status: productStatusSchema.default("DRAFT"),
    tags: tags.default([]),
    lowStockThreshold: stock.default(5),
    options: options.default([]),
    variants: productFields.variants.default([]),
  })
  .superRefine(checkVariants, whenVariantsPresent);

/**
 * Changes to a product: absent fields stay as they are. `options` redefines the variants
 * (see mergeVariants); `variants` rows are matched to combinations by their option values.
 */
export const productUpdateSchema = z.object(productFields).partial().superRefine(checkVariants, whenVariantsPresent);

export type ProductInput = z.input<typeof productInputSchema>;
export type ProductUpdateInput = z.input<typeof productUpdateSchema>;
export type ParsedProductInput = z.output<typeof productInputSchema>;
export type ParsedProductUpdate = z.output<typeof productUpdateSchema>;
export type VariantInput = z.output<typeof variantInputSchema>;
export type ProductStatus = z.output<typeof productStatusSchema>;

export const collectionInputSchema = z.object({
  title,
  handle: handleSchema,
  description: z.string().max(5000, "Description must be at most 5000 characters").default(""),
  featured: z.boolean().default(false),
});
export const collectionUpdateSchema = z
  .object({
    title,
    handle: handleSchema,
    description: z.string().max(5000, "Description must be at most 5000 characters"),
    featured: z.boolean(),
  })
  .partial();
export type CollectionInput = z.input<typeof collectionInputSchema>;
export type CollectionUpdateInput = z.input<typeof collectionUpdateSchema>;

/** Bulk actions take at most this many ids at once. */
export const MAX_BULK_IDS = 1000;

/** A list of ids from a bulk action (checkboxes in the product table). */
export const idListSchema = z.array(z.string().min(1).max(64)).max(MAX_BULK_IDS, `Select at most ${MAX_BULK_IDS} items at once`);

/** True when `b` lists exactly the ids of `a`, each once, in any order (reorder requests). */
export function sameSet(a: string[], b: string[]): boolean {
  const set = new Set(b);
  return a.length === b.length && set.size === b.length && a.every((id) => set.has(id));
}

// Query strings arrive as text: page numbers are coerced.
const page = z.coerce.number().int().min(1).max(100_000).default(1);
const perPage = z.coerce.number().int().min(1).max(100, "At most 100 per page").default(25);

export const listProductsQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  status: productStatusSchema.optional(),
  collectionId: z.string().min(1).max(64).optional(),
  stock: z.enum(["in", "low", "out"]).optional(),
  sort: z.enum(["updated", "title", "price", "stock", "position"]).default("updated"),
  dir: z.enum(["asc", "desc"]).optional(),
  page,
  perPage,
});
export type ListProductsQuery = z.input<typeof listProductsQuerySchema>;

export const searchQuerySchema = z
  .object({
    q: z.string().trim().max(200).default(""),
    collectionId: z.string().min(1).max(64).optional(),
    minPrice: z.coerce.number().int().min(0).max(MAX_PRICE_AMOUNT).optional(),
    maxPrice: z.coerce.number().int().min(0).max(MAX_PRICE_AMOUNT).optional(),
    sort: z.enum(["relevance", "newest", "price_asc", "price_desc", "collection"]).default("relevance"),
    page,
    perPage: z.coerce.number().int().min(1).max(100).default(24),
  })
  .refine((s) => s.minPrice == null || s.maxPrice == null || s.minPrice <= s.maxPrice, {
    path: ["maxPrice"],
    message: "The maximum price is below the minimum",
  });
export type SearchQuery = z.input<typeof searchQuerySchema>;
