// What saving the merchant's product editor does: the product, its pictures and the audit
// entry in one transaction, so a refused picture leaves the product as it was too. The
// product is read twice: locked, for the plan, and once saved, for the editor.
import { recordAudit } from "@/lib/audit/log";
import { requireRole, type ShopActor } from "@/lib/core/actor";
import { transaction, type Db, type Tx } from "@/lib/core/db";
import { AppError, parseInput } from "@/lib/core/errors";
import { addProductImage, removeProductImage, reorderProductImages, setProductImageAlt } from "./images";
import { type ProductForEdit, getProductForEdit, insertProduct, rewriteProduct, setVariantStock, variantNotFound } from "./products";
import type { ProductFormImage } from "./product-form";
import { type LockedProduct, loadProductsForUpdate } from "./product-writes";
import { type ProductInput, productInputSchema, productUpdateSchema } from "./schemas";

/**
 * Creates (`productId` null) or updates the product; `images` is the full list in display
 * order. Returns the saved product and the handle it had before (null when new).
 */
export async function saveProductFromEditor(
  db: Db,
  actor: ShopActor,
  productId: string | null,
  input: ProductInput,
  images: ProductFormImage[],
): Promise<{ product: ProductForEdit; previousHandle: string | null }> {
  const { shopId, userId } = actor;
  const create = productId === null ? parseInput(productInputSchema, input) : null;
  const update = productId === null ? null : parseInput(productUpdateSchema, input);
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "catalog");
    let before: LockedProduct | null = null;
    let current: { id: string; alt: string }[] = [];
    let id: string;
    if (update) {
      [before] = await loadProductsForUpdate(tx, shopId, { ids: [productId!] });
      if (!before) throw AppError.notFound("product");
      current = await tx.productImage.findMany({ where: { shopId, productId: before.id }, select: { id: true, alt: true }, orderBy: IMAGE_ORDER });
      await rewriteProduct(tx, shopId, before, update);
      id = before.id;
    } else {
      id = await insertProduct(tx, shopId, create!);
    }
    await syncImages(tx, shopId, id, current, images);
    const after = await getProductForEdit(tx, shopId, id);
    const kept = new Set(after.variants.map((v) => v.id));
    await recordAudit(tx, {
      shopId,
      actorId: userId,
      action: before ? "product.updated" : "product.created",
      targetType: "product",
      targetId: after.id,
      data: {
        title: after.title,
        handle: after.handle,
        status: after.status,
        ...(before && before.status !== after.status ? { previousStatus: before.status } : {}),
        ...(before && before.handle !== after.handle ? { previousHandle: before.handle } : {}),
        variants: after.variants.length,
        removedVariants: before?.variants.filter((v) => !kept.has(v.id)).map((v) => v.title) ?? [],
        images: after.images.length,
      },
    });
    return { product: after, previousHandle: before?.handle ?? null };
  });
}

const IMAGE_ORDER = [{ position: "asc" as const }, { id: "asc" as const }];

/** Quick stock edit from the variant table; refuses to go below what open checkouts hold. */
export async function setStockFromEditor(db: Db, actor: ShopActor, variantId: string, stock: number) {
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "catalog");
    const found = await tx.variant.findFirst({ where: { id: variantId, shopId: actor.shopId }, select: { productId: true, stock: true } });
    if (!found) throw variantNotFound();
    const variant = await setVariantStock(tx, actor.shopId, variantId, stock);
    await recordAudit(tx, {
      shopId: actor.shopId,
      actorId: actor.userId,
      action: "variant.stock_set",
      targetType: "variant",
      targetId: variant.id,
      data: { productId: found.productId, title: variant.title, from: found.stock, to: variant.stock },
    });
    return { ...variant, productId: found.productId };
  });
}

// Removals first (they free room under the per-product limit), then alt text and new
// pictures, then the order. A failure names the picture: "images.2".
async function syncImages(tx: Tx, shopId: string, productId: string, current: { id: string; alt: string }[], wanted: ProductFormImage[]) {
  const wantedIds = new Set(wanted.flatMap((w) => (w.id ? [w.id] : [])));
  const currentById = new Map(current.map((image) => [image.id, image]));
  for (const image of current) if (!wantedIds.has(image.id)) await removeProductImage(tx, shopId, image.id);
  const ids: string[] = [];
  for (const [i, image] of wanted.entries()) {
    try {
      if (image.id) {
        const old = currentById.get(image.id);
        if (!old) throw AppError.invalid({ images: "The pictures changed meanwhile: reload the page and try again" });
        if (old.alt !== image.alt.trim()) await setProductImageAlt(tx, shopId, image.id, image.alt);
        ids.push(image.id);
      } else {
        ids.push((await addProductImage(tx, shopId, productId, { url: image.url, width: image.width, height: image.height, alt: image.alt })).id);
      }
    } catch (error) {
      if (error instanceof AppError && error.code === "invalid") throw AppError.invalid({ [`images.${i}`]: error.message });
      throw error;
    }
  }
  const natural = [...current.filter((image) => wantedIds.has(image.id)).map((image) => image.id), ...ids.filter((id) => !currentById.has(id))];
  if (ids.join() !== natural.join()) await reorderProductImages(tx, shopId, productId, ids);
}
