// Saving the product editor and approving a shop: everything in one transaction with its
// audit entry, pictures in the merchant's order, and nothing written when one part is refused.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/db/client";
import { saveProductFromEditor, setStockFromEditor } from "@/lib/catalog/product-editor";
import { type ProductForm, type ProductFormImage, readProductForm } from "@/lib/catalog/product-form";
import { approveShop } from "@/lib/shops/review";
import { catalogueOf, makeShop, reserve } from "../support/catalog-fixtures";

async function merchant() {
  const shop = await makeShop();
  const user = await db.user.create({
    data: { id: randomBytes(8).toString("hex"), name: "Maya", email: `maya-${randomBytes(4).toString("hex")}@example.test` },
  });
  await db.shopMember.create({ data: { shopId: shop.id, userId: user.id, role: "OWNER" } });
  return { shop, actor: { shopId: shop.id, userId: user.id, role: "OWNER" as const } };
}

/** The saved product, as the editor gets it back. */
const save = async (...args: Parameters<typeof saveProductFromEditor>) => (await saveProductFromEditor(...args)).product;

const image = (alt: string, id: string | null = null): ProductFormImage => ({
  id,
  url: `/uploads/images/${randomBytes(16).toString("hex")}.webp`,
  width: 640,
  height: 480,
  alt,
});
const tee = {
  title: "Tee",
  options: [{ name: "Size", values: ["S", "M"] }],
  variants: [
    { option1: "S", priceAmount: 1000, stock: 3 },
    { option1: "M", priceAmount: 1200, stock: 4 },
  ],
};

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("saving the product editor", () => {
  it("creates the product with its pictures in order and records who did it", async () => {
    const { shop, actor } = await merchant();
    const product = await save(db, actor, null, tee, [image("front"), image("back")]);
    expect(product.images.map((i) => [i.alt, i.position])).toEqual([
      ["front", 0],
      ["back", 1],
    ]);
    expect(product.variants.map((v) => [v.title, v.priceAmount, v.stock])).toEqual([
      ["S", 1000, 3],
      ["M", 1200, 4],
    ]);
    const audit = await db.auditLog.findMany({ where: { shopId: shop.id } });
    expect(audit).toMatchObject([{ action: "product.created", actorId: actor.userId, targetId: product.id, data: { title: "Tee", variants: 2, images: 2 } }]);
  });

  it("reorders, re-describes, removes and adds pictures in one save", async () => {
    const { actor } = await merchant();
    const created = await save(db, actor, null, tee, [image("a"), image("b"), image("c")]);
    const [a, b, c] = created.images;
    const next = [{ ...c, alt: "c, now first" }, image("d"), { ...a }].map(({ id, url, width, height, alt }) => ({ id, url, width, height, alt }));
    const saved = await save(db, actor, created.id, { ...tee, handle: created.handle }, next);
    expect(saved.images.map((i) => i.alt)).toEqual(["c, now first", "d", "a"]);
    expect(saved.images.map((i) => i.id)).not.toContain(b.id);
  });

  it("writes nothing when a picture is refused, and names that picture", async () => {
    const { shop, actor } = await merchant();
    const created = await save(db, actor, null, tee, []);
    const before = await catalogueOf(shop.id);
    const bad = { ...image("x"), url: "javascript:alert(1)" };
    const error = await rejection(save(db, actor, created.id, { ...tee, title: "Renamed", handle: created.handle }, [image("ok"), bad]));
    expect(Object.keys(error.fields)).toEqual(["images.1"]);
    expect(await catalogueOf(shop.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: "product.updated" } })).toBe(0);
  });

  it("refuses pictures of another product", async () => {
    const { actor } = await merchant();
    const other = await save(db, actor, null, { title: "Other" }, [image("theirs")]);
    const mine = await save(db, actor, null, { title: "Mine" }, []);
    const stolen = { ...other.images[0], id: other.images[0].id };
    const error = await rejection(save(db, actor, mine.id, { title: "Mine", handle: mine.handle }, [stolen]));
    expect(error.fields["images.0"]).toMatch(/changed meanwhile/);
    expect((await db.productImage.findUniqueOrThrow({ where: { id: stolen.id } })).productId).toBe(other.id);
  });

  it("records the variants a save deleted", async () => {
    const { shop, actor } = await merchant();
    const created = await save(db, actor, null, tee, []);
    await save(
      db,
      actor,
      created.id,
      { title: "Tee", handle: created.handle, options: [{ name: "Size", values: ["S"] }], variants: [{ option1: "S", priceAmount: 1000 }] },
      [],
    );
    const entry = await db.auditLog.findFirstOrThrow({ where: { shopId: shop.id, action: "product.updated" } });
    expect(entry.data).toMatchObject({ removedVariants: ["M"], variants: 1 });
  });
});

describe("renaming options and values", () => {
  // What the editor sends: Colour renamed to Color and Blu to Blue, stock untouched (null).
  const renameForm = (handle: string, from: { name: string; values: (string | null)[] }): ProductForm => ({
    title: "Tee",
    handle,
    descriptionMd: "",
    status: "DRAFT",
    tags: "",
    lowStockThreshold: "5",
    options: [{ name: "Color", values: ["Blue", "Red"], from }],
    variants: [
      { option1: "Blue", option2: null, option3: null, sku: "TEE-X", price: "12.00", compareAt: "15.00", stock: null, trackStock: true },
      { option1: "Red", option2: null, option3: null, sku: "", price: "12.00", compareAt: "", stock: null, trackStock: true },
    ],
    images: [],
  });
  const blu = {
    title: "Tee",
    options: [{ name: "Colour", values: ["Blu", "Red"] }],
    variants: [
      { option1: "Blu", sku: "TEE-X", priceAmount: 1200, compareAtAmount: 1500, stock: 7 },
      { option1: "Red", priceAmount: 1200, stock: 2 },
    ],
  };

  it("keeps the variant, its SKU, prices and stock of 7 when the option and the value are renamed", async () => {
    const { shop, actor } = await merchant();
    const created = await save(db, actor, null, blu, []);
    const { input, errors } = readProductForm(renameForm(created.handle, { name: "Colour", values: ["Blu", "Red"] }), "EUR", "update");
    expect(errors).toEqual({});
    const saved = await save(db, actor, created.id, input, []);
    expect(saved.options).toEqual([{ name: "Color", values: ["Blue", "Red"] }]);
    expect(saved.variants.map((v) => [v.id, v.title, v.option1, v.sku, v.priceAmount, v.compareAtAmount, v.stock])).toEqual([
      [created.variants[0].id, "Blue", "Blue", "TEE-X", 1200, 1500, 7],
      [created.variants[1].id, "Red", "Red", null, 1200, null, 2],
    ]);
    const entry = await db.auditLog.findFirstOrThrow({ where: { shopId: shop.id, action: "product.updated" } });
    expect(entry.data).toMatchObject({ removedVariants: [] });
  });

  it("refuses a rename of a value changed meanwhile in another tab, and writes nothing", async () => {
    const { shop, actor } = await merchant();
    const created = await save(db, actor, null, blu, []);
    const before = await catalogueOf(shop.id);
    const { input } = readProductForm(renameForm(created.handle, { name: "Colour", values: ["Navy", "Red"] }), "EUR", "update");
    const error = await rejection(save(db, actor, created.id, input, []));
    expect([error.code, error.fields["options.0.values"]]).toEqual(["conflict", "Navy is no longer a value of Colour: reload the page and try again"]);
    expect(await catalogueOf(shop.id)).toEqual(before);
  });
});

describe("quick stock edit", () => {
  it("sets stock with an audit entry, and refuses to go below what checkouts hold", async () => {
    const { shop, actor } = await merchant();
    const product = await save(db, actor, null, tee, []);
    const m = product.variants[1];
    await expect(setStockFromEditor(db, actor, m.id, 0)).resolves.toMatchObject({ stock: 0, productId: product.id });
    expect(await db.auditLog.findFirst({ where: { shopId: shop.id, action: "variant.stock_set" } })).toMatchObject({
      targetId: m.id,
      data: { from: 4, to: 0 },
    });
    await db.variant.update({ where: { id: m.id }, data: { stock: 5 } });
    await reserve(m.id, 2); // stock ≥ reserved is a database check: stock first
    const error = await rejection(setStockFromEditor(db, actor, m.id, 1));
    expect(error.fields.stock).toMatch(/can't go below 2/);
    expect((await db.variant.findUniqueOrThrow({ where: { id: m.id } })).stock).toBe(5);
  });

  it("can't touch another shop's variant", async () => {
    const { actor } = await merchant();
    const theirs = await merchant();
    const product = await save(db, theirs.actor, null, tee, []);
    expect((await rejection(setStockFromEditor(db, actor, product.variants[0].id, 0))).code).toBe("not_found");
  });
});

describe("approving a shop", () => {
  it("makes a shop in review active once, with an audit entry", async () => {
    const { shop, actor } = await merchant();
    await db.shop.update({ where: { id: shop.id }, data: { status: "IN_REVIEW" } });
    // Its own merchant is no platform admin; a moderator may review.
    expect((await rejection(approveShop(db, actor.userId, shop.id))).code).toBe("forbidden");
    expect((await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).status).toBe("IN_REVIEW");
    await db.user.update({ where: { id: actor.userId }, data: { role: "moderator" } });
    await approveShop(db, actor.userId, shop.id);
    expect((await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).status).toBe("ACTIVE");
    expect(await db.auditLog.findMany({ where: { shopId: shop.id, action: "shop.approved" }, select: { actorId: true, before: true, after: true } })).toEqual([
      { actorId: actor.userId, before: { status: "IN_REVIEW" }, after: { status: "ACTIVE" } },
    ]);
    await expect(approveShop(db, actor.userId, shop.id)).rejects.toBeInstanceOf(AppError);
  });

  it("never reopens a suspended shop", async () => {
    const { shop, actor } = await merchant();
    await db.shop.update({ where: { id: shop.id }, data: { status: "SUSPENDED" } });
    await db.user.update({ where: { id: actor.userId }, data: { role: "admin" } });
    await expect(approveShop(db, actor.userId, shop.id)).rejects.toBeInstanceOf(AppError);
    expect((await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).status).toBe("SUSPENDED");
  });
});
