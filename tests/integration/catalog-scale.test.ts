// A 10 000-product shop next to another as large: the merchant's list and the storefront
// search stay fast in every sort and filter (bounds are generous; typical times are 5–100 ms
// on PostgreSQL 15, up to ~150 ms on the embedded database).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listProducts } from "@/lib/catalog/list";
import { searchProducts } from "@/lib/catalog/search";
import { makeShop } from "../support/catalog-fixtures";

// Scale is measured on a real PostgreSQL (CI's); the embedded database, one single-threaded
// session, gets a smaller catalogue so the suite stays quick. The bound only catches a lost
// index (a sequential plan takes seconds); speed itself is measured by `npm run bench:storefront`.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const PRODUCTS = onPostgres ? 10_000 : 2_000;
const BOUND_MS = onPostgres ? 3000 : 10_000;

// Rows straight in SQL: 10 000 products, 30 000 variants and 10 000 images per shop in seconds.
async function seed(shopId: string) {
  await db.$executeRaw`INSERT INTO "Product" (id, "shopId", handle, title, "descriptionMd", status, tags, "updatedAt")
    SELECT ${shopId} || '-p' || i, ${shopId}, 'product-' || i,
      (ARRAY['Organic Cotton T-shirt','Stoneware Mug','Linen Notebook','Art Poster','Canvas Tote'])[1 + i % 5] || ' ' || i,
      'Lorem ipsum ' || i, (CASE WHEN i % 4 = 0 THEN 'DRAFT' ELSE 'ACTIVE' END)::"ProductStatus", ARRAY['tag' || (i % 20)],
      now() - (i || ' minutes')::interval
    FROM generate_series(1, ${PRODUCTS}) i`;
  await db.$executeRaw`INSERT INTO "Variant" (id, "shopId", "productId", title, option1, "priceAmount", stock, position, "updatedAt")
    SELECT ${shopId} || '-v' || i || '-' || s, ${shopId}, ${shopId} || '-p' || i, s::text, s::text, 1000 + (i * 7 + s) % 5000, (i + s) % 13, s, now()
    FROM generate_series(1, ${PRODUCTS}) i, generate_series(0, 2) s`;
  await db.$executeRaw`INSERT INTO "ProductImage" (id, "shopId", "productId", url, width, height, position)
    SELECT ${shopId} || '-i' || i, ${shopId}, ${shopId} || '-p' || i, '/uploads/images/' || i || '.webp', 10, 10, 0
    FROM generate_series(1, ${PRODUCTS}) i`;
}

let shopId: string;

beforeAll(async () => {
  shopId = (await makeShop()).id;
  await seed(shopId);
  await seed((await makeShop()).id);
  await db.$executeRawUnsafe(`ANALYZE "Product", "Variant", "ProductImage"`);
}, 300_000);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  await fn(); // warm: plans and caches
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

describe(`at ${PRODUCTS} products`, () => {
  const lists = {
    "newest first": { perPage: 50 },
    "the last page": { perPage: 50, page: PRODUCTS / 50 },
    "by title": { perPage: 50, sort: "title" },
    "by price": { perPage: 50, sort: "price" },
    "by stock, most first": { perPage: 50, sort: "stock", dir: "desc" },
    "low stock only": { perPage: 50, stock: "low" },
    "text filter": { perPage: 100, q: "mug" },
  } as const;
  for (const [name, query] of Object.entries(lists)) {
    it(`lists products fast: ${name}`, async () => {
      const [page, ms] = await timed(() => listProducts(db, shopId, query));
      expect(page.items.length).toBeGreaterThan(0);
      expect(ms).toBeLessThan(BOUND_MS);
    });
  }

  const searches = {
    "a word": { q: "linen" },
    "a typo (fallback)": { q: "tshrt" },
    "nothing found (fallback)": { q: "zzqqxx" },
    "price range": { minPrice: 1000, maxPrice: 1100 },
    "cheapest first": { sort: "price_asc" },
  } as const;
  for (const [name, query] of Object.entries(searches)) {
    it(`searches fast: ${name}`, async () => {
      const [result, ms] = await timed(() => searchProducts(db, shopId, query));
      expect(result.total).toBeLessThanOrEqual(PRODUCTS);
      expect(ms).toBeLessThan(BOUND_MS);
    });
  }

  it("counts only this shop's products", async () => {
    expect((await listProducts(db, shopId)).total).toBe(PRODUCTS);
    expect((await searchProducts(db, shopId, { q: "linen" })).total).toBe((PRODUCTS / 5) * 0.75);
  });
});
