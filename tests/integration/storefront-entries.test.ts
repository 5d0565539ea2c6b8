// The storefront's other entries, called as Next.js calls them: the shop's robots.txt,
// sitemap.xml and Open Graph picture (through the storefront's data functions, Next's data
// cache passed through), and signing out. Real database, real better-auth.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { makeCollection, makeOpenShop, makeProduct } from "@/tests/support/shop-fixtures";

// Beyond the shared fake request (tests/support/session.ts): the request's headers (sign-out
// reads the session cookie from them) and Next's data cache, which only a server has.
const state = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/cache")>()), unstable_cache: (fn: () => unknown) => fn }));
vi.mock("next/headers", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/headers")>()), headers: async () => state.headers }));

process.env.APP_URL = "http://localhost:3000";

const robots = await import("@/app/(storefront)/s/[shopSlug]/robots.txt/route");
const sitemap = await import("@/app/(storefront)/s/[shopSlug]/sitemap.xml/route");
const og = await import("@/app/(storefront)/s/[shopSlug]/og.png/route");
const { signOut } = await import("@/app/(auth)/actions");
const { auth } = await import("@/lib/auth/auth");

const get = (route: { GET: (r: Request, c: { params: Promise<{ shopSlug: string }> }) => Promise<Response> }, shopSlug: string, query = "") =>
  route.GET(new Request(`http://localhost:3000/s/${shopSlug}/x${query}`), { params: Promise.resolve({ shopSlug }) });

describe("a shop's robots.txt, sitemap and share picture", () => {
  it("lists an open shop's pages and products, and points crawlers at them", async () => {
    const shop = await makeOpenShop();
    const collection = await makeCollection(shop.id);
    const { product } = await makeProduct(shop.id, { collectionIds: [collection.id] });
    const draft = await makeProduct(shop.id, { status: "DRAFT" });

    const rules = await get(robots, shop.slug);
    expect(rules.status).toBe(200);
    expect(await rules.text()).toContain(`Sitemap: http://localhost:3000/s/${shop.slug}/sitemap.xml`);
    const map = await (await get(sitemap, shop.slug)).text();
    expect(map).toContain(`/s/${shop.slug}/p/${product.handle}</loc>`);
    expect(map).toContain(`/s/${shop.slug}/c/${collection.handle}</loc>`);
    expect(map).not.toContain(draft.product.handle);

    const picture = await get(og, shop.slug);
    expect(picture.status).toBe(200);
    expect(picture.headers.get("content-type")).toBe("image/png");
  });

  it("keeps crawlers out of a closed shop and answers 404 to an unknown one or page", async () => {
    const closed = await makeOpenShop({ status: "SUSPENDED" });
    expect(await (await get(robots, closed.slug)).text()).toBe(`User-agent: *\nDisallow: /s/${closed.slug}/\n`);
    expect((await get(sitemap, closed.slug)).status).toBe(404);
    expect((await get(og, closed.slug)).status).toBe(404);
    expect((await get(robots, "no-such-shop")).status).toBe(404);
    const open = await makeOpenShop();
    for (const page of ["?page=0", "?page=2", "?page=x"]) expect((await get(sitemap, open.slug, page)).status).toBe(404);
  });
});

describe("signing out", () => {
  it("ends the caller's own session and no other", async () => {
    const signUp = (email: string) =>
      auth.handler(
        new Request("http://localhost:3000/api/auth/sign-up/email", {
          method: "POST",
          headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": "203.0.113.9" },
          body: JSON.stringify({ name: "Shopper", email, password: "a long enough password" }),
        }),
      );
    const mine = await signUp("leaving@example.test");
    await signUp("staying@example.test");
    const cookie = mine.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const sessions = () => db.session.count({ where: { user: { email: { in: ["leaving@example.test", "staying@example.test"] } } } });
    expect(await sessions()).toBe(2);

    // No session cookie: nothing to end, and nobody else's session ends.
    state.headers = new Headers();
    await expect(signOut()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;\w+;\/sign-in;/) });
    expect(await sessions()).toBe(2);

    state.headers = new Headers({ cookie });
    await expect(signOut()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;\w+;\/sign-in;/) });
    expect(await db.session.count({ where: { user: { email: "leaving@example.test" } } })).toBe(0);
    expect(await db.session.count({ where: { user: { email: "staying@example.test" } } })).toBe(1);
  });
});
