// Issue 11's whole journey after the sale, on a fresh demo-catalogue shop (prices include tax;
// Standard shipping is free from €50): a shopper buys a tee (€24.00) and a print (€34.00); the
// merchant sends the tee with a tracking number and the shopper's page shows it; the shopper asks
// to return the print; the merchant accepts with return instructions and completes it with a
// refund and restock. Then the print's stock, the order page's paid and refunded totals and the
// dashboard home's figures (gross − refunds = net, decision record 0016) all agree.
import type { Page } from "@playwright/test";
import { fulfilOne, stockOf } from "./merchant";
import { test, expect, accessibilityViolations } from "./fixtures";
import { buyAsShopper } from "./shopper";

test.use({ shopOptions: { catalogue: "demo" } });

const stockOfPrint = (page: Page, slug: string) => stockOf(page, slug, "Lisbon City Map Print", "A2");

/** One headline figure of the dashboard home, by its term. */
const figure = (page: Page, label: string) =>
  page
    .locator("dl > div")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .locator("dd")
    .first();

test("after the sale: fulfil one line, return the other, and stock, order totals and dashboard figures agree", async ({ page, browser, shop }) => {
  test.slow(); // the whole journey, in two browsers
  const stockBefore = await stockOfPrint(page, shop.slug);
  const home = `/dashboard/${shop.slug}`;

  const shopper = await buyAsShopper(browser, shop.slug, [
    { handle: "organic-cotton-tee", options: ["M", "Black"] },
    { handle: "lisbon-city-map-print", options: ["A2"] },
  ]);
  await expect(shopper.page.locator("dt:text-is('Total') + dd")).toHaveText("€58.00"); // shipping free from €50
  expect(await stockOfPrint(page, shop.slug)).toBe(stockBefore - 1);

  // The merchant sends the tee with a carrier and a tracking number.
  await page.goto(`${home}/orders/${shopper.orderNumber}`);
  await fulfilOne(page, /Organic Cotton Tee/, "La Poste", "LP987654321FR");

  await shopper.page.reload();
  await expect(shopper.page.getByText("LP987654321FR")).toBeVisible();
  await expect(shopper.page.getByText("Partly shipped")).toBeVisible();

  // Partly sent: the dashboard counts it as waiting, and its link lists this very order.
  await page.goto(home);
  await expect(figure(page, "Waiting to be fulfilled")).toHaveText(/^1\b/);
  await figure(page, "Waiting to be fulfilled").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`#${shopper.orderNumber}`) })).toContainText("Partially fulfilled");
  await expect(page.getByRole("row")).toHaveCount(2); // the header and this order

  // The shopper asks to return the print.
  const form = shopper.page.getByRole("form", { name: "Request a refund, return or exchange" });
  await form.getByRole("radio", { name: "Return and refund" }).check();
  await form.getByLabel(/Quantity of Lisbon City Map Print/).fill("1");
  await form.getByLabel("Reason").selectOption({ label: "Not as described" });
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(shopper.page.getByText("Your request was sent.")).toBeVisible();

  // The dashboard counts the open request and leads to it; the order page links it too.
  await page.goto(home);
  await expect(figure(page, "Open after-sales requests")).toHaveText(/^1\b/);
  await figure(page, "Open after-sales requests").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "After-sales requests" })).toBeVisible();
  expect(await accessibilityViolations(page), "the merchant's after-sales list").toEqual([]);
  await page.goto(`${home}/orders/${shopper.orderNumber}`);
  const orderRequests = page.getByRole("region", { name: "After-sales requests" });
  await expect(orderRequests.getByRole("listitem").filter({ hasText: "1 × Lisbon City Map Print (A2)" })).toContainText("Requested");
  await orderRequests.getByRole("link", { name: "Return and refund" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Return and refund · order #${shopper.orderNumber}`);

  // The merchant accepts with return instructions, then completes with a refund and restock.
  await page.getByLabel("Return instructions").fill("Post it to 1 Quai Saint-Antoine, Lyon.");
  await page.getByRole("button", { name: "Accept request" }).click();
  await expect(page.getByText("Request accepted. The shopper was mailed.")).toBeVisible();
  await shopper.page.reload();
  await expect(shopper.page.getByText("Post it to 1 Quai Saint-Antoine, Lyon.")).toBeVisible();
  await expect(page.getByLabel("The items came back: put them back in stock")).toBeChecked();
  await page.getByRole("button", { name: "Complete and refund €34.00" }).click();
  await expect(page.getByText("Request completed. The shopper was mailed.")).toBeVisible();

  // Stock: the print is back on the shelf.
  expect(await stockOfPrint(page, shop.slug)).toBe(stockBefore);

  // The order page: paid 58, refunded 34; the timeline tells the request's story.
  await page.goto(`${home}/orders/${shopper.orderNumber}`);
  const totals = page.locator("dl[aria-label=Totals]");
  await expect(totals).toContainText("Total€58.00");
  await expect(totals).toContainText("Paid€58.00");
  await expect(totals).toContainText("Refunded−€34.00");
  await expect(page.getByText("Partially refunded").first()).toBeVisible();
  await expect(page.getByText("Fulfilled", { exact: true }).first()).toBeVisible(); // the tee sent, the print refunded: nothing left to send
  const timeline = page.getByRole("region", { name: "Timeline" });
  for (const step of ["After-sales request received", "After-sales request accepted", "After-sales request completed"])
    await expect(timeline.getByText(new RegExp(`^${step}`)).first()).toBeVisible(); // then " · <who>" where someone did it
  expect(await accessibilityViolations(page), "the merchant's order page after the return").toEqual([]);

  // The dashboard home: one paid order of €58.00, €34.00 refunded, €24.00 net; nothing waiting.
  await page.goto(home);
  await expect(figure(page, "Gross sales")).toHaveText("€58.00");
  await expect(figure(page, "Refunds")).toHaveText("€34.00");
  await expect(figure(page, "Net sales")).toHaveText("€24.00");
  await expect(figure(page, "Waiting to be fulfilled")).toHaveText(/^0\b/);
  await expect(figure(page, "Open after-sales requests")).toHaveText(/^0\b/);
  expect(await accessibilityViolations(page), "the dashboard home with figures").toEqual([]);

  // The shopper's page agrees: completed, refunded.
  await shopper.page.reload();
  const requests = shopper.page.getByRole("region", { name: "Returns, refunds and exchanges" });
  await expect(requests.getByText("Completed", { exact: true })).toBeVisible();
  await expect(shopper.page.getByText("−€34.00", { exact: true })).toBeVisible();
});
