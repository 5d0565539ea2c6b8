// Manual collections ("Summer", "Gifts under €20"): the merchant picks the products and
// their order, and the order of the collections themselves.
import { z } from "zod";
import { transaction, type Db } from "@/lib/core/db";
import { AppError, parseInput, violatedUniqueIndex } from "@/lib/core/errors";
import { uniqueHandle } from "./handles";
import { type CollectionInput, type CollectionUpdateInput, collectionInputSchema, collectionUpdateSchema, idListSchema, sameSet } from "./schemas";

export type { CollectionInput, CollectionUpdateInput };

const SELECT = { id: true, handle: true, title: true, description: true, featured: true, position: true, updatedAt: true } as const;

/** Creates a collection at the end of the shop's list; the handle is made from the title when absent. */
export async function createCollection(db: Db, shopId: string, input: CollectionInput) {
  const data = parseInput(collectionInputSchema, input);
  return withHandleError(() =>
    transaction(db, async (tx) => {
      const handle = data.handle ?? (await uniqueHandle(tx, shopId, data.title, "collection"));
      if (data.handle) await assertHandleFree(tx, shopId, handle, null);
      const { _max } = await tx.collection.aggregate({ where: { shopId }, _max: { position: true } });
      return tx.collection.create({ data: { shopId, ...data, handle, position: (_max.position ?? -1) + 1 }, select: SELECT });
    }),
  );
}

export async function updateCollection(db: Db, shopId: string, collectionId: string, input: CollectionUpdateInput) {
  const data = parseInput(collectionUpdateSchema, input);
  return withHandleError(() =>
    transaction(db, async (tx) => {
      if (data.handle) await assertHandleFree(tx, shopId, data.handle, collectionId);
      const { count } = await tx.collection.updateMany({ where: { id: collectionId, shopId }, data });
      if (!count) throw AppError.notFound("collection");
      return tx.collection.findFirstOrThrow({ where: { id: collectionId, shopId }, select: SELECT });
    }),
  );
}

/** Deletes collections (not their products). Ids of other shops are ignored. */
export async function deleteCollections(db: Db, shopId: string, collectionIds: string[]) {
  return db.collection.deleteMany({ where: { shopId, id: { in: parseInput(idListSchema, collectionIds) } } });
}

/** The shop's collections in the merchant's order, with how many products each holds. */
export async function listCollections(db: Db, shopId: string) {
  const rows = await db.collection.findMany({
    where: { shopId },
    select: { ...SELECT, _count: { select: { products: true } } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  return rows.map(({ _count, ...c }) => ({ ...c, productCount: _count.products }));
}

export async function getCollection(db: Db, shopId: string, collectionId: string) {
  const collection = await db.collection.findFirst({ where: { id: collectionId, shopId }, select: SELECT });
  if (!collection) throw AppError.notFound("collection");
  return collection;
}

/**
 * Appends products to a collection in the order given. Products already in it stay where
 * they are; ids that are not the shop's products are skipped. Returns how many were added.
 */
export async function addProductsToCollection(db: Db, shopId: string, collectionId: string, productIds: string[]) {
  const ids = parseInput(idListSchema, productIds);
  return transaction(db, async (tx) => {
    await lockCollection(tx, shopId, collectionId);
    const products = await tx.product.findMany({ where: { shopId, id: { in: ids } }, select: { id: true } });
    const present = await tx.collectionProduct.findMany({ where: { shopId, collectionId, productId: { in: ids } }, select: { productId: true } });
    const last = await tx.collectionProduct.aggregate({ where: { shopId, collectionId }, _max: { position: true } });
    const mine = new Set(products.map((p) => p.id));
    const already = new Set(present.map((p) => p.productId));
    const toAdd = [...new Set(ids)].filter((id) => mine.has(id) && !already.has(id));
    const start = (last._max.position ?? -1) + 1;
    await tx.collectionProduct.createMany({ data: toAdd.map((productId, i) => ({ shopId, collectionId, productId, position: start + i })) });
    return { count: toAdd.length };
  });
}

export async function removeProductsFromCollection(db: Db, shopId: string, collectionId: string, productIds: string[]) {
  const ids = parseInput(idListSchema, productIds);
  return db.collectionProduct.deleteMany({ where: { shopId, collectionId, productId: { in: ids } } });
}

/** Sets the order of the collection's products: `productIds` must list each of them once. */
export async function reorderCollectionProducts(db: Db, shopId: string, collectionId: string, productIds: string[]) {
  const ids = parseInput(z.array(z.string().min(1).max(64)).max(100_000), productIds); // a whole collection, not a selection
  await transaction(db, async (tx) => {
    await lockCollection(tx, shopId, collectionId);
    const current = await tx.collectionProduct.findMany({ where: { shopId, collectionId }, select: { productId: true } });
    if (
      !sameSet(
        current.map((c) => c.productId),
        ids,
      )
    )
      throw AppError.invalid({ products: "The collection changed meanwhile: reload the page and try again" });
    await tx.$executeRaw`
      UPDATE "CollectionProduct" AS c SET position = d.position - 1
      FROM unnest(${ids}::text[]) WITH ORDINALITY AS d("productId", position)
      WHERE c."productId" = d."productId" AND c."collectionId" = ${collectionId} AND c."shopId" = ${shopId}`;
  });
}

/** Sets the order of all the shop's collections: `collectionIds` must list each of them once. */
export async function reorderCollections(db: Db, shopId: string, collectionIds: string[]) {
  const ids = parseInput(idListSchema, collectionIds);
  await transaction(db, async (tx) => {
    const current = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Collection" WHERE "shopId" = ${shopId} ORDER BY id FOR UPDATE`;
    if (
      !sameSet(
        current.map((c) => c.id),
        ids,
      )
    )
      throw AppError.invalid({ collections: "The collections changed meanwhile: reload the page and try again" });
    await tx.$executeRaw`
      UPDATE "Collection" AS c SET position = d.position - 1, "updatedAt" = (now() AT TIME ZONE 'UTC')
      FROM unnest(${ids}::text[]) WITH ORDINALITY AS d(id, position)
      WHERE c.id = d.id AND c."shopId" = ${shopId}`;
  });
}

async function lockCollection(db: Db, shopId: string, collectionId: string) {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Collection" WHERE id = ${collectionId} AND "shopId" = ${shopId} FOR UPDATE`;
  if (!rows.length) throw AppError.notFound("collection");
}

async function assertHandleFree(db: Db, shopId: string, handle: string, collectionId: string | null) {
  const other = await db.collection.findFirst({ where: { shopId, handle, ...(collectionId ? { NOT: { id: collectionId } } : {}) }, select: { id: true } });
  if (other) throw AppError.conflict({ handle: `Another collection already uses the handle ${handle}` });
}

async function withHandleError<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (violatedUniqueIndex(error)?.includes("handle")) throw AppError.conflict({ handle: "Another collection already uses this handle" });
    throw error;
  }
}
