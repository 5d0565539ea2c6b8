// The merchant's product table: filters, sorts, pages, and a fixed number of SQL queries
// whatever the page size (a slow list on a big catalogue is a bug peers shipped).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { addProductsToCollection, createCollection } from "@/lib/catalog/collections";
import { listProducts } from "@/lib/catalog/list";
import { createProduct, setProductsStatus } from "@/lib/catalog/products";
import { searchProducts } from "@/lib/catalog/search";
import { makeShop, reserve } from "../support/catalog-fixtures";

// A second client on the same schema that reports every SQL statement it sends.
const schema = process.env.DATABASE_SCHEMA!;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, options: `-c search_path=${schema}` });
const counting = new PrismaClient({ adapter: new PrismaPg(pool, { schema, disposeExternalPool: true }), log: [{ emit: "event", level: "query" }] });
let statements = 0;
counting.$on("query", () => void statements++);
afterAll(() => counting.$disconnect());

async function countQueries(fn: () => Promise<unknown>) {
  statements = 0;
  await fn();
  return statements;
}

async function seedShop(products: number) {
  const shop = await makeShop();
  for (let i = 0; i < products; i++) {
    const p = await createProduct(db, shop.id, {
      title: `Product ${i}`,
      options: [{ name: "Size", values: ["S", "M"] }],
      variants: [
        { option1: "S", priceAmount: 1000 + i, stock: 3 },
        { option1: "M", priceAmount: 2000 + i, stock: 4 },
      ],
    });
    await db.productImage.create({ data: { shopId: shop.id, productId: p.id, url: `/uploads/images/p${i}.webp`, width: 10, height: 10 } });
  }
  return shop;
}

describe("listProducts", () => {
  let shop: { id: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    shop = await makeShop();
    const make = async (
      title: string,
      variants: { priceAmount: number; stock: number; trackStock?: boolean; sku?: string; option1?: string }[],
      options?: { name: string; values: string[] }[],
    ) => (ids[title] = (await createProduct(db, shop.id, { title, options, variants, lowStockThreshold: 5 })).id);
    await make(
      "Crème Tee",
      [
        { option1: "S", priceAmount: 2400, stock: 20, sku: "TEE-S" },
        { option1: "M", priceAmount: 2800, stock: 1 },
      ],
      [{ name: "Size", values: ["S", "M"] }],
    );
    await make("Mug", [{ priceAmount: 1200, stock: 3 }]);
    await make("Poster", [{ priceAmount: 3000, stock: 0 }]);
    await make("Gift card", [{ priceAmount: 5000, stock: 0, trackStock: false }]);
    await make("Notebook", [{ priceAmount: 900, stock: 2 }]);
    const mug = await db.variant.findFirstOrThrow({ where: { productId: ids.Mug } });
    await reserve(mug.id, 1);
    await db.productImage.createMany({
      data: [
        { shopId: shop.id, productId: ids["Crème Tee"], url: "/uploads/images/second.webp", width: 1, height: 1, position: 1 },
        { shopId: shop.id, productId: ids["Crème Tee"], url: "/uploads/images/first.webp", alt: "Front", width: 800, height: 600, position: 0 },
      ],
    });
    await setProductsStatus(db, shop.id, [ids.Mug, ids.Poster], "ACTIVE");
  });

  it("sums up each product: first image, variant count, price range and stock", async () => {
    const { items } = await listProducts(db, shop.id, { sort: "title" });
    const tee = items.find((p) => p.title === "Crème Tee")!;
    expect(tee).toMatchObject({
      image: { url: "/uploads/images/first.webp", alt: "Front", width: 800, height: 600 },
      variantCount: 2,
      priceMin: 2400,
      priceMax: 2800,
      totalStock: 21,
      availableStock: 21,
      stockStatus: "in_stock",
    });
    expect(items.find((p) => p.title === "Mug")).toMatchObject({ totalStock: 3, availableStock: 2, stockStatus: "low_stock", image: null });
    expect(items.find((p) => p.title === "Gift card")).toMatchObject({ totalStock: null, stockStatus: "in_stock" });
    expect(items.find((p) => p.title === "Poster")).toMatchObject({ stockStatus: "out_of_stock" });
  });

  it("filters by status, stock level, search text (accents ignored, SKU too) and collection", async () => {
    const titles = async (query: Parameters<typeof listProducts>[2]) =>
      (await listProducts(db, shop.id, { sort: "title", ...query })).items.map((p) => p.title);
    expect(await titles({ status: "ACTIVE" })).toEqual(["Mug", "Poster"]);
    expect(await titles({ stock: "out" })).toEqual(["Poster"]);
    expect(await titles({ stock: "low" })).toEqual(["Mug", "Notebook"]);
    expect(await titles({ stock: "in" })).toEqual(["Crème Tee", "Gift card", "Mug", "Notebook"]);
    expect(await titles({ q: "creme" })).toEqual(["Crème Tee"]);
    expect(await titles({ q: "tee-s" })).toEqual(["Crème Tee"]);
    expect(await titles({ q: "100%" })).toEqual([]);
    const collection = await createCollection(db, shop.id, { title: "Paper" });
    await addProductsToCollection(db, shop.id, collection.id, [ids.Notebook, ids.Poster]);
    expect(await titles({ collectionId: collection.id, sort: "position" })).toEqual(["Notebook", "Poster"]);
    expect((await listProducts(db, shop.id, { collectionId: collection.id, stock: "out" })).total).toBe(1);
  });

  it("sorts by title, price, stock and last update, both ways", async () => {
    const titles = async (sort: "title" | "price" | "stock" | "updated", dir?: "asc" | "desc") =>
      (await listProducts(db, shop.id, { sort, dir })).items.map((p) => p.title);
    expect(await titles("title")).toEqual(["Crème Tee", "Gift card", "Mug", "Notebook", "Poster"]);
    expect(await titles("price")).toEqual(["Notebook", "Mug", "Crème Tee", "Poster", "Gift card"]);
    expect(await titles("price", "desc")).toEqual(["Gift card", "Poster", "Crème Tee", "Mug", "Notebook"]);
    expect(await titles("stock")).toEqual(["Poster", "Mug", "Notebook", "Crème Tee", "Gift card"]); // untracked last
    expect((await titles("updated"))[0]).toBe("Poster"); // the latest status change
  });

  it("pages with a total and a page count", async () => {
    const page2 = await listProducts(db, shop.id, { sort: "title", perPage: 2, page: 2 });
    expect(page2).toMatchObject({ total: 5, page: 2, pageCount: 3 });
    expect(page2.items.map((p) => p.title)).toEqual(["Mug", "Notebook"]);
    expect((await listProducts(db, shop.id, { perPage: 2, page: 9 })).items).toEqual([]);
    await expect(listProducts(db, shop.id, { perPage: 101 })).rejects.toMatchObject({ fields: { perPage: "At most 100 per page" } });
  });

  it("costs the same number of SQL statements for 5 and for 50 products", async () => {
    const small = await seedShop(5);
    const large = await seedShop(50);
    const forSmall = await countQueries(() => listProducts(counting, small.id, { perPage: 100 }));
    const forLarge = await countQueries(() => listProducts(counting, large.id, { perPage: 100, sort: "price", stock: "in", q: "product" }));
    const result = await listProducts(counting, large.id, { perPage: 100 });
    expect(result.items).toHaveLength(50);
    expect(result.items.every((p) => p.image && p.variantCount === 2)).toBe(true);
    expect(forSmall).toBe(1);
    expect(forLarge).toBe(forSmall);
  });

  it("searches in one statement, two when the typo fallback runs, whatever the number of results", async () => {
    const small = await seedShop(5);
    const large = await seedShop(50);
    await setProductsStatus(
      db,
      small.id,
      (await db.product.findMany({ where: { shopId: small.id } })).map((p) => p.id),
      "ACTIVE",
    );
    await setProductsStatus(
      db,
      large.id,
      (await db.product.findMany({ where: { shopId: large.id } })).map((p) => p.id),
      "ACTIVE",
    );
    for (const shop of [small, large]) {
      expect(await countQueries(() => searchProducts(counting, shop.id, { q: "product", perPage: 100 }))).toBe(1);
      expect(await countQueries(() => searchProducts(counting, shop.id, { q: "prodcut", perPage: 100 }))).toBe(2);
    }
    expect((await searchProducts(counting, large.id, { q: "prodcut", perPage: 100 })).items).toHaveLength(50);
  });
});
