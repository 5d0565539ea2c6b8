// Shop builder: a new merchant opens a shop, sets it up, and invites staff who can't reach
// the owner's pages. Every test has its own merchants and shops; the first opens its shop
// through the forms, the others get theirs from the fixture.
import type { Browser } from "@playwright/test";
import sharp from "sharp";
import { latestMailTo } from "../lib/mail/outbox";
import { test, expect, suffix, uniqueEmail } from "./fixtures";
import { signUp } from "./merchant";

test("a new merchant opens a shop, uploads a logo and changes the theme colour", async ({ page }) => {
  // The way a new merchant finds it: from the empty dashboard, the address suggested from the name.
  const shopName = `Tea House ${suffix()}`;
  await page.goto("/sign-up");
  await signUp(page, uniqueEmail("merchant"), "Maya Merchant");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("link", { name: "Open a shop" }).click();
  await expect(page.getByRole("heading", { name: "Open a shop" })).toBeVisible();
  await page.getByLabel("Shop name").fill(shopName);
  const slug = shopName.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  await expect(page.getByLabel("Shop address")).toHaveValue(slug);
  await page.getByLabel("Currency").selectOption("EUR");
  await page.getByRole("button", { name: "Open shop" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${slug}$`));
  await expect(page.getByRole("heading", { name: shopName, level: 1 })).toBeVisible();
  await expect(page.getByText("Your shop is in review; you can set it up meanwhile.")).toBeVisible();

  await page.getByRole("navigation", { name: "Shop sections" }).getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${slug}/settings$`));

  const logo = await sharp({ create: { width: 96, height: 96, channels: 3, background: "#aa3355" } })
    .png()
    .toBuffer();
  await page.getByLabel("Logo file").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
  await expect(page.getByRole("status").filter({ hasText: "Logo uploaded" })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Logo upload progress" })).toHaveJSProperty("value", 100);
  await expect(page.getByRole("img", { name: "Logo preview" })).toBeVisible();

  await page.getByLabel("Theme colour", { exact: true }).fill("#AA3355");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Theme colour", { exact: true })).toHaveValue("#aa3355");
  await expect(page.getByRole("img", { name: "Logo preview" })).toHaveAttribute("src", /^\/uploads\/images\/[a-f0-9]{32}\.webp$/);
});

test("a bad theme colour is named next to the field and nothing is saved", async ({ page, shop: { slug } }) => {
  await page.goto(`/dashboard/${slug}/settings`);
  await page.getByLabel("Theme colour", { exact: true }).fill("teal");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByLabel("Theme colour", { exact: true })).toHaveAccessibleDescription(/Enter a colour as # and 6 hex digits/);
  await page.reload();
  await expect(page.getByLabel("Theme colour", { exact: true })).toHaveValue("#0f766e");

  // The account menu leads to the merchant's own purchases, from the keyboard too.
  await page.getByRole("link", { name: "Your orders" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account\/orders$/);
  await expect(page.getByRole("heading", { name: "Your orders" })).toBeVisible();
});

async function acceptAsNewUser(browser: Browser, link: URL, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link.pathname);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Finvitations%2F/); // guests sign in first, then come back
  await page.getByRole("link", { name: "Create an account" }).click();
  await signUp(page, email, "Sam Staff");
  return { context, page };
}

test("a staff member invited by email joins the shop and can't open its settings", async ({ page, browser, shop: { slug, name: shopName } }) => {
  await page.goto(`/dashboard/${slug}`);
  const staffEmail = uniqueEmail("staff");

  await page.getByRole("navigation", { name: "Shop sections" }).getByRole("link", { name: "Staff" }).click();
  await page.getByLabel("Email").fill(staffEmail);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${staffEmail}` })).toBeVisible();
  await expect(page.getByRole("button", { name: `Revoke invitation for ${staffEmail}` })).toBeVisible();

  await expect.poll(async () => (await latestMailTo(staffEmail))?.subject).toBe(`Join ${shopName} on Minishop`);
  const mail = await latestMailTo(staffEmail);
  const link = new URL(mail!.text.match(/https?:\/\/\S+\/invitations\/\S+/)![0]);

  const { context, page: staffPage } = await acceptAsNewUser(browser, link, staffEmail);
  await expect(staffPage.getByRole("heading", { name: `Join ${shopName}` })).toBeVisible();
  await staffPage.getByRole("button", { name: `Join ${shopName}` }).click();
  await expect(staffPage).toHaveURL(new RegExp(`/dashboard/${slug}$`));

  const nav = staffPage.getByRole("navigation", { name: "Shop sections" });
  await expect(nav.getByRole("link", { name: "Products" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Settings" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Staff" })).toHaveCount(0);
  for (const section of ["settings", "staff"]) {
    const response = await staffPage.goto(`/dashboard/${slug}/${section}`);
    expect(response?.status()).toBe(403);
    await expect(staffPage.getByRole("heading", { name: "Forbidden" })).toBeVisible();
  }

  // Opening the link again just leads back to the shop.
  await staffPage.goto(link.pathname);
  await expect(staffPage).toHaveURL(new RegExp(`/dashboard/${slug}$`));
  await context.close();

  // The owner sees the new member in the team.
  await page.reload();
  await expect(page.getByRole("cell", { name: staffEmail })).toBeVisible();
});

test("an invitation opened by someone signed in with another email is refused", async ({ page, browser, shop: { slug } }) => {
  await page.goto(`/dashboard/${slug}`);
  await page.getByRole("navigation", { name: "Shop sections" }).getByRole("link", { name: "Staff" }).click();
  const invited = uniqueEmail("staff");
  await page.getByLabel("Email").fill(invited);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect.poll(async () => (await latestMailTo(invited))?.text).toMatch(/\/invitations\//);
  const link = new URL((await latestMailTo(invited))!.text.match(/https?:\/\/\S+\/invitations\/\S+/)![0]);

  const { context, page: other } = await acceptAsNewUser(browser, link, uniqueEmail("other"));
  await expect(other.getByRole("heading", { name: "Can't use this invitation" })).toBeVisible();
  await expect(other.getByText(`This invitation was sent to ${invited}`)).toBeVisible();
  await context.close();
});
