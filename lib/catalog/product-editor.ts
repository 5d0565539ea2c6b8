// What saving the merchant's product editor does: the product, its pictures and the audit
// entry in one transaction, so a refused picture leaves the product as it was too.
import { recordAudit } from "@/lib/audit/log";
import { type Db, type Tx, inTransaction } from "./db";
import { CatalogError } from "./errors";
import { addProductImage, removeProductImage, reorderProductImages, setProductImageAlt } from "./images";
import { type ProductForEdit, createProduct, getProductForEdit, setVariantStock, updateProduct } from "./products";
import type { ProductFormImage } from "./product-form";
import type { ProductInput } from "./schemas";

export type EditorActor = { shopId: string; userId: string };

/** Creates (`productId` null) or updates the product; `images` is the full list in display order. */
export async function saveProductFromEditor(
  db: Db,
  actor: EditorActor,
  productId: string | null,
  input: ProductInput,
  images: ProductFormImage[],
): Promise<ProductForEdit> {
  const { shopId, userId } = actor;
  return inTransaction(db, async (tx) => {
    const before = productId ? await getProductForEdit(tx, shopId, productId) : null;
    const saved = before ? await updateProduct(tx, shopId, before.id, input) : await createProduct(tx, shopId, input);
    await syncImages(tx, shopId, saved.id, saved.images, images);
    const after = await getProductForEdit(tx, shopId, saved.id);
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
    return after;
  });
}

/** Quick stock edit from the variant table; refuses to go below what open checkouts hold. */
export async function setStockFromEditor(db: Db, actor: EditorActor, variantId: string, stock: number) {
  return inTransaction(db, async (tx) => {
    const found = await tx.variant.findFirst({ where: { id: variantId, shopId: actor.shopId }, select: { productId: true, stock: true } });
    if (!found) throw CatalogError.notFound("Variant");
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
        if (!old) throw CatalogError.invalid({ images: "The pictures changed meanwhile: reload the page and try again" });
        if (old.alt !== image.alt.trim()) await setProductImageAlt(tx, shopId, image.id, image.alt);
        ids.push(image.id);
      } else {
        ids.push((await addProductImage(tx, shopId, productId, { url: image.url, width: image.width, height: image.height, alt: image.alt })).id);
      }
    } catch (error) {
      if (error instanceof CatalogError && error.code === "invalid") throw CatalogError.invalid({ [`images.${i}`]: error.message });
      throw error;
    }
  }
  const natural = [...current.filter((image) => wantedIds.has(image.id)).map((image) => image.id), ...ids.filter((id) => !currentById.has(id))];
  if (ids.join() !== natural.join()) await reorderProductImages(tx, shopId, productId, ids);
}
