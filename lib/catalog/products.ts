// Products of one shop, as the merchant edits them. Every function takes the shop's id and
// only ever reads or writes that shop's rows: ids of other shops behave as if they did not exist.
import { Prisma } from "@/lib/generated/prisma/client";
import { transaction, type Db, type Tx } from "@/lib/core/db";
import { AppError, parseInput, violatedUniqueIndex } from "@/lib/core/errors";
import { holdBackPublished } from "@/lib/moderation/gate";
import { uniqueHandle } from "./handles";
import { type ExistingProduct, type PlanResult, planProduct } from "./product-plan";
import { applyPlans, loadProductsForUpdate, skuOwners } from "./product-writes";
import {
  type ParsedProductInput,
  type ParsedProductUpdate,
  type ProductInput,
  type ProductStatus,
  type ProductUpdateInput,
  MAX_STOCK,
  idListSchema,
  productInputSchema,
  productStatusSchema,
  productUpdateSchema,
} from "./schemas";

export type { ProductInput, ProductUpdateInput };
export type ProductForEdit = Awaited<ReturnType<typeof getProductForEdit>>;

/** Creates a product with its options and variants; the handle is made from the title when absent. */
export async function createProduct(db: Db, shopId: string, input: ProductInput): Promise<ProductForEdit> {
  const data = parseInput(productInputSchema, input);
  return transaction(db, async (tx) => getProductForEdit(tx, shopId, await insertProduct(tx, shopId, data)));
}

/** createProduct's writes, on parsed input; returns the new product's id. */
export async function insertProduct(tx: Tx, shopId: string, data: ParsedProductInput): Promise<string> {
  return withUniqueErrors(async () => {
    const handle = data.handle ?? (await uniqueHandle(tx, shopId, data.title));
    if (data.handle) await assertHandleFree(tx, shopId, handle, null);
    const owners = await skuOwners(tx, shopId, skusOf(data));
    return save(tx, shopId, planProduct(null, { ...data, handle }, { skuTakenElsewhere: (sku) => owners.has(sku) }));
  });
}

/**
 * Saves the edit form: product fields, options and variants in one transaction. Changing the
 * options keeps the variants whose combination survives (with their stock); a duplicate
 * handle or SKU in the shop, or stock below what open checkouts hold, writes nothing.
 */
export async function updateProduct(db: Db, shopId: string, productId: string, input: ProductUpdateInput): Promise<ProductForEdit> {
  const data = parseInput(productUpdateSchema, input);
  return transaction(db, async (tx) => {
    const [existing] = await loadProductsForUpdate(tx, shopId, { ids: [productId] });
    if (!existing) throw AppError.notFound("product");
    await rewriteProduct(tx, shopId, existing, data);
    return getProductForEdit(tx, shopId, productId);
  });
}

/** updateProduct's writes, on parsed input, for a product loadProductsForUpdate read and locked. */
export async function rewriteProduct(tx: Tx, shopId: string, existing: ExistingProduct, data: ParsedProductUpdate): Promise<void> {
  await withUniqueErrors(async () => {
    if (data.handle && data.handle !== existing.handle) await assertHandleFree(tx, shopId, data.handle, existing.id);
    const owners = await skuOwners(tx, shopId, skusOf(data));
    await save(tx, shopId, planProduct(existing, data, { skuTakenElsewhere: (sku) => (owners.get(sku) ?? existing.id) !== existing.id }));
  });
}

/** Everything the edit page shows, in display order; throws not_found for another shop's product. */
export async function getProductForEdit(db: Db, shopId: string, productId: string) {
  const product = await db.product.findFirst({
    where: { id: productId, shopId },
    select: {
      id: true,
      handle: true,
      title: true,
      descriptionMd: true,
      status: true,
      moderationState: true,
      tags: true,
      lowStockThreshold: true,
      createdAt: true,
      updatedAt: true,
      options: { select: { name: true, values: true }, orderBy: { position: "asc" } },
      variants: {
        select: {
          id: true,
          title: true,
          option1: true,
          option2: true,
          option3: true,
          sku: true,
          priceAmount: true,
          compareAtAmount: true,
          trackStock: true,
          stock: true,
          reserved: true,
          position: true,
        },
        orderBy: [{ position: "asc" }, { id: "asc" }],
      },
      images: { select: { id: true, url: true, alt: true, width: true, height: true, position: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
      collections: { select: { collection: { select: { id: true, handle: true, title: true } } } },
    },
  });
  if (!product) throw AppError.notFound("product");
  return { ...product, collections: product.collections.map((c) => c.collection) };
}

/** Bulk publish / unpublish / archive. Returns how many of the shop's products changed, and those held for review (`pending`, when any). */
export async function setProductsStatus(db: Db, shopId: string, ids: string[], status: ProductStatus): Promise<{ count: number; pending?: string[] }> {
  const list = parseInput(idListSchema, ids);
  const value = parseInput(productStatusSchema, status);
  return transaction(db, async (tx) => {
    const { count } = await tx.product.updateMany({ where: { shopId, id: { in: list } }, data: { status: value } });
    // Publishing goes through the platform's rules: refused, or held for review (pending).
    const { pending } = value === "ACTIVE" ? await holdBackPublished(tx, shopId, list) : { pending: [] };
    return pending.length ? { count, pending } : { count };
  });
}

/**
 * Bulk delete. Refuses (and deletes nothing) when a product has units held by open
 * checkouts: the shopper is about to pay for them. Archiving is always possible.
 */
export async function deleteProducts(db: Db, shopId: string, ids: string[]): Promise<{ count: number }> {
  const list = parseInput(idListSchema, ids);
  return transaction(db, async (tx) => {
    // Every variant locked, not only those holding units: no checkout can reserve one meanwhile.
    const variants = await tx.$queryRaw<{ title: string; reserved: number }[]>`
      SELECT p.title, v.reserved FROM "Variant" v JOIN "Product" p ON p.id = v."productId"
      WHERE v."shopId" = ${shopId} AND v."productId" = ANY(${list}::text[])
      ORDER BY v.id FOR UPDATE OF v`;
    const held = variants.filter((v) => v.reserved > 0);
    if (held.length) {
      throw AppError.conflict({ ids: `${held[0].title} has units held by open checkouts. Archive it instead, or delete it once those checkouts end.` });
    }
    return tx.product.deleteMany({ where: { shopId, id: { in: list } } });
  });
}

/** Sets units on hand. Refuses to go below what open checkouts hold (for tracked variants). */
export async function setVariantStock(db: Db, shopId: string, variantId: string, stock: number) {
  if (!Number.isInteger(stock) || stock < 0 || stock > MAX_STOCK) throw AppError.invalid({ stock: `Enter a whole number from 0 to ${MAX_STOCK}` });
  // One statement: the check and the write cannot be split by a checkout reserving units.
  const { count } = await db.variant.updateMany({
    where: { id: variantId, shopId, OR: [{ trackStock: false }, { reserved: { lte: stock } }] },
    data: { stock },
  });
  const variant = await db.variant.findFirst({
    where: { id: variantId, shopId },
    select: { id: true, title: true, stock: true, reserved: true, trackStock: true },
  });
  if (!variant) throw variantNotFound();
  if (!count) throw AppError.conflict({ stock: `${variant.reserved} held by open checkouts: stock can't go below ${variant.reserved}` });
  return variant;
}

/** The merchant's word for it: "Variant", not the storefront's "product option". */
export const variantNotFound = () => new AppError("not_found", { form: "Variant not found." });

function skusOf(data: ParsedProductUpdate): string[] {
  return (data.variants ?? []).flatMap((v) => (v.sku ? [v.sku] : []));
}

async function assertHandleFree(tx: Tx, shopId: string, handle: string, productId: string | null) {
  const other = await tx.product.findFirst({ where: { shopId, handle, ...(productId ? { NOT: { id: productId } } : {}) }, select: { id: true } });
  if (other) throw AppError.conflict({ handle: `Another product already uses the handle ${handle}` });
}

async function save(tx: Tx, shopId: string, result: PlanResult): Promise<string> {
  if (result.errors) throw new AppError(result.conflict ? "conflict" : "invalid", result.errors);
  const [id] = await applyPlans(tx, shopId, [result.plan]);
  return id;
}

// Two saves racing past the checks above meet the unique indexes: same message, nothing written.
async function withUniqueErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const index = violatedUniqueIndex(error);
    if (index?.includes("handle")) throw AppError.conflict({ handle: "Another product already uses this handle" });
    if (index?.includes("sku")) throw AppError.conflict({ variants: "A SKU is already used by another product" });
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.message.includes("Variant_stock_check")) {
      throw AppError.conflict({ variants: "Stock can't go below the units held by open checkouts" });
    }
    throw error;
  }
}
