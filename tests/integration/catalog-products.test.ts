// What a merchant relies on when editing products: unique handles and SKUs within the shop,
// variant stock surviving option edits, and stock held by open checkouts never lost.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/core/errors";
import { createProduct, deleteProducts, getProductForEdit, setProductsStatus, setVariantStock, updateProduct } from "@/lib/catalog/products";
import { catalogueOf, makeShop, reserve } from "../support/catalog-fixtures";

const SIZES = { name: "Size", values: ["S", "M", "L"] };

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("creating products", () => {
  it("makes a handle from the title and numbers it when the shop already has it", async () => {
    const shop = await makeShop();
    const first = await createProduct(db, shop.id, { title: "Crème Tee" });
    const second = await createProduct(db, shop.id, { title: "Crème Tee" });
    expect([first.handle, second.handle]).toEqual(["creme-tee", "creme-tee-2"]);
    expect(first.variants).toMatchObject([{ title: "Default", priceAmount: 0, stock: 0, trackStock: true }]);
  });

  it("creates every combination of the options, with the given prices, stock and SKUs", async () => {
    const shop = await makeShop();
    const product = await createProduct(db, shop.id, {
      title: "Tee",
      status: "ACTIVE",
      tags: ["summer", "Summer", "cotton"],
      options: [SIZES, { name: "Colour", values: ["Red", "Blue"] }],
      variants: [
        { option1: "S", option2: "Red", priceAmount: 2400, stock: 3, sku: "TEE-S-R" },
        { option1: "L", option2: "Blue", priceAmount: 2600, compareAtAmount: 3000, stock: 1, sku: "TEE-L-B" },
      ],
    });
    expect(product.tags).toEqual(["summer", "cotton"]);
    expect(product.options).toEqual([SIZES, { name: "Colour", values: ["Red", "Blue"] }]);
    expect(product.variants.map((v) => [v.title, v.priceAmount, v.stock, v.sku, v.position])).toEqual([
      ["S / Red", 2400, 3, "TEE-S-R", 0],
      ["S / Blue", 2400, 0, null, 1],
      ["M / Red", 2400, 0, null, 2],
      ["M / Blue", 2400, 0, null, 3],
      ["L / Red", 2400, 0, null, 4],
      ["L / Blue", 2600, 1, "TEE-L-B", 5],
    ]);
    expect(product.variants[5].compareAtAmount).toBe(3000);
  });

  it("refuses a handle another product of the shop uses, writing nothing, but allows it in another shop", async () => {
    const shop = await makeShop();
    const other = await makeShop();
    await createProduct(db, shop.id, { title: "Mug", handle: "mug" });
    const error = await rejection(createProduct(db, shop.id, { title: "Other mug", handle: "mug", variants: [{ priceAmount: 100, sku: "NEW" }] }));
    expect(error.fields.handle).toMatch(/already uses the handle mug/);
    expect(error.status).toBe(409);
    expect(await db.product.count({ where: { shopId: shop.id } })).toBe(1);
    expect(await db.variant.count({ where: { shopId: shop.id, sku: "NEW" } })).toBe(0);
    await expect(createProduct(db, other.id, { title: "Mug", handle: "mug" })).resolves.toMatchObject({ handle: "mug" });
  });

  it("refuses a SKU used by another product of the shop and names the variant row", async () => {
    const shop = await makeShop();
    await createProduct(db, shop.id, { title: "Mug", variants: [{ priceAmount: 1200, sku: "MUG-1" }] });
    const error = await rejection(
      createProduct(db, shop.id, {
        title: "Tee",
        options: [SIZES],
        variants: [
          { option1: "S", priceAmount: 1, sku: "T-S" },
          { option1: "M", priceAmount: 1, sku: "MUG-1" },
        ],
      }),
    );
    expect(error.fields).toEqual({ "variants.1.sku": "SKU MUG-1 is already used by another product" });
    expect(await db.product.count({ where: { shopId: shop.id } })).toBe(1);
    // SKUs are per shop: another shop may use the same one.
    const other = await makeShop();
    await expect(createProduct(db, other.id, { title: "Mug", variants: [{ priceAmount: 1200, sku: "MUG-1" }] })).resolves.toBeTruthy();
  });

  it("reports invalid input per field", async () => {
    const shop = await makeShop();
    const error = await rejection(
      createProduct(db, shop.id, {
        title: " ",
        handle: "Not A Handle!",
        tags: ["a,b"],
        options: [{ name: "Size", values: ["S", "S"] }],
        variants: [
          { priceAmount: 12.5, sku: "A" },
          { priceAmount: -1, sku: "B" },
        ],
      }),
    );
    expect(error.status).toBe(400);
    expect(Object.keys(error.fields).sort()).toEqual(
      ["handle", "options.0.values", "tags.0", "title", "variants.0.priceAmount", "variants.1.priceAmount"].sort(),
    );
    // A SKU repeated within the product is reported with the other mistakes, on its row.
    const dup = await rejection(
      createProduct(db, shop.id, {
        title: "",
        options: [{ name: "Size", values: ["S", "M"] }],
        variants: [
          { option1: "S", priceAmount: 1, sku: "A" },
          { option1: "M", priceAmount: 1, sku: "A" },
        ],
      }),
    );
    expect(dup.fields).toEqual({ title: "Enter a title", "variants.1.sku": "SKU A is already used by another variant of this product" });
    expect(await db.product.count({ where: { shopId: shop.id } })).toBe(0);
  });
});

describe("editing products", () => {
  it("keeps the stock, SKU and id of variants whose combination survives an option edit", async () => {
    const shop = await makeShop();
    const created = await createProduct(db, shop.id, {
      title: "Tee",
      options: [SIZES],
      variants: [
        { option1: "S", priceAmount: 2000, stock: 4, sku: "S" },
        { option1: "M", priceAmount: 2000, stock: 6, sku: "M" },
        { option1: "L", priceAmount: 2000, stock: 8, sku: "L" },
      ],
    });
    const [s, m] = created.variants;
    const updated = await updateProduct(db, shop.id, created.id, {
      options: [
        { name: "Size", values: ["S", "M", "XL"] },
        { name: "Colour", values: ["Black", "White"] },
      ],
    });
    expect(updated.variants.map((v) => [v.title, v.stock, v.sku])).toEqual([
      ["S / Black", 4, "S"],
      ["S / White", 0, null],
      ["M / Black", 6, "M"],
      ["M / White", 0, null],
      ["XL / Black", 0, null],
      ["XL / White", 0, null],
    ]);
    expect(updated.variants[0].id).toBe(s.id);
    expect(updated.variants[2].id).toBe(m.id);
    expect(await db.variant.count({ where: { sku: "L", shopId: shop.id } })).toBe(0);
  });

  it("changes product fields and variant rows without touching what was not sent", async () => {
    const shop = await makeShop();
    const created = await createProduct(db, shop.id, {
      title: "Mug",
      descriptionMd: "Stoneware.",
      tags: ["kitchen"],
      options: [{ name: "Colour", values: ["Sage", "Rust"] }],
      variants: [{ option1: "Sage", priceAmount: 1600, stock: 5, sku: "MUG-S" }],
    });
    const updated = await updateProduct(db, shop.id, created.id, {
      title: "Big Mug",
      variants: [{ option1: "Rust", priceAmount: 1800, sku: "MUG-R", stock: 2 }],
    });
    expect(updated).toMatchObject({ title: "Big Mug", descriptionMd: "Stoneware.", tags: ["kitchen"], handle: "mug" });
    expect(updated.variants.map((v) => [v.title, v.priceAmount, v.stock, v.sku])).toEqual([
      ["Sage", 1600, 5, "MUG-S"],
      ["Rust", 1800, 2, "MUG-R"],
    ]);
    expect(updated.updatedAt.getTime()).toBeGreaterThan(created.updatedAt.getTime() - 1);
  });

  it("lets the merchant swap two SKUs within a product", async () => {
    const shop = await makeShop();
    const p = await createProduct(db, shop.id, {
      title: "Tee",
      options: [{ name: "Size", values: ["S", "M"] }],
      variants: [
        { option1: "S", priceAmount: 1, sku: "A" },
        { option1: "M", priceAmount: 1, sku: "B" },
      ],
    });
    const updated = await updateProduct(db, shop.id, p.id, {
      variants: [
        { option1: "S", priceAmount: 1, sku: "B" },
        { option1: "M", priceAmount: 1, sku: "A" },
      ],
    });
    expect(updated.variants.map((v) => v.sku)).toEqual(["B", "A"]);
  });

  it("refuses a duplicate handle or SKU on update and writes nothing", async () => {
    const shop = await makeShop();
    await createProduct(db, shop.id, { title: "Mug", variants: [{ priceAmount: 1, sku: "MUG" }] });
    const tee = await createProduct(db, shop.id, { title: "Tee", variants: [{ priceAmount: 1, sku: "TEE" }] });
    const before = await catalogueOf(shop.id);
    expect((await rejection(updateProduct(db, shop.id, tee.id, { handle: "mug", title: "Renamed" }))).fields).toHaveProperty("handle");
    expect((await rejection(updateProduct(db, shop.id, tee.id, { title: "Renamed", variants: [{ priceAmount: 5, sku: "MUG" }] }))).fields).toEqual({
      "variants.0.sku": "SKU MUG is already used by another product",
    });
    expect(await catalogueOf(shop.id)).toEqual(before);
  });

  it("refuses stock below the units held by open checkouts, and removing a variant with held units", async () => {
    const shop = await makeShop();
    const p = await createProduct(db, shop.id, {
      title: "Tee",
      options: [{ name: "Size", values: ["S", "M"] }],
      variants: [
        { option1: "S", priceAmount: 1, stock: 5 },
        { option1: "M", priceAmount: 1, stock: 5 },
      ],
    });
    await reserve(p.variants[0].id, 3);
    const before = await catalogueOf(shop.id);
    const low = await rejection(updateProduct(db, shop.id, p.id, { variants: [{ option1: "S", priceAmount: 1, stock: 2 }] }));
    expect(low.fields["variants.0.stock"]).toMatch(/3 of S are held by open checkouts/);
    const gone = await rejection(updateProduct(db, shop.id, p.id, { options: [{ name: "Size", values: ["M", "L"] }] }));
    expect(gone.fields.options).toMatch(/S has 3 held by open checkouts/);
    expect(await catalogueOf(shop.id)).toEqual(before);
    await expect(updateProduct(db, shop.id, p.id, { variants: [{ option1: "S", priceAmount: 1, stock: 3 }] })).resolves.toBeTruthy();
  });

  it("returns the edit view with images and collections in order, and not_found for unknown ids", async () => {
    const shop = await makeShop();
    const p = await createProduct(db, shop.id, { title: "Tee" });
    await db.productImage.createMany({
      data: [1, 0].map((position) => ({ shopId: shop.id, productId: p.id, url: `/uploads/images/${position}.webp`, width: 10, height: 10, position })),
    });
    const view = await getProductForEdit(db, shop.id, p.id);
    expect(view.images.map((i) => i.url)).toEqual(["/uploads/images/0.webp", "/uploads/images/1.webp"]);
    expect((await rejection(getProductForEdit(db, shop.id, "nope"))).status).toBe(404);
  });
});

describe("stock and bulk actions", () => {
  it("sets stock on hand but never below what open checkouts hold", async () => {
    const shop = await makeShop();
    const p = await createProduct(db, shop.id, { title: "Mug", variants: [{ priceAmount: 1, stock: 10 }] });
    const variantId = p.variants[0].id;
    await reserve(variantId, 4);
    expect(await setVariantStock(db, shop.id, variantId, 6)).toMatchObject({ stock: 6, reserved: 4 });
    const error = await rejection(setVariantStock(db, shop.id, variantId, 3));
    expect(error.fields.stock).toMatch(/can't go below 4/);
    expect(await db.variant.findUniqueOrThrow({ where: { id: variantId } })).toMatchObject({ stock: 6, reserved: 4 });
    expect((await rejection(setVariantStock(db, shop.id, variantId, -1))).status).toBe(400);
  });

  it("publishes and deletes in bulk, refusing to delete products with held units", async () => {
    const shop = await makeShop();
    const [a, b, c] = await Promise.all(["A", "B", "C"].map((title) => createProduct(db, shop.id, { title, variants: [{ priceAmount: 1, stock: 2 }] })));
    expect(await setProductsStatus(db, shop.id, [a.id, b.id], "ACTIVE")).toEqual({ count: 2 });
    expect((await db.product.findMany({ where: { shopId: shop.id, status: "ACTIVE" } })).length).toBe(2);
    await reserve(c.variants[0].id, 1);
    const error = await rejection(deleteProducts(db, shop.id, [a.id, c.id]));
    expect(error.fields.ids).toMatch(/C has units held by open checkouts/);
    expect(await db.product.count({ where: { shopId: shop.id } })).toBe(3);
    expect(await deleteProducts(db, shop.id, [a.id, b.id])).toEqual({ count: 2 });
    expect(await db.variant.count({ where: { productId: { in: [a.id, b.id] } } })).toBe(0);
  });
});
