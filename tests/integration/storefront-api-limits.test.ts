// The Storefront API's write limit (per client address and minute, counted in PostgreSQL) and
// the shop's allowed origins as the owner edits them in the settings.
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { updateAllowedOrigins } from "@/lib/shops/allowed-origins";
import { countWrite } from "@/lib/storefront-api/rate-limit";
import { makeOpenShop, makeUser } from "@/tests/support/shop-fixtures";
import { API, api } from "@/tests/support/storefront-api";

process.env.STOREFRONT_API_WRITES_PER_MINUTE = "3";

vi.mock("next/cache", async () => (await import("@/tests/support/fake-next-cache")).fakeNextCacheModule());

const MINUTE = 60_000;
const from = (address: string) => ({ "X-Forwarded-For": address });
const createCart = (slug: string, address: string) => api("POST", `${API}/shops/${slug}/carts`, { headers: from(address) });

/**
 * The limit counts by the minute of `Date`: freeze only Date (timers, and the database's clock,
 * run on) at `msIntoMinute` into the coming minute, so a slow run can't carry a request into the
 * next window. The coming minute, not a fixed date, keeps carts' and sessions' times plausible.
 */
function freezeClock(msIntoMinute: number): number {
  const minute = (Math.floor(Date.now() / MINUTE) + 1) * MINUTE;
  vi.useFakeTimers({ toFake: ["Date"], now: minute + msIntoMinute });
  return minute;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("rate limit on writes", () => {
  it("answers 429 with Retry-After past the limit, per client address, and reads are not counted", async () => {
    freezeClock(30_000);
    const shop = await makeOpenShop();
    for (let i = 0; i < 3; i++) expect((await createCart(shop.slug, "203.0.113.7")).status).toBe(201);
    const limited = await createCart(shop.slug, "203.0.113.7");
    expect(limited).toMatchObject({ status: 429, body: { error: { code: "rate_limited" } } });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(await db.cart.count({ where: { shopId: shop.id } })).toBe(3);
    // Another address has its own count; reads don't count at all.
    expect((await createCart(shop.slug, "198.51.100.2")).status).toBe(201);
    expect((await api("GET", `${API}/shops/${shop.slug}`, { headers: from("203.0.113.7") })).status).toBe(200);
  });

  it("counts by the clock's minute however slowly the requests come, and starts afresh at the next one", async () => {
    const minute = freezeClock(MINUTE - 50); // 50 ms before the next window
    const shop = await makeOpenShop();
    for (let i = 0; i < 3; i++) {
      expect((await createCart(shop.slug, "203.0.113.9")).status).toBe(201);
      await new Promise((resolve) => setTimeout(resolve, 40)); // real time passes (more than the 50 ms left); the window doesn't
    }
    const limited = await createCart(shop.slug, "203.0.113.9");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1"); // 50 ms left, rounded up to a whole second
    // Across the boundary (a fixed window, as documented in lib/storefront-api/rate-limit.ts): a new count.
    vi.setSystemTime(minute + MINUTE);
    for (let i = 0; i < 3; i++) expect((await createCart(shop.slug, "203.0.113.9")).status).toBe(201);
    expect((await createCart(shop.slug, "203.0.113.9")).status).toBe(429);
    expect(await db.cart.count({ where: { shopId: shop.id } })).toBe(6);
  });

  it("counts in one row per address and minute, atomically, and starts afresh the next minute", async () => {
    const now = new Date("2030-01-01T10:00:30Z");
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => countWrite(db, "192.0.2.1", { limit: 5, now })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "rate_limited", retryAfter: 30 });
    await expect(countWrite(db, "192.0.2.1", { limit: 5, now: new Date("2030-01-01T10:01:00Z") })).resolves.toBeUndefined();
  });
});

describe("allowed origins", () => {
  async function owner(role: "OWNER" | "STAFF" = "OWNER") {
    const shop = await makeOpenShop();
    const user = await makeUser();
    await db.shopMember.create({ data: { shopId: shop.id, userId: user.id, role } });
    return { shop, actor: { shopId: shop.id, userId: user.id, role } };
  }

  it("are saved normalised, one per line, by the owner", async () => {
    const { shop, actor } = await owner();
    const saved = await updateAllowedOrigins(db, actor, "https://Shop.Example:443\nhttp://localhost:5173/ , https://shop.example");
    expect(saved).toEqual({ origins: ["https://shop.example", "http://localhost:5173"], changed: true });
    expect((await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).allowedOrigins).toEqual(["https://shop.example", "http://localhost:5173"]);
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: "shop.origins_updated" } })).toBe(1);
    expect((await updateAllowedOrigins(db, actor, "https://shop.example\nhttp://localhost:5173")).changed).toBe(false);
  });

  it("refuse anything but scheme://host[:port], and staff", async () => {
    const { shop, actor } = await owner();
    for (const bad of [
      "shop.example",
      "https://shop.example/path",
      "ftp://shop.example",
      "https://user:pw@shop.example",
      "https://shop.example?x=1",
      "javascript:alert(1)",
    ]) {
      await expect(updateAllowedOrigins(db, actor, bad), bad).rejects.toMatchObject({
        code: "invalid",
        fields: { allowedOrigins: expect.stringContaining("isn't an origin") },
      });
    }
    const { actor: staff } = await owner("STAFF");
    await expect(updateAllowedOrigins(db, { ...staff, shopId: staff.shopId }, "https://a.example")).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).allowedOrigins).toEqual([]);
  });
});
