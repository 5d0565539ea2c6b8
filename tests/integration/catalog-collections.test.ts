// Collections and product pictures, in the order the merchant arranges them.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  addProductsToCollection,
  createCollection,
  deleteCollections,
  listCollections,
  removeProductsFromCollection,
  reorderCollectionProducts,
  reorderCollections,
  updateCollection,
} from "@/lib/catalog/collections";
import {
  addProductImage,
  MAX_IMAGES_PER_PRODUCT,
  removeProductImage,
  reorderProductImages,
  setProductImageAlt,
  uploadProductImage,
} from "@/lib/catalog/images";
import { listProducts } from "@/lib/catalog/list";
import { createProduct, getProductForEdit } from "@/lib/catalog/products";
import { readFile } from "@/lib/storage/local";
import { makeShop } from "../support/catalog-fixtures";

beforeAll(() => {
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "minishop-images-"));
});

describe("collections", () => {
  it("keeps handles unique per shop and numbers generated ones", async () => {
    const shop = await makeShop();
    expect((await createCollection(db, shop.id, { title: "Summer Sale" })).handle).toBe("summer-sale");
    expect((await createCollection(db, shop.id, { title: "Summer Sale" })).handle).toBe("summer-sale-2");
    await expect(createCollection(db, shop.id, { title: "Other", handle: "summer-sale" })).rejects.toMatchObject({
      status: 409,
      fields: { handle: expect.any(String) },
    });
    const gifts = await createCollection(db, shop.id, { title: "Gifts" });
    await expect(updateCollection(db, shop.id, gifts.id, { handle: "summer-sale-2" })).rejects.toMatchObject({ fields: { handle: expect.any(String) } });
    expect(await updateCollection(db, shop.id, gifts.id, { title: "Gift ideas", featured: true })).toMatchObject({
      title: "Gift ideas",
      handle: "gifts",
      featured: true,
    });
  });

  it("adds products in the order picked, skips duplicates, and reorders them", async () => {
    const shop = await makeShop();
    const [x, y, z] = await Promise.all(["X", "Y", "Z"].map((title) => createProduct(db, shop.id, { title })));
    const c = await createCollection(db, shop.id, { title: "Picks" });
    expect(await addProductsToCollection(db, shop.id, c.id, [y.id, x.id])).toEqual({ count: 2 });
    expect(await addProductsToCollection(db, shop.id, c.id, [x.id, z.id])).toEqual({ count: 1 });
    const order = async () => (await listProducts(db, shop.id, { collectionId: c.id, sort: "position" })).items.map((p) => p.title);
    expect(await order()).toEqual(["Y", "X", "Z"]);
    await reorderCollectionProducts(db, shop.id, c.id, [z.id, y.id, x.id]);
    expect(await order()).toEqual(["Z", "Y", "X"]);
    await expect(reorderCollectionProducts(db, shop.id, c.id, [z.id, y.id])).rejects.toMatchObject({ code: "invalid" }); // a stale page
    expect(await removeProductsFromCollection(db, shop.id, c.id, [y.id])).toEqual({ count: 1 });
    expect(await order()).toEqual(["Z", "X"]);
    expect((await getProductForEdit(db, shop.id, x.id)).collections).toEqual([{ id: c.id, handle: "picks", title: "Picks" }]);
  });

  it("lists collections in the merchant's order with product counts, and deletes them without their products", async () => {
    const shop = await makeShop();
    const p = await createProduct(db, shop.id, { title: "Tee" });
    const [one, two, three] = [
      await createCollection(db, shop.id, { title: "One" }),
      await createCollection(db, shop.id, { title: "Two" }),
      await createCollection(db, shop.id, { title: "Three" }),
    ];
    await addProductsToCollection(db, shop.id, two.id, [p.id]);
    await reorderCollections(db, shop.id, [three.id, one.id, two.id]);
    expect((await listCollections(db, shop.id)).map((c) => [c.title, c.productCount])).toEqual([
      ["Three", 0],
      ["One", 0],
      ["Two", 1],
    ]);
    expect(await deleteCollections(db, shop.id, [two.id])).toEqual({ count: 1 });
    expect(await db.product.count({ where: { id: p.id } })).toBe(1);
  });
});

describe("product images", () => {
  const png = (w: number, h: number) =>
    sharp({ create: { width: w, height: h, channels: 3, background: "#0a0" } })
      .png()
      .toBuffer();

  it("stores uploads as WebP, appends them, and the first one shows in lists", async () => {
    const shop = await makeShop();
    const p = await createProduct(db, shop.id, { title: "Tee" });
    const first = await uploadProductImage(db, shop.id, p.id, await png(2400, 1200), "Front");
    const second = await uploadProductImage(db, shop.id, p.id, await png(100, 100));
    expect(first).toMatchObject({ width: 1600, height: 800, alt: "Front", position: 0 });
    expect(first.url).toMatch(/^\/uploads\/images\/[0-9a-f]+\.webp$/);
    expect(second.position).toBe(1);
    expect((await sharp((await readFile(first.url.slice("/uploads/".length)))!).metadata()).format).toBe("webp");
    expect((await listProducts(db, shop.id)).items[0].image?.url).toBe(first.url);

    await reorderProductImages(db, shop.id, p.id, [second.id, first.id]);
    expect((await listProducts(db, shop.id)).items[0].image?.url).toBe(second.url);
    expect(await setProductImageAlt(db, shop.id, first.id, "  Back view  ")).toMatchObject({ alt: "Back view" });
    await removeProductImage(db, shop.id, second.id);
    expect((await getProductForEdit(db, shop.id, p.id)).images.map((i) => i.id)).toEqual([first.id]);
  });

  it("refuses files that are not pictures, unsafe addresses, and more than the maximum per product", async () => {
    const shop = await makeShop();
    const p = await createProduct(db, shop.id, { title: "Tee" });
    await expect(uploadProductImage(db, shop.id, p.id, Buffer.from("<svg onload=alert(1)>"))).rejects.toMatchObject({
      status: 400,
      fields: { file: expect.stringMatching(/not a JPEG/) },
    });
    await expect(addProductImage(db, shop.id, p.id, { url: "javascript:alert(1)", width: 1, height: 1 })).rejects.toMatchObject({
      fields: { url: expect.any(String) },
    });
    await expect(addProductImage(db, shop.id, p.id, { url: "/uploads/../secret", width: 1, height: 1 })).rejects.toMatchObject({
      fields: { url: expect.any(String) },
    });
    await db.productImage.createMany({
      data: Array.from({ length: MAX_IMAGES_PER_PRODUCT }, (_, position) => ({
        shopId: shop.id,
        productId: p.id,
        url: `/uploads/images/${position}.webp`,
        width: 1,
        height: 1,
        position,
      })),
    });
    await expect(addProductImage(db, shop.id, p.id, { url: "https://cdn.example.com/x.jpg", width: 1, height: 1 })).rejects.toMatchObject({
      fields: { images: expect.stringMatching(/at most 50/) },
    });
  });
});
