// An axe scan (WCAG 2.1 A and AA) of the main storefront pages and the dashboard's home:
// a serious or critical violation fails the test and names the rule and the elements.
import { test, expect, accessibilityViolations } from "./fixtures";
import { buyAsShopper } from "./shopper";

test("the storefront's home, collection, product, search, cart and checkout pages pass axe", async ({ page, storefront }) => {
  const shop = `/s/${storefront.slug}`;
  for (const path of [shop, `${shop}/c/posters`, `${shop}/p/organic-cotton-tee`, `${shop}/search?q=mug`, `${shop}/cart`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await accessibilityViolations(page), path).toEqual([]);
  }

  await page.goto(`${shop}/p/stoneware-mug`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText("Added to your cart.")).toBeVisible();
  await page.goto(`${shop}/cart`);
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(1);
  expect(await accessibilityViolations(page), "cart with a line").toEqual([]);
  await page.goto(`${shop}/checkout`);
  await expect(page.getByRole("button", { name: /^Pay / })).toBeEnabled();
  expect(await accessibilityViolations(page), "checkout").toEqual([]);
});

test("the dashboard's home and a shop's home pass axe", async ({ page, shop }) => {
  for (const path of ["/dashboard", `/dashboard/${shop.slug}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await accessibilityViolations(page), path).toEqual([]);
  }
});

test.describe("orders", () => {
  test.use({ shopOptions: { catalogue: "demo" } });

  test("the merchant's order list and order page, and the shopper's order page, pass axe", async ({ page, browser, shop }) => {
    const shopper = await buyAsShopper(browser, shop.slug, [{ handle: "stoneware-mug", options: [] }]);
    for (const path of [`/dashboard/${shop.slug}/orders`, `/dashboard/${shop.slug}/orders/${shopper.orderNumber}`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await accessibilityViolations(page), path).toEqual([]);
    }
    expect(await accessibilityViolations(shopper.page), "the shopper's order page").toEqual([]);
  });
});
