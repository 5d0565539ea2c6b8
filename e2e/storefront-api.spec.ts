// The Storefront API as a client meets it on the production build: the reference page, reads
// served from Next's route cache that show a merchant's edit at once, ETag/304, and CORS for
// the origins the merchant lists in the shop's settings.
import { expect, test } from "./fixtures";
import { approveShop } from "./merchant";

test("/docs/api renders the reference from the OpenAPI document", async ({ page }) => {
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { name: "Minishop Storefront API" })).toBeVisible({ timeout: 30_000 });
  const sidebar = page.getByRole("complementary", { name: "Sidebar for Minishop Storefront API" });
  await expect(sidebar.getByRole("link", { name: /One product/ })).toBeVisible();
  await sidebar.getByRole("button", { name: "Open Group - Cart" }).click();
  await sidebar.getByRole("link", { name: /Create a cart/ }).click();
  await expect(page.getByRole("heading", { name: "Create a cart" })).toBeVisible();
});

test.describe("a shop opened in review", () => {
  test.use({ shopOptions: { inReview: true } });

  test("a merchant's edits reach cached API reads at once, and the listed origins get CORS", async ({ page, browser, request, shop, adminState }) => {
    const { name, slug } = shop;
    const url = `/api/storefront/v1/shops/${slug}`;
    expect((await request.get(url)).status()).toBe(404); // in review: not visible yet
    await approveShop(browser, adminState, name);

    const first = await request.get(url);
    expect(first.status()).toBe(200);
    expect((await first.json()).name).toBe(name);
    const cached = await request.get(url);
    expect(cached.headers()["x-nextjs-cache"]).toBe("HIT"); // served from the route cache
    const etag = cached.headers()["etag"]!;
    expect((await request.get(url, { headers: { "If-None-Match": etag } })).status()).toBe(304);

    await page.goto(`/dashboard/${slug}/settings`);
    await page.getByLabel("Shop name").fill(`${name} Renamed`);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
    const renamed = await request.get(url);
    expect((await renamed.json()).name).toBe(`${name} Renamed`);
    expect((await request.get(url, { headers: { "If-None-Match": etag } })).status()).toBe(200);

    // CORS: none for an origin the shop doesn't list, then the merchant lists it.
    const origin = "https://app.example.com";
    expect((await request.get(url, { headers: { Origin: origin } })).headers()["access-control-allow-origin"]).toBeUndefined();
    expect((await request.post(`${url}/carts`, { headers: { Origin: origin } })).status()).toBe(403);
    await page.getByLabel("Allowed origins").fill(`${origin}\nnot an origin`);
    await page.getByRole("button", { name: "Save origins" }).click();
    await expect(page.getByLabel("Allowed origins")).toHaveAccessibleDescription(/isn't an origin/);
    await page.getByLabel("Allowed origins").fill(origin);
    await page.getByRole("button", { name: "Save origins" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Allowed origins saved." })).toBeVisible();
    const allowed = await request.get(url, { headers: { Origin: origin } });
    expect(allowed.headers()["access-control-allow-origin"]).toBe(origin);
    const preflight = await request.fetch(`${url}/carts`, { method: "OPTIONS", headers: { Origin: origin, "Access-Control-Request-Method": "POST" } });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe(origin);
    const cart = await request.post(`${url}/carts`, { headers: { Origin: origin } });
    expect(cart.status()).toBe(201);
    expect((await cart.json()).token).toMatch(/^[\w-]+\.[\w-]{22}$/);
  });
});
