// The demo seed runs on a user's first `npm start`: it must build a browsable shop and be safe to run twice.
import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/lib/seed/demo";

process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "minishop-seed-"));

describe("demo seed", () => {
  it("creates an active shop with ~20 products, an owner and an admin, once", async () => {
    const first = await seedDemo(db);
    const shop = await db.shop.findUniqueOrThrow({ where: { slug: first.shopSlug }, select: { id: true, status: true, members: { select: { role: true } } } });
    expect(shop.status).toBe("ACTIVE");
    expect(shop.members).toEqual([{ role: "OWNER" }]);
    const products = await db.product.count({ where: { shopId: shop.id, status: "ACTIVE" } });
    expect(products).toBeGreaterThanOrEqual(18);
    expect(await db.variant.count({ where: { shopId: shop.id } })).toBeGreaterThan(products);
    expect(await db.productImage.count({ where: { shopId: shop.id } })).toBeGreaterThanOrEqual(products);
    expect(await db.user.count({ where: { role: "admin" } })).toBe(1);

    await seedDemo(db);
    expect(await db.shop.count()).toBe(1);
    expect(await db.product.count()).toBe(products);
  });
});
