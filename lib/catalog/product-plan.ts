// Decides what saving a product changes, without touching the database: the final options
// and variants (merged with the existing ones, see variants.ts) or a message per field.
// Shared by createProduct/updateProduct and the CSV import, which validates a whole file first.
import type { ParsedProductUpdate, ProductStatus, VariantInput } from "./schemas";
import {
  type ExistingVariant,
  type MergedVariant,
  type ProductOptionInput,
  linkOptions,
  mergeVariants,
  variantKey,
  variantMatrix,
  variantTitle,
} from "./variants";

export type ExistingProduct = {
  id: string;
  handle: string;
  options: ProductOptionInput[];
  variants: (ExistingVariant & { reserved: number; title: string; position: number })[]; // in position order
};

export type ProductFields = {
  handle?: string;
  title?: string;
  descriptionMd?: string;
  status?: ProductStatus;
  tags?: string[];
  lowStockThreshold?: number;
};

export type PlannedVariant = MergedVariant & { changed: boolean; skuChanged: boolean };
export type PlannedImage = { url: string; alt: string; width: number; height: number };

export type ProductPlan = {
  productId: string | null; // null: create
  fields: ProductFields; // for a new product: all of them, handle included
  options: ProductOptionInput[] | null; // null: unchanged
  variants: PlannedVariant[];
  removedVariantIds: string[];
  images?: PlannedImage[]; // replaces the product's images when set (CSV import)
};

export type PlanResult = { plan: ProductPlan; errors: null } | { plan: null; errors: Record<string, string>; conflict: boolean };

export type PlanContext = {
  /** True when another product of the shop keeps this SKU after the save. */
  skuTakenElsewhere: (sku: string) => boolean;
};

const VARIANT_FIELDS = ["title", "option1", "option2", "option3", "position", "sku", "priceAmount", "compareAtAmount", "trackStock", "stock"] as const;

export function planProduct(existing: ExistingProduct | null, input: ParsedProductUpdate, context: PlanContext): PlanResult {
  const errors: Record<string, string> = {};
  let conflict = false;
  const options = input.options ?? existing?.options ?? [];
  // Renames (an option's or value's `from`) keep the variants: decided here, never trusted from the editor's table.
  const linked = linkOptions(existing?.options ?? [], options);
  if (Object.keys(linked.errors).length) return { plan: null, errors: linked.errors, conflict: linked.stale };
  const merge = mergeVariants(existing?.variants ?? [], variantMatrix(options), {
    links: linked.links,
    defaultPriceAmount: existing ? undefined : (input.variants?.[0]?.priceAmount ?? 0),
  });
  const before = new Map((existing?.variants ?? []).map((v) => [v.id, v]));
  const variants = merge.variants.map((v) => ({ ...v }));
  const byKey = new Map(variants.map((v) => [variantKey(v), v]));
  const inputIndex = new Map<PlannedVariant | MergedVariant, number>();

  input.variants?.forEach((row: VariantInput, i) => {
    const target = byKey.get(variantKey(row));
    if (!target) {
      errors[`variants.${i}`] = `${variantTitle([row.option1, row.option2, row.option3])} doesn't match the product's options`;
      return;
    }
    inputIndex.set(target, i);
    if (row.sku !== undefined) target.sku = row.sku;
    target.priceAmount = row.priceAmount;
    if (row.compareAtAmount !== undefined) target.compareAtAmount = row.compareAtAmount;
    if (row.stock !== undefined) target.stock = row.stock;
    if (row.trackStock !== undefined) target.trackStock = row.trackStock;
  });

  for (const v of variants) {
    const i = inputIndex.get(v);
    const reserved = v.id ? (before.get(v.id)?.reserved ?? 0) : 0;
    if (v.trackStock && v.stock < reserved) {
      errors[i === undefined ? "variants" : `variants.${i}.stock`] =
        `${reserved} of ${v.title} ${reserved === 1 ? "is" : "are"} held by open checkouts: stock can't go below ${reserved}`;
      conflict = true;
    }
    if (v.sku && v.sku !== before.get(v.id ?? "")?.sku && context.skuTakenElsewhere(v.sku)) {
      errors[i === undefined ? "variants" : `variants.${i}.sku`] = `SKU ${v.sku} is already used by another product`;
      conflict = true;
    }
  }
  const held = merge.removed.find((v) => v.reserved > 0);
  if (held) {
    errors[input.options ? "options" : "variants"] =
      `${variantTitle([held.option1, held.option2, held.option3])} has ${held.reserved} held by open checkouts and can't be removed yet`;
    conflict = true;
  }
  if (Object.keys(errors).length) return { plan: null, errors, conflict };

  const { handle, title, descriptionMd, status, tags, lowStockThreshold } = input;
  return {
    errors: null,
    plan: {
      productId: existing?.id ?? null,
      fields: { handle, title, descriptionMd, status, tags, lowStockThreshold },
      options: input.options?.map(({ name, values }) => ({ name, values })) ?? (existing ? null : []),
      removedVariantIds: merge.removed.map((v) => v.id),
      variants: variants.map((v) => {
        const old = v.id ? before.get(v.id) : undefined;
        const changed = !old || VARIANT_FIELDS.some((f) => old[f] !== v[f]);
        return { ...v, changed, skuChanged: !!old && old.sku !== v.sku };
      }),
    },
  };
}
