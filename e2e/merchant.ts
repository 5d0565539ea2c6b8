// Steps several journeys share: a new merchant with a new shop, and an admin letting that
// shop go live. Each call makes its own account and shop, so tests never share state.
import type { Browser, Page } from "@playwright/test";
import sharp from "sharp";
import { demo, expect, uniqueEmail } from "./fixtures";

export const password = "a long enough password";

export const suffix = () => Math.random().toString(36).slice(2, 8);

/** Fills and sends the sign-up form on the page it is on (/sign-up, or where an invitation led). */
export async function signUp(page: Page, email: string, name: string) {
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** Signs up a merchant and opens a shop through the form (EUR); returns its address. */
export async function openShop(page: Page, shopName: string) {
  await page.goto("/sign-up");
  await signUp(page, uniqueEmail("merchant"), "Maya Merchant");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/dashboard/new");
  await page.getByLabel("Shop name").fill(shopName);
  await page.getByLabel("Currency").selectOption("EUR");
  const slug = await page.getByLabel("Shop address").inputValue();
  await page.getByRole("button", { name: "Open shop" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${slug}$`));
  return slug;
}

/** New shops are in review; the demo admin approves this one in a separate browser session. */
export async function approveShop(browser: Browser, shopName: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in?next=%2Fadmin");
  await page.getByLabel("Email").fill(demo.admin.email);
  await page.getByLabel("Password").fill(demo.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Shops in review" })).toBeVisible();
  await page.getByRole("button", { name: `Approve ${shopName}` }).click();
  await expect(page.getByRole("button", { name: `Approve ${shopName}` })).toHaveCount(0);
  await context.close();
}

/** A small PNG of one colour, for upload fields. */
export async function picture(colour: string, name = "picture.png") {
  const buffer = await sharp({ create: { width: 64, height: 48, channels: 3, background: colour } })
    .png()
    .toBuffer();
  return { name, mimeType: "image/png", buffer };
}
