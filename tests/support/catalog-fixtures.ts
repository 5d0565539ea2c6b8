// Fixtures for the catalogue integration tests: shops, and a snapshot of every catalogue row
// a shop owns, to prove that an action on one shop left another exactly as it was.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";

export async function makeShop(currency = "EUR") {
  const slug = `shop-${randomBytes(4).toString("hex")}`;
  return db.shop.create({ data: { slug, name: slug, currency } });
}

/** Holds `units` of a variant as an open checkout would. */
export async function reserve(variantId: string, units: number) {
  await db.variant.update({ where: { id: variantId }, data: { reserved: units } });
}

export async function catalogueOf(shopId: string) {
  const where = { where: { shopId } };
  const byId = { orderBy: { id: "asc" as const } };
  return {
    products: await db.product.findMany({ ...where, ...byId }),
    options: await db.productOption.findMany({ ...where, ...byId }),
    variants: await db.variant.findMany({ ...where, ...byId }),
    images: await db.productImage.findMany({ ...where, ...byId }),
    collections: await db.collection.findMany({ ...where, ...byId }),
    collectionItems: await db.collectionProduct.findMany({ ...where, orderBy: [{ collectionId: "asc" }, { productId: "asc" }] }),
  };
}
