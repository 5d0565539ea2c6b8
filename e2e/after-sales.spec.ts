// After the sale: a shopper pays through the test provider, asks from the order page to return
// one line (with a photo); the merchant accepts with return instructions and completes it with a
// refund and restock; the shopper's page shows it completed, and stock and the refunded total agree.
// Demo facts used: Lisbon City Map Print A2 costs €34.00 (tax included), the tee M / Black €24.00.
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { latestMailTo } from "../lib/mail/outbox";
import { stockOf } from "./merchant";
import { test, expect, accessibilityViolations } from "./fixtures";
import { buyAsShopper } from "./shopper";

test.use({ shopOptions: { catalogue: "demo" } });

const stockOfPrint = (page: Page, slug: string) => stockOf(page, slug, "Lisbon City Map Print", "A2");

test("a shopper returns a line; the merchant accepts, refunds and restocks; both sides agree", async ({ page, browser, shop }) => {
  test.slow(); // a long journey in two browsers
  const stockBefore = await stockOfPrint(page, shop.slug);

  // The shopper buys the print and a tee through the test provider.
  const purchase = await buyAsShopper(browser, shop.slug, [
    { handle: "lisbon-city-map-print", options: ["A2"] },
    { handle: "organic-cotton-tee", options: ["M", "Black"] },
  ]);
  const { page: shopper, email, orderNumber } = purchase;
  await expect(shopper).toHaveURL(new RegExp(`/s/${shop.slug}/orders/\\w+\\?token=[\\w-]+$`));
  expect(await stockOfPrint(page, shop.slug)).toBe(stockBefore - 1);

  // The shopper asks to return the print, with a photo.
  const form = shopper.getByRole("form", { name: "Request a refund, return or exchange" });
  await expect(form).toBeVisible();
  expect(await accessibilityViolations(shopper), "order page with the request form").toEqual([]);
  await form.getByRole("radio", { name: "Return and refund" }).check();
  await form.getByLabel(/Quantity of Lisbon City Map Print/).fill("1");
  await form.getByLabel("Reason").selectOption({ label: "Arrived damaged" });
  await form.getByLabel("Details (optional)").fill("The corner is torn.");
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a7" } })
    .png()
    .toBuffer();
  await form.getByLabel("Photos (optional)").setInputFiles({ name: "torn.png", mimeType: "image/png", buffer: photo });
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(shopper.getByText("Your request was sent.")).toBeVisible();
  const requests = shopper.getByRole("region", { name: "Returns, refunds and exchanges" });
  await expect(requests.getByText("Requested", { exact: true })).toBeVisible();
  await expect(requests.getByRole("img", { name: "Photo 1 of the request" })).toBeVisible();
  await expect.poll(async () => (await latestMailTo(email))?.subject, { timeout: 15_000 }).toMatch(`request about order #${orderNumber}`);

  // The merchant finds it first in the list, accepts with instructions, completes with restock.
  await page.goto(`/dashboard/${shop.slug}`);
  await page.getByRole("navigation", { name: "Shop sections" }).getByRole("link", { name: "After-sales" }).click();
  await page.getByRole("link", { name: `#${orderNumber}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Return and refund · order #${orderNumber}`);
  await expect(page.getByRole("img", { name: "Photo 1 from the shopper" })).toBeVisible();
  expect(await accessibilityViolations(page), "the merchant's request page").toEqual([]);
  await page.getByLabel("Return instructions").fill("Post it to 1 Quai Saint-Antoine, Lyon.");
  await page.getByRole("button", { name: "Accept request" }).click();
  await expect(page.getByText("Request accepted. The shopper was mailed.")).toBeVisible();
  await expect.poll(async () => (await latestMailTo(email))?.text, { timeout: 15_000 }).toContain("1 Quai Saint-Antoine");
  await expect(page.getByLabel("The items came back: put them back in stock")).toBeChecked();
  await page.getByRole("button", { name: "Complete and refund €34.00" }).click();
  await expect(page.getByText("Request completed. The shopper was mailed.")).toBeVisible();
  await expect(page.getByText("refunded €34.00")).toBeVisible();

  // The shopper's page says completed and shows the refund; the print is back in stock.
  await shopper.reload();
  await expect(requests.getByText("Completed", { exact: true })).toBeVisible();
  await expect(requests.getByText("Post it to 1 Quai Saint-Antoine, Lyon.")).toBeHidden(); // instructions shown while accepted only
  await expect(shopper.getByText("Refunded", { exact: true })).toBeVisible();
  await expect(shopper.getByText("−€34.00", { exact: true })).toBeVisible();
  expect(await stockOfPrint(page, shop.slug)).toBe(stockBefore);
  await shopper.context().close();
});
