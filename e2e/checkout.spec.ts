// Buying in a shop with the demo catalogue (a fresh copy per test) through the built-in test
// payment provider: cart, checkout with a discount code, payment, confirmation mail and the
// order's status page; a declined payment; a guest cart kept through sign-up.
// Demo facts used: prices include 20 % tax; Standard shipping is free from €50; WELCOME10 takes 10 %.
import type { Page } from "@playwright/test";
import { latestMailTo } from "../lib/mail/outbox";
import { test, expect, uniqueEmail } from "./fixtures";

async function addToCart(page: Page, shop: string, handle: string, options: string[] = []) {
  await page.goto(`${shop}/p/${handle}`);
  for (const option of options) await page.getByRole("radio", { name: option, exact: true }).check();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText("Added to your cart.")).toBeVisible();
}

async function fillCheckout(page: Page, email: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checkout");
  await expect(page.getByRole("button", { name: /^Pay / })).toBeEnabled(); // the form is live
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Country").selectOption("FR");
  await page.getByLabel("Full name").fill("Ada Lovelace");
  await page.getByLabel("Address", { exact: true }).fill("12 Rue de Rivoli");
  await page.getByLabel("City").fill("Paris");
  await page.getByLabel("Postal code").fill("75001");
}

test("a shopper buys two variants with WELCOME10, is mailed a confirmation and opens the order from it", async ({ page, storefront }) => {
  const shop = `/s/${storefront.slug}`;
  const email = uniqueEmail("shopper");
  await addToCart(page, shop, "organic-cotton-tee", ["M", "Black"]);
  await expect(page.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();
  await addToCart(page, shop, "lisbon-city-map-print", ["A2"]);
  await page.getByRole("link", { name: "Cart, 2 items" }).click();

  await expect(page).toHaveURL(`${shop}/cart`);
  const lines = page.getByRole("main").getByRole("listitem");
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0)).toContainText("Organic Cotton Tee");
  await expect(lines.nth(0)).toContainText("M / Black");
  await expect(lines.nth(1)).toContainText("Lisbon City Map Print");
  await expect(lines.nth(1)).toContainText("A2");
  await expect(page.getByText("Subtotal: €58.00")).toBeVisible();
  // The cart is in the database: a reload shows the same lines.
  await page.reload();
  await expect(lines).toHaveCount(2);
  await page.getByRole("link", { name: "Checkout" }).click();

  await fillCheckout(page, email);
  const summary = page.getByRole("complementary", { name: "Order summary" });
  await expect(summary.getByText("€58.00").first()).toBeVisible();
  await page.getByLabel("Discount code").fill("NOT-A-CODE");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("“NOT-A-CODE” isn't a valid code.")).toBeVisible();
  await page.getByLabel("Discount code").fill("welcome10");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("Code WELCOME10 applied.")).toBeVisible();
  // Priced by the server: 10 % off €58.00, Standard free above €50, tax inside the price.
  await expect(summary.getByText("Discount (WELCOME10)")).toBeVisible();
  await expect(summary.getByText("−€5.80")).toBeVisible();
  await expect(summary.getByText("Including €8.70 in taxes")).toBeVisible();
  await page.getByRole("button", { name: "Pay €52.20" }).click();

  await expect(page).toHaveURL(/\/pay\/test\/test_[0-9a-f]+$/);
  await expect(page.getByText("Test payment — no money moves")).toBeVisible();
  await expect(page.getByText("Minishop Demo Store")).toBeVisible();
  await expect(page.getByText("€52.20")).toBeVisible();
  const orderNumber = (await page.getByText(/^#\d+$/).innerText()).slice(1);
  await page.getByRole("button", { name: "Pay", exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`${shop}/orders/\\w+\\?token=[\\w-]+$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Order #${orderNumber}`);
  await expect(page.getByText("Paid", { exact: true })).toBeVisible();
  await expect(page.getByText(`A confirmation is on its way to ${email}`)).toBeVisible();
  await expect(page.getByText("€52.20")).toBeVisible();
  await expect(page.getByText("12 Rue de Rivoli")).toBeVisible();
  // The paid cart is emptied.
  await expect(page.getByRole("link", { name: "Cart", exact: true })).toBeVisible();

  await expect.poll(async () => (await latestMailTo(email))?.subject, { timeout: 15_000 }).toBe(`Order #${orderNumber} confirmed · Minishop Demo Store`);
  const mail = (await latestMailTo(email))!;
  expect(mail.text).toContain("1 × Organic Cotton Tee (M / Black): €24.00");
  expect(mail.text).toContain("1 × Lisbon City Map Print (A2): €34.00");
  expect(mail.text).toContain("Discount (WELCOME10): −€5.80");
  expect(mail.text).toContain("Total: €52.20");
  const link = /https?:\/\/\S+\/orders\/\S+/.exec(mail.text)?.[0];
  expect(link).toBeTruthy();

  await page.context().clearCookies(); // the link alone opens it, in any browser
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Order #${orderNumber}`);
  await expect(page.getByText("Paid", { exact: true })).toBeVisible();
  expect((await page.goto(link!.replace(/token=[\w-]+/, "token=forged")))?.status()).toBe(404);
});

test("a declined payment marks nothing paid and puts the units back on sale", async ({ page, storefront }) => {
  const shop = `/s/${storefront.slug}`;
  const email = uniqueEmail("declined");
  const product = `${shop}/p/recycled-sketchbook-a4`;
  await addToCart(page, shop, "recycled-sketchbook-a4");
  await expect(page.getByText("In stock", { exact: true })).toBeVisible();

  // Ask for more than there is: the cart says how many are left; take them all.
  await page.goto(`${shop}/cart`);
  const quantity = page.getByRole("spinbutton", { name: "Quantity of Recycled Sketchbook A4" });
  await quantity.fill("99");
  await quantity.press("Enter");
  const left = page.getByText(/^Only \d+ left$/);
  await expect(left).toBeVisible();
  await expect(page.getByRole("link", { name: "Checkout" })).toHaveCount(0);
  const units = (await left.innerText()).match(/\d+/)![0];
  await quantity.fill(units);
  await quantity.press("Enter");
  await expect(left).toHaveCount(0);
  await page.getByRole("link", { name: "Checkout" }).click();

  await fillCheckout(page, email);
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(page).toHaveURL(/\/pay\/test\/test_[0-9a-f]+$/);
  const payment = page.url();

  // While the payment is open, every unit is held for this order.
  const shopper = await page.context().newPage();
  await shopper.goto(product);
  await expect(shopper.getByRole("button", { name: "Sold out" })).toBeDisabled();
  await expect(shopper.getByText("In stock", { exact: true })).toHaveCount(0);

  await page.getByRole("button", { name: "Decline" }).click();
  await expect(page).toHaveURL(`${shop}/cart?payment=declined`);
  await expect(page.getByText("Your payment was declined and nothing was charged.")).toBeVisible();
  await expect(quantity).toHaveValue(units);
  await expect(page.getByText(/^Only \d+ left$|^Sold out$/)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Checkout" })).toBeVisible();

  await shopper.reload();
  await expect(shopper.getByText("In stock", { exact: true })).toBeVisible();
  await expect(shopper.getByRole("button", { name: "Add to cart" })).toBeEnabled();

  await page.goto(payment);
  await expect(page.getByText("This payment was declined. Nothing was charged.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Pay", exact: true })).toHaveCount(0);
  expect(await latestMailTo(email)).toBeNull();
});

test("a guest's cart follows them into their new account, and the order is listed there", async ({ page, storefront }) => {
  const shop = `/s/${storefront.slug}`;
  const email = uniqueEmail("member");
  await addToCart(page, shop, "long-sleeve-waffle-tee", ["M", "Oat"]);

  await page.goto(`/sign-up`);
  await page.getByLabel("Your name").fill("Grace Hopper");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto(`${shop}/cart`);
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Long-Sleeve Waffle Tee" })).toBeVisible();
  await page.getByRole("link", { name: "Checkout" }).click();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await fillCheckout(page, email);
  await page.getByRole("button", { name: /^Pay / }).click();
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(page.getByText("Paid", { exact: true })).toBeVisible();
  const heading = await page.getByRole("heading", { level: 1 }).innerText();

  await page.goto("/account/orders");
  await expect(page.getByRole("heading", { name: "Your orders" })).toBeVisible();
  await page.getByRole("link", { name: `${heading} · Minishop Demo Store` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
});
