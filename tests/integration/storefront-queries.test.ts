// A storefront page costs a fixed, small number of SQL statements whatever the catalogue's
// size: the data functions behind each page are counted with 5 and with 60 products.
// (Pages are then served from Next's cache: these statements run once per page and language
// until the shop changes.)
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  findCollection,
  findProductId,
  findShopId,
  getFeaturedCollections,
  getStorefrontProduct,
  getStorefrontShop,
  listShopCollections,
  listSitemapProducts,
  listStorefrontProducts,
} from "@/lib/storefront/storefront";
import { statementCounter } from "@/tests/support/statements";

const counted = statementCounter();

async function makeShop(products: number) {
  const slug = `store-${products}-${Math.random().toString(36).slice(2, 8)}`;
  const shop = await db.shop.create({ data: { slug, name: slug, currency: "EUR", status: "ACTIVE" }, select: { id: true, slug: true } });
  const collections = await db.collection.createManyAndReturn({
    data: ["tees", "mugs", "sale"].map((handle, position) => ({ shopId: shop.id, handle, title: handle, featured: handle !== "sale", position })),
    select: { id: true },
  });
  const rows = await db.product.createManyAndReturn({
    data: Array.from({ length: products }, (_, i) => ({
      shopId: shop.id,
      handle: `product-${i}`,
      title: i % 2 ? `Cotton Tee ${i}` : `Stoneware Mug ${i}`,
      status: i % 10 === 9 ? ("DRAFT" as const) : ("ACTIVE" as const),
      descriptionMd: "Soft **organic** cotton.",
      tags: ["gift"],
    })),
    select: { id: true },
  });
  await db.productOption.createMany({ data: rows.map((p) => ({ shopId: shop.id, productId: p.id, name: "Size", position: 0, values: ["S", "M", "L"] })) });
  await db.variant.createMany({
    data: rows.flatMap((p, i) =>
      ["S", "M", "L"].map((size, position) => ({
        shopId: shop.id,
        productId: p.id,
        title: size,
        option1: size,
        position,
        priceAmount: 1000 + i * 10 + position,
        stock: ((i + position) % 4) + position,
        reserved: position,
      })),
    ),
  });
  await db.productImage.createMany({
    data: rows.flatMap((p) =>
      [0, 1].map((position) => ({ shopId: shop.id, productId: p.id, url: `/uploads/images/${p.id}-${position}.webp`, width: 800, height: 800, position })),
    ),
  });
  await db.collectionProduct.createMany({
    data: rows.flatMap((p, i) => collections.map((c, j) => ({ shopId: shop.id, collectionId: c.id, productId: p.id, position: i + j }))),
  });
  return { ...shop, collectionId: collections[0]!.id };
}

type Shop = Awaited<ReturnType<typeof makeShop>>;

/** The statements behind each page, as the pages call them (layout data included). */
async function pageCosts(shop: Shop) {
  const layout = async () => {
    const id = await findShopId(db, shop.slug);
    await getStorefrontShop(db, id!);
    await listShopCollections(db, id!);
  };
  const costs = {
    home: await counted(async () => {
      await layout();
      await getFeaturedCollections(db, shop.id);
      return listStorefrontProducts(db, shop.id, { sort: "newest", perPage: 12 });
    }),
    product: await counted(async () => {
      await layout();
      const id = await findProductId(db, shop.id, "product-3");
      return getStorefrontProduct(db, shop.id, id!);
    }),
    collection: await counted(async () => {
      await layout();
      const collection = await findCollection(db, shop.id, "tees");
      return listStorefrontProducts(db, shop.id, { collectionId: collection!.id, sort: "collection", page: 2 });
    }),
    search: await counted(async () => {
      await layout();
      return listStorefrontProducts(db, shop.id, { q: "cotton tee", minPrice: 1000, maxPrice: 100_000, collectionId: shop.collectionId });
    }),
    searchWithTypo: await counted(async () => {
      await layout();
      return listStorefrontProducts(db, shop.id, { q: "stonwear" });
    }),
    sitemap: await counted(async () => {
      await layout();
      return listSitemapProducts(db, shop.id, 1);
    }),
  };
  return costs;
}

/** The most statements any storefront page may cost when rendered. */
const BOUND = 5;

describe("storefront pages cost a fixed number of SQL statements", () => {
  let small: Awaited<ReturnType<typeof pageCosts>>;
  let large: Awaited<ReturnType<typeof pageCosts>>;

  beforeAll(async () => {
    small = await pageCosts(await makeShop(5));
    large = await pageCosts(await makeShop(60));
  });

  it("finds what the pages show", () => {
    expect(large.home.result.products).toHaveLength(12);
    expect(large.product.result?.variants).toHaveLength(3);
    expect(large.product.result?.images).toHaveLength(2);
    expect(large.collection.result.page).toBe(2);
    expect(large.collection.result.total).toBe(54); // 60 products, every tenth a draft
    expect(large.search.result.total).toBeGreaterThan(0);
    expect(large.searchWithTypo.result).toMatchObject({ fuzzy: true });
    expect(large.searchWithTypo.result.products[0]?.title).toMatch(/Stoneware Mug/);
    expect(large.sitemap.result.products).toHaveLength(54);
  });

  it("costs the same with 60 products as with 5, and at most the bound", () => {
    const statementsOf = (costs: typeof small) => Object.fromEntries(Object.entries(costs).map(([page, c]) => [page, c.statements]));
    expect(statementsOf(large)).toEqual(statementsOf(small));
    // Within the bound, and counted at all (a counter that saw nothing would pass any bound).
    for (const [page, cost] of Object.entries(statementsOf(large))) expect([page, cost]).toEqual([page, Math.min(Math.max(cost, 1), BOUND)]);
    console.log("SQL statements per page (layout included):", statementsOf(large));
  });
});
