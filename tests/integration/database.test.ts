import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

async function makeShop(slug: string) {
  return db.shop.create({ data: { slug, name: `Shop ${slug}`, currency: "EUR" } });
}

async function makeVariant(shopId: string, stock: number) {
  const product = await db.product.create({ data: { shopId, handle: `p-${Math.random().toString(36).slice(2)}`, title: "Tee" } });
  return db.variant.create({ data: { shopId, productId: product.id, title: "Default", priceAmount: 1500, stock } });
}

describe("database invariants", () => {
  it("refuses a second shop with the same slug", async () => {
    await makeShop("same-slug");
    await expect(makeShop("same-slug")).rejects.toThrow();
    expect(await db.shop.count({ where: { slug: "same-slug" } })).toBe(1);
  });

  it("numbers orders per shop from 1001", async () => {
    const shop = await makeShop("numbers");
    expect(shop.nextOrderNumber).toBe(1001);
  });

  it("never lets reserved stock exceed stock on hand", async () => {
    const shop = await makeShop("stock");
    const variant = await makeVariant(shop.id, 2);
    await db.variant.update({ where: { id: variant.id }, data: { reserved: 2 } });
    await expect(db.variant.update({ where: { id: variant.id }, data: { reserved: 3 } })).rejects.toThrow();
    await expect(db.variant.update({ where: { id: variant.id }, data: { stock: -1 } })).rejects.toThrow();
    const after = await db.variant.findUniqueOrThrow({ where: { id: variant.id } });
    expect(after).toMatchObject({ stock: 2, reserved: 2 });
  });

  it("keeps product handles unique within a shop but not across shops", async () => {
    const a = await makeShop("handles-a");
    const b = await makeShop("handles-b");
    await db.product.create({ data: { shopId: a.id, handle: "tee", title: "Tee" } });
    await db.product.create({ data: { shopId: b.id, handle: "tee", title: "Tee" } });
    await expect(db.product.create({ data: { shopId: a.id, handle: "tee", title: "Tee again" } })).rejects.toThrow();
  });

  it("sees its own schema from raw SQL too", async () => {
    await makeShop("raw-sql");
    const rows = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Shop" WHERE slug = 'raw-sql'`;
    expect(Number(rows[0].n)).toBe(1);
  });
});

describe("GET /api/health", () => {
  it("answers ok while the database answers", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});
