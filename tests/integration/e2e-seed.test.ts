// The test-only route the e2e fixtures open their shops through: absent (404) unless
// scripts/e2e.ts set its token and the request carries it, for signed-in callers only; the
// shop it opens is the signed-in caller's, live or in review, empty or with the demo catalogue.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DEMO_PRODUCTS } from "@/lib/seed/demo-catalog";
import { session } from "@/tests/support/session";
import { makeUser } from "@/tests/support/shop-fixtures";

const { POST } = await import("@/app/api/e2e/shops/route");

const TOKEN = "e2e-seed-token-for-this-test";
const open = (body: unknown, token: string | null = TOKEN) =>
  POST(new Request("http://localhost/api/e2e/shops", { method: "POST", body: JSON.stringify(body), headers: token ? { "x-e2e-seed-token": token } : {} }));
const signIn = async () => {
  const user = await makeUser();
  session.user = { id: user.id, name: user.name, email: user.email, role: "user" };
  return user;
};

afterEach(() => {
  delete process.env.E2E_SEED_TOKEN;
  session.user = null;
});

describe("POST /api/e2e/shops", () => {
  it("is a 404 while seeding is off, or with a wrong or missing token, and opens nothing", async () => {
    await signIn();
    const before = await db.shop.count();
    expect((await open({ name: "Nope", slug: "nope-off" })).status).toBe(404);
    process.env.E2E_SEED_TOKEN = TOKEN;
    expect((await open({ name: "Nope", slug: "nope-wrong" }, "not-the-token")).status).toBe(404);
    expect((await open({ name: "Nope", slug: "nope-none" }, null)).status).toBe(404);
    expect(await db.shop.count()).toBe(before);
  });

  it("refuses a guest (401) and bad input (400)", async () => {
    process.env.E2E_SEED_TOKEN = TOKEN;
    const guest = await open({ name: "Guest", slug: "guest-shop" });
    expect(guest.status).toBe(401);
    expect(await guest.json()).toMatchObject({ error: { code: "unauthenticated" } });
    await signIn();
    const bad = await open({ name: "", slug: "x", catalogue: "everything" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields).toEqual({ name: expect.any(String), slug: expect.any(String), catalogue: expect.any(String) });
  });

  it("opens an empty shop live, or in review, owned by the caller", async () => {
    process.env.E2E_SEED_TOKEN = TOKEN;
    const owner = await signIn();
    const live = await open({ name: "Live Shop", slug: "live-shop-e2e" });
    expect(live.status).toBe(201);
    const shop = await live.json();
    expect(shop).toEqual({ id: expect.any(String), slug: "live-shop-e2e", name: "Live Shop" });
    expect(
      await db.shop.findUniqueOrThrow({ where: { id: shop.id }, select: { status: true, currency: true, members: { select: { userId: true, role: true } } } }),
    ).toEqual({
      status: "ACTIVE",
      currency: "EUR",
      members: [{ userId: owner.id, role: "OWNER" }],
    });
    expect(await db.product.count({ where: { shopId: shop.id } })).toBe(0);

    const review = await (await open({ name: "Review Shop", slug: "review-shop-e2e", inReview: true })).json();
    expect(await db.shop.findUniqueOrThrow({ where: { id: review.id }, select: { status: true } })).toEqual({ status: "IN_REVIEW" });
  });

  it("opens a copy of the demo shop at its own address", async () => {
    process.env.E2E_SEED_TOKEN = TOKEN;
    const owner = await signIn();
    const shop = await (await open({ name: "Minishop Demo Store", slug: "demo-copy-e2e", catalogue: "demo" })).json();
    expect(shop).toMatchObject({ slug: "demo-copy-e2e", name: "Minishop Demo Store" });
    const copy = await db.shop.findUniqueOrThrow({
      where: { id: shop.id },
      select: {
        status: true,
        members: { select: { userId: true } },
        _count: { select: { products: true, collections: true, discounts: true, shippingRates: true } },
      },
    });
    expect(copy.status).toBe("ACTIVE");
    expect(copy.members).toEqual([{ userId: owner.id }]);
    expect(copy._count).toMatchObject({ discounts: 1, shippingRates: 2 });
    expect(copy._count.products).toBe(DEMO_PRODUCTS.length);
    expect(await db.product.findFirst({ where: { shopId: shop.id, handle: "organic-cotton-tee" }, select: { title: true } })).toEqual({
      title: "Organic Cotton Tee",
    });
  });
});
