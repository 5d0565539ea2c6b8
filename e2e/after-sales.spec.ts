// After the sale: a shopper pays through the test provider, asks from the order page to return
// one line (with a photo); the merchant accepts with return instructions and completes it with a
// refund and restock; the shopper's page shows it completed, and stock and the refunded total agree.
// Demo facts used: Lisbon City Map Print A2 costs €34.00 (tax included), the tee M / Black €24.00.
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { latestMailTo } from "../lib/mail/outbox";
import { stockOf } from "./merchant";
import { test, expect, uniqueEmail, accessibilityViolations } from "./fixtures";

test.use({ shopOptions: { catalogue: "demo" } });

async function addToCart(page: Page, shop: string, handle: string, options: string[]) {
  await page.goto(`${shop}/p/${handle}`);
  for (const option of options) await page.getByRole("radio", { name: option, exact: true }).check();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText("Added to your cart.")).toBeVisible();
}

const stockOfPrint = (page: Page, slug: string) => stockOf(page, slug, "Lisbon City Map Print", "A2");

test("a shopper returns a line; the merchant accepts, refunds and restocks; both sides agree", async ({ page, browser, shop }) => {
  test.slow(); // a long journey in two browsers
  const stockBefore = await stockOfPrint(page, shop.slug);

  // The shopper buys the print and a tee through the test provider.
  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  const store = `/s/${shop.slug}`;
  const email = uniqueEmail("shopper");
  await addToCart(shopper, store, "lisbon-city-map-print", ["A2"]);
  await addToCart(shopper, store, "organic-cotton-tee", ["M", "Black"]);
  await shopper.goto(`${store}/checkout`);
  await expect(shopper.getByRole("button", { name: /^Pay / })).toBeEnabled();
  await shopper.getByLabel("Email").fill(email);
  await shopper.getByLabel("Country").selectOption("FR");
  await shopper.getByLabel("Full name").fill("Ada Lovelace");
  await shopper.getByLabel("Address", { exact: true }).fill("12 Rue de Rivoli");
  await shopper.getByLabel("City").fill("Paris");
  await shopper.getByLabel("Postal code").fill("75001");
  await shopper.getByRole("button", { name: /^Pay / }).click();
  await expect(shopper).toHaveURL(/\/pay\/test\/test_[0-9a-f]+$/);
  await shopper.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(shopper).toHaveURL(new RegExp(`${store}/orders/\\w+\\?token=[\\w-]+$`));
  const orderNumber = (await shopper.getByRole("heading", { level: 1 }).innerText()).replace(/\D/g, "");
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
  await shopperContext.close();
});
