// Shopping a shop with the demo catalogue (a fresh copy per test): browse, choose a variant,
// search with a typo, change the language, and what search engines read; a merchant's edit
// reaching cached search results, in a shop of the merchant's own.
// Demo facts used: Mountain Sunrise Print A3 €19, A2 €29, A1 sold out; Organic Cotton Tee XL / Navy sold out.
import { test, expect, suffix } from "./fixtures";

test("a shopper goes from the shop home to a collection, then picks a variant of a product", async ({ page, storefront }) => {
  const shop = `/s/${storefront.slug}`;
  await page.goto(shop);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Minishop Demo Store");
  await expect(page.getByRole("heading", { name: "Featured collections" })).toBeVisible();

  await page.getByRole("navigation", { name: "Collections" }).getByRole("link", { name: "Posters" }).click();
  await expect(page).toHaveURL(`${shop}/c/posters`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Posters");

  await page
    .getByRole("main")
    .getByRole("link", { name: /Mountain Sunrise Print/ })
    .click();
  await expect(page).toHaveURL(`${shop}/p/mountain-sunrise-print`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mountain Sunrise Print");
  await expect(page.getByText("€19.00", { exact: true })).toBeVisible();

  // A1 has no stock left: it can't be chosen, and says why.
  const a1 = page.getByRole("radio", { name: /^A1/ });
  await expect(a1).toBeDisabled();
  await expect(a1).toHaveAccessibleName(/sold out/);

  await page.getByRole("radio", { name: "A2", exact: true }).check();
  await expect(page.getByText("€29.00", { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\?variant=\w+$/);

  // The choice is in the address: reloading (or sharing the link) keeps it.
  await page.reload();
  await expect(page.getByRole("radio", { name: "A2", exact: true })).toBeChecked();
  await expect(page.getByText("€29.00", { exact: true })).toBeVisible();
});

test("a sold-out combination of two options is disabled once the first option is chosen", async ({ page, storefront }) => {
  const shop = `/s/${storefront.slug}`;
  await page.goto(`${shop}/p/organic-cotton-tee`);
  const navy = page.getByRole("radio", { name: /^Navy/ });
  await expect(navy).toBeEnabled();
  await page.getByRole("radio", { name: "XL", exact: true }).check();
  await expect(navy).toBeDisabled();
  await expect(page.getByRole("radio", { name: "Black", exact: true })).toBeChecked();
});

test("search finds a product despite a typo", async ({ page, storefront }) => {
  const shop = `/s/${storefront.slug}`;
  await page.goto(shop);
  const search = page.getByRole("banner").getByRole("searchbox", { name: "Search products" });
  await search.fill("stonware");
  await search.press("Enter");
  await expect(page).toHaveURL(`${shop}/search?q=stonware`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “stonware”");
  await expect(page.getByText("No exact matches for “stonware”. Showing close matches.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: /Stoneware Mug/ })).toBeVisible();
});

test("search filters by collection and price", async ({ page, storefront }) => {
  const shop = `/s/${storefront.slug}`;
  await page.goto(`${shop}/search?collection=mugs&min=15&max=20`);
  const results = page.getByRole("main").getByRole("list").last();
  await expect(results.getByRole("link", { name: /Stoneware Mug/ })).toBeVisible(); // €16
  await expect(results.getByRole("link", { name: /Not Before Coffee Mug/ })).toBeVisible(); // €15
  await expect(results.getByRole("link", { name: /Enamel Camp Mug/ })).toHaveCount(0); // €14
  await expect(results.getByRole("link", { name: /Tee/ })).toHaveCount(0);
});

test("a search served from the cache shows the merchant's edit at once; a reduced price says Sale", async ({ page, browser, shop: { slug } }) => {
  const word = `lantern${suffix()}`;
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await page.goto(`/dashboard/${slug}/products/new`);
  await page.getByLabel("Title").fill(`Paper ${word}`);
  await page.getByRole("button", { name: "Add an option" }).click();
  await page.getByLabel("Option 1 name").fill("Size");
  await page.getByLabel("Option 1 values").fill("One size");
  await page.getByLabel("Option 1 values").press("Enter");
  await field("Price for One size").fill("12");
  await field("Compare-at price for One size").fill("15");
  await field("Stock for One size").fill("5");
  await page.getByLabel("Status").selectOption("ACTIVE");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Product created." })).toBeFocused();

  // A shopper searches twice, typed differently: the second answer is the cached page.
  const shopper = await (await browser.newContext()).newPage();
  const search = `/s/${slug}/search?q=${word}`;
  await shopper.goto(search);
  const card = shopper.getByRole("main").getByRole("link", { name: new RegExp(`Paper ${word}`) });
  await expect(card).toContainText("Sale");
  await expect(card).toContainText("€12.00");
  const again = await shopper.goto(`/s/${slug}/search?q=%20${word.toUpperCase()}%20`);
  await expect(shopper).toHaveURL(search);
  expect(again?.headers()["x-nextjs-cache"]).toBe("HIT");

  // The merchant renames the product and ends the sale: the same search shows it straight away.
  await page.getByLabel("Title").fill(`Glass ${word}`);
  await field("Compare-at price for One size").fill("");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Product saved." })).toBeFocused();
  await shopper.goto(search);
  const renamed = shopper.getByRole("main").getByRole("link", { name: new RegExp(`Glass ${word}`) });
  await expect(renamed).toBeVisible();
  await expect(renamed).not.toContainText("Sale");
  await expect(shopper.getByRole("main").getByText(`Paper ${word}`)).toHaveCount(0);
});

test("switching the language to Français changes the interface, not the merchant's words", async ({ page, storefront }) => {
  const shop = `/s/${storefront.slug}`;
  await page.goto(`${shop}/p/organic-cotton-tee`);
  await expect(page.getByText("Tax included.")).toBeVisible();
  await page.getByRole("button", { name: /Language/ }).click();
  await page.getByRole("button", { name: "Français" }).click();

  await expect(page.getByText("TVA incluse.")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organic Cotton Tee");
  await expect(page.getByRole("button", { name: /Langue/ })).toBeVisible();
  // Same address, and the choice follows the shopper through the shop.
  await expect(page).toHaveURL(`${shop}/p/organic-cotton-tee`);
  await page.goto(shop);
  await expect(page.getByRole("heading", { name: "Nouveautés" })).toBeVisible();
});

test("search engines get a sitemap, robots.txt, canonical links and Product structured data", async ({ page, request, storefront }) => {
  const shop = `/s/${storefront.slug}`;
  const sitemap = await request.get(`${shop}/sitemap.xml`);
  expect(sitemap.ok()).toBe(true);
  expect(sitemap.headers()["content-type"]).toContain("application/xml");
  const xml = await sitemap.text();
  expect(xml).toMatch(new RegExp(`<loc>https?://[^<]+${shop}/p/organic-cotton-tee</loc>`));
  expect(xml).toContain(`${shop}/c/tees</loc>`);

  const robots = await (await request.get(`${shop}/robots.txt`)).text();
  expect(robots).toMatch(new RegExp(`Sitemap: https?://\\S+${shop}/sitemap\\.xml`));

  await page.goto(`${shop}/p/mountain-sunrise-print`);
  await expect(page).toHaveTitle("Mountain Sunrise Print · Minishop Demo Store");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${shop}/p/mountain-sunrise-print$`));
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/uploads\/images\/\w+\.webp$/);
  const product = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(product).toMatchObject({ "@context": "https://schema.org", "@type": "Product", name: "Mountain Sunrise Print" });
  expect(product.offers).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ name: "A3", price: "19.00", priceCurrency: "EUR", availability: "https://schema.org/InStock" }),
      expect.objectContaining({ name: "A1", price: "39.00", priceCurrency: "EUR", availability: "https://schema.org/OutOfStock" }),
    ]),
  );
});

test("an unknown shop, product or page answers 404 with the shop's page", async ({ page, storefront }) => {
  const shop = `/s/${storefront.slug}`;
  expect((await page.goto("/s/no-such-shop-here"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect((await page.goto(`${shop}/p/no-such-product`))?.status()).toBe(404);
  await expect(page.getByRole("banner").getByRole("link", { name: /Minishop Demo Store/ })).toBeVisible();
  expect((await page.goto(`${shop}/no/such/page`))?.status()).toBe(404);
});
