// Storefront search: shoppers find products by any word of the title, tags or description,
// best matches first, despite accents and typos, within one shop's published products.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addProductsToCollection, createCollection } from "@/lib/catalog/collections";
import { createProduct, updateProduct } from "@/lib/catalog/products";
import { searchProducts } from "@/lib/catalog/search";
import { makeShop } from "../support/catalog-fixtures";

let shop: { id: string };
const ids: Record<string, string> = {};

async function product(
  title: string,
  extra: { tags?: string[]; descriptionMd?: string; prices?: number[]; status?: "ACTIVE" | "DRAFT"; shopId?: string } = {},
) {
  const prices = extra.prices ?? [1000];
  const p = await createProduct(db, extra.shopId ?? shop.id, {
    title,
    status: extra.status ?? "ACTIVE",
    tags: extra.tags,
    descriptionMd: extra.descriptionMd,
    options: prices.length > 1 ? [{ name: "Size", values: prices.map((_, i) => `S${i}`) }] : [],
    variants: prices.map((priceAmount, i) => ({ option1: prices.length > 1 ? `S${i}` : null, priceAmount })),
  });
  ids[title] = p.id;
  return p;
}

const titles = async (query: Parameters<typeof searchProducts>[2]) => (await searchProducts(db, shop.id, query)).items.map((p) => p.title);

beforeAll(async () => {
  shop = await makeShop();
  await product("Linen Notebook", { descriptionMd: "A5, lay-flat binding.", prices: [1600] });
  await product("Canvas Tote", { tags: ["linen"], prices: [2200] });
  await product("Stoneware Mug", { descriptionMd: "Goes well with a **linen** napkin.", prices: [1400] });
  await product("Organic Cotton T-shirt", { tags: ["summer"], prices: [2400, 2800, 3200] });
  await product("Crème Brûlée Candle", { descriptionMd: "Smells like dessert.", prices: [1900] });
  await product("緑茶のマグカップ", { prices: [1500] });
  await product("Secret Linen Prototype", { status: "DRAFT" });
  const other = await makeShop();
  await product("Linen Shirt", { shopId: other.id });
});

describe("searchProducts", () => {
  it("ranks title matches above tag matches above description matches", async () => {
    expect(await titles({ q: "linen" })).toEqual(["Linen Notebook", "Canvas Tote", "Stoneware Mug"]);
  });

  it("only finds the shop's own published products", async () => {
    const result = await searchProducts(db, shop.id, { q: "linen" });
    expect(result.items.map((p) => p.title)).not.toContain("Secret Linen Prototype");
    expect(result.items.map((p) => p.title)).not.toContain("Linen Shirt");
    expect(result).toMatchObject({ total: 3, page: 1, pageCount: 1, fuzzy: false });
  });

  it("ignores accents and case both ways", async () => {
    expect(await titles({ q: "CREME brulee" })).toEqual(["Crème Brûlée Candle"]);
    expect(await titles({ q: "crème" })).toEqual(["Crème Brûlée Candle"]);
  });

  it("supports phrases and exclusions as shoppers type them into search boxes", async () => {
    expect(await titles({ q: '"cotton t-shirt"' })).toEqual(["Organic Cotton T-shirt"]);
    expect(await titles({ q: "linen -notebook -tote" })).toEqual(["Stoneware Mug"]);
  });

  it("falls back to close titles when the words match nothing", async () => {
    const result = await searchProducts(db, shop.id, { q: "tshrt" });
    expect(result.items.map((p) => p.title)).toEqual(["Organic Cotton T-shirt"]);
    expect(result.fuzzy).toBe(true);
    expect(await titles({ q: "stonware" })).toEqual(["Stoneware Mug"]);
    expect(await titles({ q: "マグカップ" })).toEqual(["緑茶のマグカップ"]); // no spaces between words: substring
    expect(await searchProducts(db, shop.id, { q: "banana" })).toMatchObject({ items: [], total: 0, fuzzy: false });
  });

  it("keeps the index up to date when a product is renamed", async () => {
    await updateProduct(db, shop.id, ids["Canvas Tote"], { title: "Canvas Shopper", tags: ["market"] });
    expect(await titles({ q: "shopper" })).toEqual(["Canvas Shopper"]);
    expect(await titles({ q: "linen" })).toEqual(["Linen Notebook", "Stoneware Mug"]);
    // The typo fallback reads the new title too (its lower-cased, unaccented copy is kept by the same trigger).
    expect(await searchProducts(db, shop.id, { q: "shoper" })).toMatchObject({ items: [{ title: "Canvas Shopper" }], fuzzy: true });
  });

  it("gives each result the former price of its lowest price, for the Sale badge", async () => {
    const other = await makeShop();
    const sale = await createProduct(db, other.id, {
      title: "Wool Scarf",
      status: "ACTIVE",
      options: [{ name: "Size", values: ["S", "L"] }],
      variants: [
        { option1: "S", priceAmount: 2000, compareAtAmount: 2500 },
        { option1: "L", priceAmount: 3000, compareAtAmount: null },
      ],
    });
    await createProduct(db, other.id, { title: "Wool Hat", status: "ACTIVE", options: [], variants: [{ option1: null, priceAmount: 1500 }] });
    const { items } = await searchProducts(db, other.id, { q: "wool", sort: "price_asc" });
    expect(items.map((p) => [p.title, p.priceMin, p.compareAtMin])).toEqual([
      ["Wool Hat", 1500, null],
      ["Wool Scarf", 2000, 2500],
    ]);
    await updateProduct(db, other.id, sale.id, {
      variants: [
        { option1: "S", priceAmount: 2000, compareAtAmount: null },
        { option1: "L", priceAmount: 3000, compareAtAmount: 3500 },
      ],
    });
    // The cheapest variant is no longer reduced: the card's price is not a sale price.
    expect((await searchProducts(db, other.id, { q: "scarf" })).items[0]).toMatchObject({ priceMin: 2000, compareAtMin: null });
  });

  it("filters by price range on any variant's price and by collection", async () => {
    expect(await titles({ minPrice: 2500, maxPrice: 2900 })).toEqual(["Organic Cotton T-shirt"]); // its M variant
    expect(await titles({ q: "linen", maxPrice: 1500 })).toEqual(["Stoneware Mug"]);
    // A minimum alone (no ceiling) once compared against a number too big for the price column.
    expect(await titles({ q: "linen", minPrice: 1500 })).toEqual(["Linen Notebook"]);
    const gifts = await createCollection(db, shop.id, { title: "Gifts" });
    await addProductsToCollection(db, shop.id, gifts.id, [ids["Crème Brûlée Candle"], ids["Stoneware Mug"]]);
    expect(await titles({ collectionId: gifts.id, sort: "collection" })).toEqual(["Crème Brûlée Candle", "Stoneware Mug"]);
    expect(await titles({ collectionId: gifts.id, q: "mug" })).toEqual(["Stoneware Mug"]);
    await expect(searchProducts(db, shop.id, { minPrice: 10, maxPrice: 5 })).rejects.toMatchObject({ fields: { maxPrice: expect.any(String) } });
  });

  it("sorts by price and pages through results", async () => {
    expect(await titles({ sort: "price_asc" })).toEqual([
      "Stoneware Mug",
      "緑茶のマグカップ",
      "Linen Notebook",
      "Crème Brûlée Candle",
      "Canvas Shopper",
      "Organic Cotton T-shirt",
    ]);
    const page = await searchProducts(db, shop.id, { sort: "price_desc", perPage: 4, page: 2 });
    expect(page).toMatchObject({ total: 6, page: 2, pageCount: 2 });
    expect(page.items.map((p) => p.title)).toEqual(["緑茶のマグカップ", "Stoneware Mug"]);
    expect(page.items[0]).toMatchObject({ priceMin: 1500, variantCount: 1 }); // same shape as the merchant's list
  });
});
