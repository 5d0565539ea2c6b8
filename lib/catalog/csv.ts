// Catalogue import and export as CSV (columns: csv-format.ts). An import validates the whole
// file first and writes nothing if any row is wrong; then it creates or updates every
// product, by handle, in one transaction.
import { stringify } from "csv-stringify/sync";
import sharp from "sharp";
import { storage } from "@/lib/storage";
import { uploadedKey } from "@/lib/storage/urls";
import { type CsvIssue, CSV_COLUMNS, MAX_CSV_ROWS, VARIANT_COLUMNS, parseProductsCsv, productRows } from "./csv-format";
import { transaction, type Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { type PlannedImage, type ProductPlan, planProduct } from "./product-plan";
import { applyPlans, loadProductsForUpdate, skuOwners } from "./product-writes";

export { CSV_COLUMNS, MAX_CSV_ROWS, type CsvIssue };
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

export type CsvImportResult = { ok: true; created: number; updated: number; warnings: CsvIssue[] } | { ok: false; errors: CsvIssue[]; warnings: CsvIssue[] };

/** The shop's whole catalogue, products in handle order, prices in the shop's currency. */
export async function exportProductsCsv(db: Db, shopId: string): Promise<string> {
  const shop = await db.shop.findUnique({ where: { id: shopId }, select: { currency: true } });
  if (!shop) throw AppError.notFound("shop");
  const rows: string[][] = [[...CSV_COLUMNS]];
  // Batches of 500: a fixed number of queries per batch, bounded memory per batch.
  for (let after = ""; ;) {
    const batch = await db.product.findMany({
      where: { shopId, handle: { gt: after } },
      orderBy: { handle: "asc" },
      take: 500,
      include: {
        options: { orderBy: { position: "asc" } },
        variants: { orderBy: [{ position: "asc" }, { id: "asc" }] },
        images: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      },
    });
    for (const p of batch) rows.push(...productRows(p, shop.currency));
    if (batch.length < 500) break;
    after = batch.at(-1)!.handle;
  }
  return stringify(rows);
}

/**
 * Imports a product CSV (Minishop's or Shopify's export) into the shop: products are matched
 * by handle, their variants by option values (keeping ids and stock held by checkouts).
 * Returns every problem with its row and column, or the counts once written.
 * Throws AppError({ file }) when the file is too large or not a product CSV at all.
 */
export async function importProductsCsv(
  db: Db,
  shopId: string,
  file: string | Buffer,
  options: { onProgress?: (done: number, total: number) => void } = {},
): Promise<CsvImportResult> {
  if (Buffer.byteLength(file) > MAX_CSV_BYTES)
    throw AppError.invalid({ file: `The file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB: split it into smaller files` });
  const shop = await db.shop.findUnique({ where: { id: shopId }, select: { currency: true } });
  if (!shop) throw AppError.notFound("shop");
  const { products, errors, warnings, file: notProductCsv } = parseProductsCsv(typeof file === "string" ? file : file.toString("utf8"), shop.currency);
  if (notProductCsv) throw AppError.invalid({ file: notProductCsv });
  const images = await resolveImages(products, errors, warnings);

  return transaction(
    db,
    async (tx) => {
      const existing = await loadProductsForUpdate(tx, shopId, { handles: products.map((p) => p.handle) });
      const byHandle = new Map(existing.map((p) => [p.handle, p]));
      const inFile = new Set(existing.map((p) => p.id));
      const owners = await skuOwners(
        tx,
        shopId,
        products.flatMap((p) => (p.input.variants ?? []).flatMap((v) => (v.sku ? [v.sku] : []))),
      );
      const plans: ProductPlan[] = [];
      const finalSkus = new Map<string, string>();
      for (const product of products) {
        const current = byHandle.get(product.handle) ?? null;
        // SKUs of products in the file are theirs to hand over; others' SKUs are taken.
        const result = planProduct(current, product.input, {
          skuTakenElsewhere: (sku) => {
            const owner = owners.get(sku);
            return !!owner && owner !== current?.id && !inFile.has(owner);
          },
        });
        if (result.errors) {
          for (const [field, message] of Object.entries(result.errors)) {
            const [, n, sub] = field.split(".");
            const row = n === undefined ? product.row : product.variantRows[Number(n)];
            errors.push({ row, column: field === "options" ? "Option1 Value" : (VARIANT_COLUMNS[sub] ?? "Variant SKU"), message });
          }
          continue;
        }
        // A SKU kept by a product of the file (on a row it doesn't list) can't move to another.
        for (const v of result.plan.variants) {
          if (!v.sku) continue;
          if (finalSkus.has(v.sku) && finalSkus.get(v.sku) !== product.handle)
            errors.push({ row: product.row, column: "Variant SKU", message: `SKU ${v.sku} is still used by product ${finalSkus.get(v.sku)}` });
          finalSkus.set(v.sku, product.handle);
        }
        plans.push({ ...result.plan, images: images.get(product.handle) });
      }
      if (errors.length) return { ok: false as const, errors: errors.sort((a, b) => a.row - b.row), warnings };
      await applyPlans(tx, shopId, plans, options.onProgress);
      return { ok: true as const, created: plans.filter((p) => !p.productId).length, updated: plans.filter((p) => p.productId).length, warnings };
    },
    { timeout: 10 * 60_000 },
  );
}

// Pictures are imported from this Minishop's own uploads (a Minishop export): their size is
// read from the stored file. Other addresses are skipped with a warning: fetching arbitrary
// URLs from the server is a door into the internal network, and the merchant can upload them.
async function resolveImages(products: ReturnType<typeof parseProductsCsv>["products"], errors: CsvIssue[], warnings: CsvIssue[]) {
  const sizes = new Map<string, { width: number; height: number } | null>();
  const result = new Map<string, PlannedImage[] | undefined>();
  for (const product of products) {
    if (!product.images) continue;
    const planned: PlannedImage[] = [];
    for (const image of product.images) {
      const key = uploadedKey(image.url);
      if (key === null) {
        warnings.push({
          row: image.row,
          column: "Image Src",
          message: "Only pictures uploaded to this shop are imported: upload this one on the product page",
        });
        continue;
      }
      if (!sizes.has(image.url)) sizes.set(image.url, await storedImageSize(key));
      const size = sizes.get(image.url);
      if (!size) errors.push({ row: image.row, column: "Image Src", message: "This picture is not in this Minishop's uploads" });
      else planned.push({ url: image.url, alt: image.alt.slice(0, 512), ...size });
    }
    result.set(product.handle, planned.length ? planned : undefined);
  }
  return result;
}

async function storedImageSize(key: string) {
  const bytes = await storage().read(key);
  if (!bytes) return null;
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => null);
  return meta?.width && meta.height ? { width: meta.width, height: meta.height } : null;
}
