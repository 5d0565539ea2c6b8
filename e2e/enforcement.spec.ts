// Enforcement end to end: a shopper buys from a live shop; a moderator finds the shop in the
// console and suspends it with a reason; the storefront then says the shop is unavailable and
// refuses new carts and checkouts; the merchant reads the notice on the dashboard and still
// refunds the paid order. The console's home, Shops and Audit log pages pass an axe scan.
import { accessibilityViolations, expect, test } from "./fixtures";
import { buyAsShopper } from "./shopper";

test.use({ shopOptions: { catalogue: "demo" } });

test("a moderator suspends a shop: shoppers are refused, the merchant still refunds", async ({ page, browser, shop, moderatorState }) => {
  const shopper = await buyAsShopper(browser, shop.slug, [{ handle: "organic-cotton-tee", options: ["M", "Black"] }]);

  // The moderator finds the shop and suspends it.
  const moderator = await browser.newContext({ storageState: moderatorState });
  const consolePage = await moderator.newPage();
  // The console home: shops by status, queues, and the platform's sales chart (the order just paid).
  await consolePage.goto("/admin");
  await expect(consolePage.getByRole("heading", { name: "Shops by status" })).toBeVisible();
  await expect(consolePage.getByRole("heading", { name: "Work queues" })).toBeVisible();
  await expect(consolePage.getByRole("region", { name: "Orders and GMV" }).getByTestId("sales-chart").first()).toBeVisible();
  expect(await accessibilityViolations(consolePage), "the console home").toEqual([]);
  await consolePage.goto("/admin/shops");
  expect(await accessibilityViolations(consolePage), "the Shops page").toEqual([]);
  await consolePage.getByLabel("Search").fill(shop.slug);
  await consolePage.getByRole("button", { name: "Filter" }).click();
  await consolePage.getByRole("link", { name: shop.name }).click();
  await expect(consolePage.getByRole("heading", { name: shop.name, level: 1 })).toBeVisible();
  expect(await accessibilityViolations(consolePage), "the shop's enforcement page").toEqual([]);
  await consolePage.getByLabel("Action", { exact: true }).selectOption("suspend");
  const reason = "Several shoppers report parcels that never arrived.";
  await consolePage.getByLabel("Reason for the merchant").fill(reason);
  await consolePage.getByRole("button", { name: "Apply" }).click();
  await expect(consolePage.getByText(`${shop.name} is suspended.`)).toBeVisible();
  await expect(consolePage.getByText("Status: Suspended")).toBeVisible();

  // The audit log shows it, filtered by the shop.
  await consolePage.goto(`/admin/audit?shop=${shop.id}`);
  await expect(consolePage.getByRole("cell", { name: "shop.suspended" })).toBeVisible();
  expect(await accessibilityViolations(consolePage), "the Audit log page").toEqual([]);
  const csv = await moderator.request.get(`/api/admin/audit/export?shop=${shop.id}`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("shop.suspended");
  await moderator.close();

  // Shoppers: the storefront is unavailable, and no cart nor checkout can start.
  const home = await shopper.page.goto(`/s/${shop.slug}`);
  expect(home?.status()).toBe(404);
  await expect(shopper.page.getByRole("heading", { name: "This shop is unavailable" })).toBeVisible();
  const cart = await shopper.page.request.post(`/api/storefront/v1/shops/${shop.slug}/carts`, { headers: { "content-type": "application/json" }, data: {} });
  expect(cart.status()).toBe(409);
  expect(await cart.json()).toMatchObject({ error: { code: "unavailable" } });

  // The merchant: the notice on the dashboard, and the paid order can still be refunded.
  await page.goto(`/dashboard/${shop.slug}`);
  await expect(page.getByText("Your shop is suspended")).toHaveCount(2); // the banner and the notice
  await expect(page.getByRole("region", { name: "Notices from Minishop" })).toContainText(reason);
  await expect(page.getByRole("region", { name: "Trust score" })).toBeVisible();
  await page.goto(`/dashboard/${shop.slug}/orders/${shopper.orderNumber}`);
  const refund = page.getByRole("form", { name: "Refund" });
  await refund.getByLabel(/Organic Cotton Tee/).fill("1");
  await refund.getByRole("button", { name: "Refund" }).click();
  await expect(page.getByText("Refunded.", { exact: true })).toBeVisible();
});
