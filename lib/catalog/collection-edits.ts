// Collections as the dashboard edits them: each write of lib/catalog/collections.ts with its
// audit entry in the same transaction, plus the one-step moves behind the up/down buttons
// (the lib reorders whole lists; a button moves one item). `actor` comes from the entry
// wrapper; each write checks its role again inside its transaction.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { requireRole, type ShopActor } from "@/lib/core/actor";
import { transaction, type Db, type Tx } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import {
  type CollectionInput,
  type CollectionUpdateInput,
  addProductsToCollection,
  createCollection,
  deleteCollections,
  removeProductsFromCollection,
  reorderCollectionProducts,
  reorderCollections,
  updateCollection,
} from "./collections";

export type Direction = "up" | "down";

const audit = (tx: Tx, actor: ShopActor, action: string, targetId: string, data: Record<string, string | number | boolean | string[]> = {}) =>
  recordAudit(tx, { shopId: actor.shopId, actorId: actor.userId, action: `collection.${action}`, targetType: "collection", targetId, data });

export function addCollection(db: Db, actor: ShopActor, input: CollectionInput) {
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "catalog");
    const collection = await createCollection(tx, actor.shopId, input);
    await audit(tx, actor, "created", collection.id, { title: collection.title, handle: collection.handle });
    return collection;
  });
}

export function editCollection(db: Db, actor: ShopActor, collectionId: string, input: CollectionUpdateInput) {
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "catalog");
    const collection = await updateCollection(tx, actor.shopId, collectionId, input);
    await audit(tx, actor, "updated", collection.id, { title: collection.title, handle: collection.handle, featured: collection.featured });
    return collection;
  });
}

/** Deletes one collection (its products stay in the shop); not_found for another shop's. */
export function removeCollection(db: Db, actor: ShopActor, collectionId: string) {
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "catalog");
    const found = await tx.collection.findFirst({ where: { id: collectionId, shopId: actor.shopId }, select: { title: true } });
    if (!found) throw AppError.notFound("collection");
    await deleteCollections(tx, actor.shopId, [collectionId]);
    await audit(tx, actor, "deleted", collectionId, { title: found.title });
    return found;
  });
}

/** Moves a collection one place up or down in the shop's list; false at either end. */
export function moveCollection(db: Db, actor: ShopActor, collectionId: string, direction: Direction): Promise<boolean> {
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "catalog");
    // Locked in display order: a second move waits for this one instead of undoing it.
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Collection" WHERE "shopId" = ${actor.shopId} ORDER BY position, "createdAt" FOR UPDATE`;
    const order = swapped(
      rows.map((r) => r.id),
      collectionId,
      direction,
      () => AppError.notFound("collection"),
    );
    if (!order) return false;
    await reorderCollections(tx, actor.shopId, order);
    await audit(tx, actor, "reordered", collectionId, { direction });
    return true;
  });
}

/** Appends the shop's products among `productIds` to the collection; returns how many were added. */
export function addToCollection(db: Db, actor: ShopActor, collectionId: string, productIds: string[]) {
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "catalog");
    const result = await addProductsToCollection(tx, actor.shopId, collectionId, productIds);
    if (result.count) await audit(tx, actor, "products_added", collectionId, { productIds });
    return result;
  });
}

export function removeFromCollection(db: Db, actor: ShopActor, collectionId: string, productId: string) {
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "catalog");
    const result = await removeProductsFromCollection(tx, actor.shopId, collectionId, [productId]);
    if (!result.count) throw productNotInCollection();
    await audit(tx, actor, "product_removed", collectionId, { productId });
    return result;
  });
}

/** Moves a product one place up or down in the collection's order; false at either end. */
export function moveInCollection(db: Db, actor: ShopActor, collectionId: string, productId: string, direction: Direction): Promise<boolean> {
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "catalog");
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Collection" WHERE id = ${collectionId} AND "shopId" = ${actor.shopId} FOR UPDATE`;
    if (!locked.length) throw AppError.notFound("collection");
    // The order the storefront and listProducts(sort: "position") show: position, then id.
    const rows = await tx.collectionProduct.findMany({
      where: { shopId: actor.shopId, collectionId },
      select: { productId: true },
      orderBy: [{ position: "asc" }, { productId: "asc" }],
    });
    const order = swapped(
      rows.map((r) => r.productId),
      productId,
      direction,
      productNotInCollection,
    );
    if (!order) return false;
    await reorderCollectionProducts(tx, actor.shopId, collectionId, order);
    await audit(tx, actor, "products_reordered", collectionId, { productId, direction });
    return true;
  });
}

/** Which of `productIds` are already in the collection (to mark search results "Added"). */
export async function productsInCollection(db: Db, shopId: string, collectionId: string, productIds: string[]): Promise<Set<string>> {
  if (!productIds.length) return new Set();
  const rows = await db.collectionProduct.findMany({ where: { shopId, collectionId, productId: { in: productIds } }, select: { productId: true } });
  return new Set(rows.map((r) => r.productId));
}

const productNotInCollection = () => new AppError("not_found", { form: "Product in this collection not found." });

function swapped(ids: string[], id: string, direction: Direction, notFound: () => AppError): string[] | null {
  const at = ids.indexOf(id);
  if (at < 0) throw notFound();
  const to = direction === "up" ? at - 1 : at + 1;
  if (to < 0 || to >= ids.length) return null;
  const order = [...ids];
  [order[at], order[to]] = [order[to], order[at]];
  return order;
}
