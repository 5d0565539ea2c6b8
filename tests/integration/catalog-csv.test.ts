// Moving a catalogue in and out as CSV: a file with a mistake changes nothing and says where
// the mistake is; a good file creates or updates every product at once; export → import
// into another shop reproduces the catalogue.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/core/errors";
import { CSV_COLUMNS, exportProductsCsv, importProductsCsv } from "@/lib/catalog/csv";
import { uploadProductImage } from "@/lib/catalog/images";
import { createProduct, getProductForEdit } from "@/lib/catalog/products";
import { catalogueOf, makeShop, reserve } from "../support/catalog-fixtures";

beforeAll(() => {
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "minishop-csv-"));
});

const header = CSV_COLUMNS.join(",");
const line = (cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>>) => CSV_COLUMNS.map((c) => JSON.stringify(cells[c] ?? "")).join(",");

/** The catalogue as a merchant sees it: no ids, shop ids or timestamps. */
async function comparable(shopId: string) {
  const products = await db.product.findMany({ where: { shopId }, orderBy: { handle: "asc" }, select: { id: true } });
  const views = await Promise.all(products.map((p) => getProductForEdit(db, shopId, p.id)));
  const withoutIds = <T extends { id: string }>(rows: T[]) => rows.map((row) => ({ ...row, id: undefined }));
  return views.map((p) => ({
    ...p,
    id: undefined,
    createdAt: undefined,
    updatedAt: undefined,
    collections: undefined,
    variants: withoutIds(p.variants),
    images: withoutIds(p.images),
  }));
}

async function picture(colour: string) {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: colour } })
    .png()
    .toBuffer();
}

describe("CSV export and import", () => {
  it("reproduces a catalogue in another shop: export → import → same products, variants, stock and pictures", async () => {
    const source = await makeShop();
    const tee = await createProduct(db, source.id, {
      title: 'Organic Tee, "classic"',
      descriptionMd: "Soft **cotton**.\n\n- Made in Portugal\n- 180 g/m², washes at 40 °C",
      status: "ACTIVE",
      tags: ["summer", "-sale"],
      lowStockThreshold: 2,
      options: [
        { name: "Size", values: ["S", "M"] },
        { name: "Colour", values: ["Black", "Ecru"] },
        { name: "Fit", values: ["Regular"] },
      ],
      variants: [
        { option1: "S", option2: "Black", option3: "Regular", priceAmount: 2490, compareAtAmount: 2990, stock: 7, sku: "TEE-S-BLK" },
        { option1: "M", option2: "Ecru", option3: "Regular", priceAmount: 2599, stock: 0, sku: "TEE-M-ECR", trackStock: false },
      ],
    });
    await uploadProductImage(db, source.id, tee.id, await picture("#123456"), "Front");
    await uploadProductImage(db, source.id, tee.id, await picture("#654321"), "Back, folded");
    await createProduct(db, source.id, { title: "Gift card", status: "DRAFT", variants: [{ priceAmount: 5000, trackStock: false }] });
    await createProduct(db, source.id, {
      title: "Old poster",
      status: "ARCHIVED",
      descriptionMd: "=1+1",
      variants: [{ priceAmount: 1, stock: 3, sku: "=SKU" }],
    });

    const exported = await exportProductsCsv(db, source.id);
    const target = await makeShop();
    const progress: [number, number][] = [];
    const result = await importProductsCsv(db, target.id, exported, { onProgress: (done, total) => progress.push([done, total]) });

    expect(result).toEqual({ ok: true, created: 3, updated: 0, warnings: [] });
    expect(await comparable(target.id)).toEqual(await comparable(source.id));
    expect(await exportProductsCsv(db, target.id)).toBe(exported);
    expect(progress.at(0)).toEqual([0, 3]);
    expect(progress.at(-1)).toEqual([3, 3]);
  });

  it("writes nothing when one row is wrong, and says which row and column", async () => {
    const shop = await makeShop();
    await createProduct(db, shop.id, { title: "Mug", handle: "mug", variants: [{ priceAmount: 1200, stock: 4, sku: "MUG" }] });
    const before = await catalogueOf(shop.id);
    const file = [
      header,
      line({
        Handle: "mug",
        Title: "Mug (new name)",
        "Option1 Name": "Title",
        "Option1 Value": "Default Title",
        "Variant Price": "13.00",
        "Variant SKU": "MUG",
      }),
      line({ Handle: "tee", Title: "Tee", "Option1 Name": "Size", "Option1 Value": "S", "Variant Price": "20.00" }),
      line({ Handle: "tee", "Option1 Value": "M", "Variant Price": "twenty" }),
      line({ Handle: "cap", Title: "Cap", "Variant Price": "9.00" }),
    ].join("\n");
    const result = await importProductsCsv(db, shop.id, file);
    expect(result).toEqual({ ok: false, errors: [{ row: 4, column: "Variant Price", message: "Enter a price like 12.50" }], warnings: [] });
    expect(await catalogueOf(shop.id)).toEqual(before);
  });

  it("updates products by handle, keeping variant ids and the stock checkouts hold", async () => {
    const shop = await makeShop();
    const mug = await createProduct(db, shop.id, {
      title: "Mug",
      options: [{ name: "Colour", values: ["Sage", "Rust"] }],
      variants: [
        { option1: "Sage", priceAmount: 1600, stock: 5, sku: "MUG-S" },
        { option1: "Rust", priceAmount: 1600, stock: 5, sku: "MUG-R" },
      ],
    });
    await reserve(mug.variants[0].id, 2);
    const rows = (sageQty: string) =>
      [
        header,
        line({
          Handle: "mug",
          Title: "Mug",
          "Option1 Name": "Colour",
          "Option1 Value": "Sage",
          "Variant Price": "17.00",
          "Variant SKU": "MUG-S",
          "Variant Inventory Qty": sageQty,
          "Variant Inventory Tracker": "shopify",
        }),
        line({
          Handle: "mug",
          "Option1 Value": "Rust",
          "Variant Price": "17.00",
          "Variant SKU": "MUG-R",
          "Variant Inventory Qty": "9",
          "Variant Inventory Tracker": "shopify",
        }),
        line({ Handle: "bowl", Title: "Bowl", "Option1 Name": "Title", "Option1 Value": "Default Title", "Variant Price": "9.50" }),
      ].join("\n");

    const refused = await importProductsCsv(db, shop.id, rows("1"));
    expect(refused).toMatchObject({
      ok: false,
      errors: [{ row: 2, column: "Variant Inventory Qty", message: expect.stringMatching(/held by open checkouts/) }],
    });
    expect(await db.product.count({ where: { shopId: shop.id } })).toBe(1);

    expect(await importProductsCsv(db, shop.id, rows("3"))).toEqual({ ok: true, created: 1, updated: 1, warnings: [] });
    const after = await getProductForEdit(db, shop.id, mug.id);
    expect(after.variants.map((v) => [v.id, v.priceAmount, v.stock, v.reserved])).toEqual([
      [mug.variants[0].id, 1700, 3, 2],
      [mug.variants[1].id, 1700, 9, 0],
    ]);
  });

  it("refuses a SKU another product of the shop keeps, but lets products of the file swap SKUs", async () => {
    const shop = await makeShop();
    await createProduct(db, shop.id, { title: "A", handle: "a", variants: [{ priceAmount: 1, sku: "SKU-A" }] });
    await createProduct(db, shop.id, { title: "B", handle: "b", variants: [{ priceAmount: 1, sku: "SKU-B" }] });
    await createProduct(db, shop.id, { title: "Other", variants: [{ priceAmount: 1, sku: "TAKEN" }] });
    const product = (handle: string, sku: string) => line({ Handle: handle, Title: handle.toUpperCase(), "Variant Price": "1.00", "Variant SKU": sku });
    const taken = await importProductsCsv(db, shop.id, [header, product("a", "TAKEN")].join("\n"));
    expect(taken).toMatchObject({ ok: false, errors: [{ row: 2, column: "Variant SKU", message: "SKU TAKEN is already used by another product" }] });
    expect(await importProductsCsv(db, shop.id, [header, product("a", "SKU-B"), product("b", "SKU-A")].join("\n"))).toMatchObject({ ok: true, updated: 2 });
    expect(
      (
        await db.variant.findMany({
          where: { shopId: shop.id, sku: { in: ["SKU-A", "SKU-B"] } },
          select: { sku: true, product: { select: { handle: true } } },
          orderBy: { sku: "asc" },
        })
      ).map((v) => [v.sku, v.product.handle]),
    ).toEqual([
      ["SKU-A", "b"],
      ["SKU-B", "a"],
    ]);
  });

  it("skips pictures from other websites with a warning instead of fetching them", async () => {
    const shop = await makeShop();
    const file = [
      header,
      line({ Handle: "tee", Title: "Tee", "Variant Price": "1.00", "Image Src": "http://169.254.169.254/latest/meta-data", "Image Position": "1" }),
    ].join("\n");
    const result = await importProductsCsv(db, shop.id, file);
    expect(result).toEqual({
      ok: true,
      created: 1,
      updated: 0,
      warnings: [{ row: 2, column: "Image Src", message: expect.stringMatching(/Only pictures uploaded to this shop/) }],
    });
    expect(await db.productImage.count({ where: { shopId: shop.id } })).toBe(0);
  });

  it("refuses files over 5 MB with a clear message", async () => {
    const shop = await makeShop();
    const big = header + "\n" + line({ Handle: "x", Title: "X", "Body (HTML)": "x".repeat(5 * 1024 * 1024), "Variant Price": "1" });
    const error = await importProductsCsv(db, shop.id, big).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fields.file).toMatch(/larger than 5 MB/);
  });
});
