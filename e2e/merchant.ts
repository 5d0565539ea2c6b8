// Steps several journeys share: the sign-up form, an admin letting a shop in review go live,
// a variant's stock in the editor, sending a parcel, and pictures for upload fields.
import type { Browser, Page } from "@playwright/test";
import sharp from "sharp";
import { expect, password } from "./fixtures";

/** Fills and sends the sign-up form on the page it is on (/sign-up, or where an invitation led). */
export async function signUp(page: Page, email: string, name: string) {
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** New shops are in review; the admin (signed in as `adminState`) approves this one in its own browser session. */
export async function approveShop(browser: Browser, adminState: string, shopName: string) {
  const context = await browser.newContext({ storageState: adminState });
  const page = await context.newPage();
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Shops in review" })).toBeVisible();
  await page.getByRole("button", { name: `Approve ${shopName}` }).click();
  await expect(page.getByRole("button", { name: `Approve ${shopName}` })).toHaveCount(0);
  await context.close();
}

/** A variant's stock as the product editor shows it (the product by its title in the list, the variant's title). */
export async function stockOf(page: Page, shopSlug: string, product: string, variant: string) {
  await page.goto(`/dashboard/${shopSlug}/products`);
  await page.getByRole("link", { name: product }).first().click();
  const field = page.getByLabel(`Stock for ${variant}`, { exact: true });
  await expect(field).toBeVisible();
  return Number(await field.inputValue());
}

/** On the merchant's order page: sends one unit of the item whose label matches, with a carrier and tracking number. */
export async function fulfilOne(page: Page, item: RegExp, carrier: string, tracking: string) {
  const fulfil = page.getByRole("form", { name: "Fulfil items" });
  await fulfil.getByLabel(item).fill("1");
  await fulfil.getByLabel("Carrier").fill(carrier);
  await fulfil.getByLabel("Tracking number").fill(tracking);
  await fulfil.getByRole("button", { name: "Fulfil items" }).click();
  await expect(page.getByText("Fulfilled. The shopper was mailed.")).toBeVisible();
  // The parcel's line (the timeline says it too, in lower case).
  await expect(page.getByText(`${carrier} · Tracking ${tracking}`, { exact: true })).toBeVisible();
}

/** A small PNG of one colour, for upload fields. */
export async function picture(colour: string, name = "picture.png") {
  const buffer = await sharp({ create: { width: 64, height: 48, channels: 3, background: colour } })
    .png()
    .toBuffer();
  return { name, mimeType: "image/png", buffer };
}
