// After the sale, with the demo catalogue (prices include 20 % tax; Standard shipping is free
// from €50): a shopper buys a tee and two posters through the test provider; the merchant finds
// the order in Orders, sends the tee with a carrier and tracking number, and the shopper's page
// shows it; the merchant refunds one of the two posters; both pages agree on the totals.
import { test, expect } from "./fixtures";
import { fulfilOne } from "./merchant";
import { buyAsShopper } from "./shopper";

test.use({ shopOptions: { catalogue: "demo" } });

test("the merchant fulfils one line with tracking, refunds part of the other, and the shopper sees both", async ({ page, browser, shop }) => {
  test.slow(); // a long journey in two browsers
  const shopper = await buyAsShopper(browser, shop.slug, [
    { handle: "organic-cotton-tee", options: ["M", "Black"] },
    { handle: "lisbon-city-map-print", options: ["A2"] },
    { handle: "lisbon-city-map-print", options: ["A2"] },
  ]);
  await expect(shopper.page.locator("dt:text-is('Total') + dd")).toHaveText("€92.00"); // 24 + 2 × 34, shipping free (the subtotal is €92.00 too)

  // The merchant finds the order by the shopper's email.
  await page.goto(`/dashboard/${shop.slug}`);
  await page.getByRole("navigation", { name: "Shop sections" }).getByRole("link", { name: "Orders" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await page.getByLabel("Search orders").fill(shopper.email);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  const row = page.getByRole("row", { name: new RegExp(`#${shopper.orderNumber}`) });
  await expect(row).toContainText("Paid");
  await expect(row).toContainText("Unfulfilled");
  await expect(row).toContainText("€92.00");
  await row.getByRole("link", { name: `#${shopper.orderNumber}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Order #${shopper.orderNumber}`);

  // Fulfil the tee only, with a carrier and a tracking number.
  await fulfilOne(page, /Organic Cotton Tee/, "La Poste", "LP123456789FR");
  await expect(page.getByText("Partially fulfilled").first()).toBeVisible();

  await shopper.page.reload();
  await expect(shopper.page.getByText("LP123456789FR")).toBeVisible();
  await expect(shopper.page.getByText("La Poste")).toBeVisible();
  await expect(shopper.page.getByText("Partly shipped")).toBeVisible();

  // Refund one of the two posters, back in stock.
  const refund = page.getByRole("form", { name: "Refund" });
  await expect(refund.getByText("Up to €92.00 can still be refunded.")).toBeVisible();
  await refund.getByLabel(/Lisbon City Map Print/).fill("1");
  await expect(refund.getByLabel("Put the refunded items back in stock")).toBeChecked();
  await refund.getByRole("button", { name: "Refund" }).click();
  await expect(page.getByText("Refunded.", { exact: true })).toBeVisible();
  await expect(page.getByText("Up to €58.00 can still be refunded.")).toBeVisible();
  const merchantTotals = page.locator("dl[aria-label=Totals]");
  await expect(merchantTotals).toContainText("Total€92.00");
  await expect(merchantTotals).toContainText("Paid€92.00");
  await expect(merchantTotals).toContainText("Refunded−€34.00");
  await expect(page.getByText("Partially refunded").first()).toBeVisible();

  await shopper.page.reload();
  await expect(shopper.page.getByText("−€34.00")).toBeVisible();
  await expect(shopper.page.getByRole("region", { name: "Refunds", exact: true })).toContainText("€34.00"); // not "Returns, refunds and exchanges"
});
