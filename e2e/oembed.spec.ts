// oEmbed discovery on the production build: a shop's home and product pages carry
// <link rel="alternate" type="application/json+oembed">, stay served from Next's cache, and the
// link answers the oEmbed JSON for that page.
import { expect, test } from "./fixtures";

test("the home and product pages link to their oEmbed answer and stay cached", async ({ page, request, storefront }) => {
  for (const [path, title] of [
    [`/s/${storefront.slug}`, storefront.name],
    [`/s/${storefront.slug}/p/stoneware-mug`, null],
  ] as const) {
    await page.goto(path);
    const discovery = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
    await expect(discovery).toHaveCount(1);
    const href = new URL((await discovery.getAttribute("href"))!);
    expect(href.pathname).toBe("/api/oembed");
    expect(new URL(href.searchParams.get("url")!).pathname).toBe(path);
    const answer = await request.get(href.pathname + href.search);
    expect(answer.status()).toBe(200);
    const body = await answer.json();
    expect(body).toMatchObject({ version: "1.0", type: "rich" });
    if (title) expect(body.title).toBe(title);
    else expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(body.title);
    expect((await request.get(path)).headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/); // still a cached page
  }
});
