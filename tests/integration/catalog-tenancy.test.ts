// Tenant isolation: every catalogue function, called by shop A with shop B's ids, neither
// changes nor reveals anything of shop B. B's rows are compared before and after each call.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, beforeEach, afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  addProductsToCollection,
  createCollection,
  deleteCollections,
  getCollection,
  listCollections,
  removeProductsFromCollection,
  reorderCollectionProducts,
  reorderCollections,
  updateCollection,
} from "@/lib/catalog/collections";
import { exportProductsCsv, importProductsCsv } from "@/lib/catalog/csv";
import { uniqueHandle } from "@/lib/catalog/handles";
import { addProductImage, removeProductImage, reorderProductImages, setProductImageAlt, uploadProductImage } from "@/lib/catalog/images";
import { listProducts } from "@/lib/catalog/list";
import { createProduct, deleteProducts, getProductForEdit, setProductsStatus, setVariantStock, updateProduct } from "@/lib/catalog/products";
import { searchProducts } from "@/lib/catalog/search";
import { catalogueOf, makeShop } from "../support/catalog-fixtures";

let a: { id: string };
let b: { id: string };
let bProduct: Awaited<ReturnType<typeof createProduct>>;
let bImageIds: string[];
let bCollectionId: string;
let aProductId: string;
let aCollectionId: string;
let before: Awaited<ReturnType<typeof catalogueOf>>;

beforeAll(async () => {
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "minishop-tenancy-"));
  a = await makeShop();
  b = await makeShop();
  bProduct = await createProduct(db, b.id, {
    title: "Linen Tee",
    handle: "tee",
    status: "ACTIVE",
    options: [{ name: "Size", values: ["S", "M"] }],
    variants: [{ option1: "S", priceAmount: 2000, stock: 5, sku: "TEE-S" }],
  });
  await db.productImage.createMany({
    data: [0, 1].map((position) => ({ shopId: b.id, productId: bProduct.id, url: `/uploads/images/b${position}.webp`, width: 1, height: 1, position })),
  });
  bImageIds = (await db.productImage.findMany({ where: { shopId: b.id }, orderBy: { position: "asc" } })).map((i) => i.id);
  bCollectionId = (await createCollection(db, b.id, { title: "Summer", handle: "summer" })).id;
  await addProductsToCollection(db, b.id, bCollectionId, [bProduct.id]);
  aProductId = (await createProduct(db, a.id, { title: "Mug", status: "ACTIVE", variants: [{ priceAmount: 1000, stock: 1 }] })).id;
  aCollectionId = (await createCollection(db, a.id, { title: "Kitchen" })).id;
});

beforeEach(async () => {
  before = await catalogueOf(b.id);
});
afterEach(async () => {
  expect(await catalogueOf(b.id)).toEqual(before);
});

const notFound = { code: "not_found", status: 404 };

describe("shop A acting on shop B's ids", () => {
  it("products: edit, read, stock, status and delete see nothing", async () => {
    await expect(updateProduct(db, a.id, bProduct.id, { title: "Hacked", options: [] })).rejects.toMatchObject(notFound);
    await expect(getProductForEdit(db, a.id, bProduct.id)).rejects.toMatchObject(notFound);
    await expect(setVariantStock(db, a.id, bProduct.variants[0].id, 0)).rejects.toMatchObject(notFound);
    expect(await setProductsStatus(db, a.id, [bProduct.id], "ARCHIVED")).toEqual({ count: 0 });
    expect(await deleteProducts(db, a.id, [bProduct.id])).toEqual({ count: 0 });
    expect(await setProductsStatus(db, a.id, [bProduct.id, aProductId], "ACTIVE")).toEqual({ count: 1 });
  });

  it("products: B's handle and SKU are free for A", async () => {
    expect(await uniqueHandle(db, a.id, "tee")).toBe("tee");
    const own = await createProduct(db, a.id, { title: "Tee", handle: "tee", variants: [{ priceAmount: 1, sku: "TEE-S" }] });
    await updateProduct(db, a.id, own.id, { title: "Tee 2" });
    await deleteProducts(db, a.id, [own.id]);
  });

  it("lists and search never return B's products", async () => {
    expect((await listProducts(db, a.id, { q: "tee" })).items).toEqual([]);
    expect(await listProducts(db, a.id, { collectionId: bCollectionId, sort: "position" })).toMatchObject({ items: [], total: 0 });
    expect((await listProducts(db, a.id)).items.map((p) => p.id)).toEqual([aProductId]);
    expect(await searchProducts(db, a.id, { q: "linen" })).toMatchObject({ items: [], total: 0 });
    expect(await searchProducts(db, a.id, { q: "tee" })).toMatchObject({ items: [], total: 0 }); // nor the fuzzy fallback
    expect((await searchProducts(db, a.id, { collectionId: bCollectionId })).items).toEqual([]);
  });

  it("images: B's product and images can't be changed", async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    await expect(addProductImage(db, a.id, bProduct.id, { url: "/uploads/images/x.webp", width: 1, height: 1 })).rejects.toMatchObject(notFound);
    await expect(uploadProductImage(db, a.id, bProduct.id, png)).rejects.toMatchObject(notFound);
    await expect(reorderProductImages(db, a.id, bProduct.id, [...bImageIds].reverse())).rejects.toMatchObject(notFound);
    await expect(reorderProductImages(db, a.id, aProductId, [...bImageIds].reverse())).rejects.toMatchObject({ code: "invalid" });
    await expect(setProductImageAlt(db, a.id, bImageIds[0], "hacked")).rejects.toMatchObject(notFound);
    await expect(removeProductImage(db, a.id, bImageIds[0])).rejects.toMatchObject(notFound);
  });

  it("collections: B's collections can't be read, changed, filled, emptied or reordered", async () => {
    await expect(getCollection(db, a.id, bCollectionId)).rejects.toMatchObject(notFound);
    await expect(updateCollection(db, a.id, bCollectionId, { title: "Hacked" })).rejects.toMatchObject(notFound);
    expect(await deleteCollections(db, a.id, [bCollectionId])).toEqual({ count: 0 });
    await expect(addProductsToCollection(db, a.id, bCollectionId, [aProductId])).rejects.toMatchObject(notFound);
    expect(await addProductsToCollection(db, a.id, aCollectionId, [bProduct.id])).toEqual({ count: 0 });
    expect(await removeProductsFromCollection(db, a.id, bCollectionId, [bProduct.id])).toEqual({ count: 0 });
    await expect(reorderCollectionProducts(db, a.id, bCollectionId, [bProduct.id])).rejects.toMatchObject(notFound);
    await expect(reorderCollections(db, a.id, [bCollectionId])).rejects.toMatchObject({ code: "invalid" });
    expect((await listCollections(db, a.id)).map((c) => c.id)).toEqual([aCollectionId]);
    const same = await createCollection(db, a.id, { title: "Summer", handle: "summer" }); // B's handle is free in A
    await deleteCollections(db, a.id, [same.id]);
  });

  it("CSV: export holds only A's catalogue; importing B's handles and SKUs creates A's own products", async () => {
    const exported = await exportProductsCsv(db, a.id);
    expect(exported).not.toMatch(/tee|Linen/i);
    const file = `Handle,Title,Option1 Name,Option1 Value,Variant Price,Variant SKU,Variant Inventory Qty\ntee,Not B's tee,Size,S,1.00,TEE-S,0\n`;
    expect(await importProductsCsv(db, a.id, file)).toMatchObject({ ok: true, created: 1, updated: 0 });
    const imported = await db.product.findFirstOrThrow({ where: { shopId: a.id, handle: "tee" } });
    await deleteProducts(db, a.id, [imported.id]);
  });
});
