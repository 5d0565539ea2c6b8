// Reads products for an update under row locks and writes product plans in batches: the
// number of queries grows with the number of 250-product chunks, not with variants, so a
// 10 000-row CSV import stays one reasonable transaction.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/core/db";
import { holdBackPublished } from "@/lib/moderation/gate";
import type { ExistingProduct, ProductPlan } from "./product-plan";
import type { ProductStatus } from "./schemas";

type VariantRow = ExistingProduct["variants"][number] & { productId: string };
/** With its status: the editor's audit entry tells a status change from the row read here. */
export type LockedProduct = ExistingProduct & { status: ProductStatus };

/**
 * The products (with options and variants) of the shop among `ids` or `handles`, locked
 * until the transaction ends: a checkout cannot reserve stock we are about to rewrite.
 */
export async function loadProductsForUpdate(tx: Tx, shopId: string, by: { ids: string[] } | { handles: string[] }): Promise<LockedProduct[]> {
  const match = "ids" in by ? Prisma.sql`id = ANY(${by.ids}::text[])` : Prisma.sql`handle = ANY(${by.handles}::text[])`;
  const products = await tx.$queryRaw<{ id: string; handle: string; status: ProductStatus }[]>`
    SELECT id, handle, status::text AS status FROM "Product" WHERE "shopId" = ${shopId} AND ${match} ORDER BY id FOR UPDATE`;
  if (!products.length) return [];
  const ids = products.map((p) => p.id);
  const options = await tx.productOption.findMany({ where: { shopId, productId: { in: ids } }, orderBy: [{ productId: "asc" }, { position: "asc" }] });
  const variants = await tx.$queryRaw<VariantRow[]>`
    SELECT id, "productId", title, sku, option1, option2, option3, "priceAmount", "compareAtAmount", "trackStock", stock, reserved, position
    FROM "Variant" WHERE "shopId" = ${shopId} AND "productId" = ANY(${ids}::text[])
    ORDER BY "productId", position, id FOR UPDATE`;
  return products.map((p) => ({
    ...p,
    options: options.filter((o) => o.productId === p.id).map(({ name, values }) => ({ name, values })),
    variants: variants.filter((v) => v.productId === p.id),
  }));
}

/** Which product of the shop holds each of these SKUs. */
export async function skuOwners(tx: Tx, shopId: string, skus: string[]): Promise<Map<string, string>> {
  if (!skus.length) return new Map();
  const rows = await tx.variant.findMany({ where: { shopId, sku: { in: skus } }, select: { sku: true, productId: true } });
  return new Map(rows.map((r) => [r.sku!, r.productId]));
}

const CHUNK = 250;
const nowUtc = Prisma.sql`(now() AT TIME ZONE 'UTC')`; // timestamp(3) columns hold UTC, like Prisma writes them

/** Writes the plans; returns the product ids in plan order. Call inside a transaction (the publish gate may refuse it). */
export async function applyPlans(tx: Tx, shopId: string, plans: ProductPlan[], onProgress?: (done: number, total: number) => void): Promise<string[]> {
  // First free what other plans may take over: removed variants and SKUs that change hands.
  const removed = plans.flatMap((p) => p.removedVariantIds);
  if (removed.length) await tx.variant.deleteMany({ where: { shopId, id: { in: removed } } });
  const freed = plans.flatMap((p) => p.variants.filter((v) => v.skuChanged && v.id).map((v) => v.id!));
  if (freed.length) await tx.variant.updateMany({ where: { shopId, id: { in: freed } }, data: { sku: null } });

  const ids: string[] = [];
  const active: string[] = [];
  onProgress?.(0, plans.length);
  for (let start = 0; start < plans.length; start += CHUNK) {
    const chunk = plans.slice(start, start + CHUNK);
    const written = await writeProducts(tx, shopId, chunk);
    ids.push(...written.ids);
    active.push(...written.active);
    const chunkIds = ids.slice(start);
    await writeOptions(tx, shopId, chunk, chunkIds);
    await writeVariants(tx, shopId, chunk, chunkIds);
    await writeImages(tx, shopId, chunk, chunkIds);
    onProgress?.(Math.min(start + CHUNK, plans.length), plans.length);
  }
  // Products now ACTIVE pass the platform's rules, or the write is refused / they wait for review.
  await holdBackPublished(tx, shopId, active);
  return ids;
}

/** Inserts and updates the products; answers their ids in plan order and which of them are now ACTIVE. */
async function writeProducts(tx: Tx, shopId: string, plans: ProductPlan[]): Promise<{ ids: string[]; active: string[] }> {
  const creates = plans.filter((p) => !p.productId);
  const created = creates.length
    ? await tx.product.createManyAndReturn({
        data: creates.map(({ fields: f }) => ({
          shopId,
          handle: f.handle!,
          title: f.title!,
          descriptionMd: f.descriptionMd,
          status: f.status,
          tags: f.tags,
          lowStockThreshold: f.lowStockThreshold,
        })),
        select: { id: true, handle: true, status: true },
      })
    : [];
  const active = created.filter((p) => p.status === "ACTIVE").map((p) => p.id);
  const idByHandle = new Map(created.map((p) => [p.handle, p.id]));
  const updates = plans.filter((p) => p.productId).map((p) => ({ id: p.productId, ...p.fields }));
  if (updates.length) {
    // Absent fields come through as NULL and keep their value (no product field is nullable).
    const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Product" AS p SET
        handle = COALESCE(d.handle, p.handle), title = COALESCE(d.title, p.title),
        "descriptionMd" = COALESCE(d."descriptionMd", p."descriptionMd"),
        status = COALESCE(d.status::"ProductStatus", p.status), tags = COALESCE(d.tags, p.tags),
        "lowStockThreshold" = COALESCE(d."lowStockThreshold", p."lowStockThreshold"), "updatedAt" = ${nowUtc}
      FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb)
        AS d(id text, handle text, title text, "descriptionMd" text, status text, tags text[], "lowStockThreshold" int)
      WHERE p.id = d.id AND p."shopId" = ${shopId}
      RETURNING CASE WHEN p.status = 'ACTIVE' THEN p.id END AS id`;
    active.push(...rows.flatMap((r) => (r.id ? [r.id] : [])));
  }
  return { ids: plans.map((p) => p.productId ?? idByHandle.get(p.fields.handle!)!), active };
}

async function writeOptions(tx: Tx, shopId: string, plans: ProductPlan[], ids: string[]) {
  const replaced = plans.flatMap((p, i) => (p.options && p.productId ? [ids[i]] : []));
  if (replaced.length) await tx.productOption.deleteMany({ where: { shopId, productId: { in: replaced } } });
  const rows = plans.flatMap((p, i) => (p.options ?? []).map((o, position) => ({ shopId, productId: ids[i], name: o.name, values: o.values, position })));
  if (rows.length) await tx.productOption.createMany({ data: rows });
}

async function writeVariants(tx: Tx, shopId: string, plans: ProductPlan[], ids: string[]) {
  const changed = plans.flatMap((p) => p.variants.filter((v) => v.id && v.changed));
  if (changed.length) {
    await tx.$executeRaw`
      UPDATE "Variant" AS v SET
        title = d.title, option1 = d.option1, option2 = d.option2, option3 = d.option3, sku = d.sku,
        "priceAmount" = d."priceAmount", "compareAtAmount" = d."compareAtAmount", "trackStock" = d."trackStock",
        stock = d.stock, position = d.position, "updatedAt" = ${nowUtc}
      FROM jsonb_to_recordset(${JSON.stringify(changed)}::jsonb)
        AS d(id text, title text, option1 text, option2 text, option3 text, sku text, "priceAmount" int,
             "compareAtAmount" int, "trackStock" boolean, stock int, position int)
      WHERE v.id = d.id AND v."shopId" = ${shopId}`;
  }
  const added = plans.flatMap((p, i) =>
    p.variants
      .filter((v) => !v.id)
      .map(({ title, option1, option2, option3, sku, priceAmount, compareAtAmount, trackStock, stock, position }) => ({
        shopId,
        productId: ids[i],
        title,
        option1,
        option2,
        option3,
        sku,
        priceAmount,
        compareAtAmount,
        trackStock,
        stock,
        position,
      })),
  );
  if (added.length) await tx.variant.createMany({ data: added });
}

async function writeImages(tx: Tx, shopId: string, plans: ProductPlan[], ids: string[]) {
  const withImages = plans.flatMap((p, i) => (p.images ? [{ id: ids[i], images: p.images }] : []));
  if (!withImages.length) return;
  await tx.productImage.deleteMany({ where: { shopId, productId: { in: withImages.map((p) => p.id) } } });
  const rows = withImages.flatMap((p) => p.images.map((img, position) => ({ shopId, productId: p.id, ...img, position })));
  if (rows.length) await tx.productImage.createMany({ data: rows });
}
