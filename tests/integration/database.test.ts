import pg from "pg";
import { describe, expect, it } from "vitest";
import { transaction } from "@/lib/core/db";
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

describe("a transaction's connection", () => {
  /** The most queries any one pg client had running at once while `fn` ran (pg would queue, and warn, past one). */
  async function mostAtOnce(fn: () => Promise<unknown>): Promise<number> {
    const query = pg.Client.prototype.query;
    const running = new Map<pg.Client, number>();
    let most = 0;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      running.set(this, (running.get(this) ?? 0) + 1);
      most = Math.max(most, running.get(this)!);
      const done = () => void running.set(this, running.get(this)! - 1);
      const callback = args.at(-1);
      if (typeof callback === "function") {
        // The pool's own form (pool.query, i.e. Prisma outside a transaction): done when called back.
        args[args.length - 1] = (...results: unknown[]) => (done(), callback(...results));
        return (query as (...a: unknown[]) => unknown).apply(this, args);
      }
      return (query as (...a: unknown[]) => Promise<unknown>).apply(this, args).finally(done);
    } as typeof query;
    try {
      await fn();
    } finally {
      pg.Client.prototype.query = query;
    }
    return most;
  }

  it("gets one query at a time, though Prisma loads sibling relations with Promise.all (pg's deprecation warning)", async () => {
    const shop = await makeShop("one-at-a-time");
    const variant = await makeVariant(shop.id, 3);
    const include = { variants: true, images: true, options: true, collections: true } as const;
    let read: unknown;
    const most = await mostAtOnce(() =>
      transaction(db, async (tx) => {
        read = await tx.product.findUnique({ where: { id: variant.productId }, include });
        await tx.product.update({ where: { id: variant.productId }, data: { title: "Tee, washed" }, include });
      }),
    );
    expect(most).toBe(1);
    expect(read).toMatchObject({ title: "Tee", variants: [{ id: variant.id }], images: [], options: [], collections: [] });
    expect((await db.product.findUniqueOrThrow({ where: { id: variant.productId } })).title).toBe("Tee, washed");
    // Outside a transaction the pool gives each query its own connection: still parallel.
    expect(await mostAtOnce(() => db.product.findUnique({ where: { id: variant.productId }, include }))).toBe(1);
  });

  it("still rolls back everything after a failed query", async () => {
    const shop = await makeShop("rolls-back");
    const variant = await makeVariant(shop.id, 3);
    await expect(
      transaction(db, async (tx) => {
        await tx.variant.update({ where: { id: variant.id }, data: { stock: 10 } });
        await Promise.all([tx.variant.update({ where: { id: variant.id }, data: { reserved: 99 } }), tx.product.count()]);
      }),
    ).rejects.toThrow();
    expect((await db.variant.findUniqueOrThrow({ where: { id: variant.id } })).stock).toBe(3);
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
