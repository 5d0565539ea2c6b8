// A shopper's purchase in a shop with the demo catalogue, in a browser context of its own (the
// test's own page may be the merchant's): cart, checkout, the built-in test payment.
import type { Browser, Page } from "@playwright/test";
import { expect, uniqueEmail } from "./fixtures";

export type Purchase = { page: Page; email: string; orderNumber: string; orderUrl: string };

/** Buys each product (handle, options chosen on its page) once per entry, and pays. */
export async function buyAsShopper(browser: Browser, shopSlug: string, items: { handle: string; options: string[] }[]): Promise<Purchase> {
  const page = await (await browser.newContext()).newPage();
  const shop = `/s/${shopSlug}`;
  for (const item of items) {
    await page.goto(`${shop}/p/${item.handle}`);
    for (const option of item.options) await page.getByRole("radio", { name: option, exact: true }).check();
    await page.getByRole("button", { name: "Add to cart" }).click();
    await expect(page.getByText("Added to your cart.")).toBeVisible();
  }
  await page.goto(`${shop}/checkout`);
  await expect(page.getByRole("button", { name: /^Pay / })).toBeEnabled();
  const email = uniqueEmail("shopper");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Country").selectOption("FR");
  await page.getByLabel("Full name").fill("Ada Lovelace");
  await page.getByLabel("Address", { exact: true }).fill("12 Rue de Rivoli");
  await page.getByLabel("City").fill("Paris");
  await page.getByLabel("Postal code").fill("75001");
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(page).toHaveURL(/\/pay\/test\/test_[0-9a-f]+$/);
  const orderNumber = (await page.getByText(/^#\d+$/).innerText()).slice(1);
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Order #${orderNumber}`);
  return { page, email, orderNumber, orderUrl: page.url() };
}
