// Accounts: sign-up, sign-in, sign-out, password reset, and who may open /admin.
// Each test has its own merchant with a unique email: signed up through the form where the
// form is under test, else through the API (the merchant fixture).
import type { Page } from "@playwright/test";
import { latestMailTo } from "../lib/mail/outbox";
import { test, expect, password, uniqueEmail } from "./fixtures";

async function signUp(page: Page, email: string, name = "Maya Merchant") {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

async function signIn(page: Page, email: string, withPassword = password) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(withPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a merchant signs up, signs out and signs back in", async ({ page }) => {
  const email = uniqueEmail("merchant");
  await signUp(page, email);
  await expect(page.getByRole("heading", { name: "Welcome, Maya Merchant" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "You have no shop yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open a shop" })).toHaveAttribute("href", "/dashboard/new");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard$/);

  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Welcome, Maya Merchant" })).toBeVisible();
});

test("empty fields are named next to each field", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Your name")).toHaveAccessibleDescription("Enter your name");
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter your email");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/Enter a password/);
  await expect(page.getByLabel("Your name")).toBeFocused();
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("signing up with an email that has an account says so next to the email", async ({ page, merchant: { email } }) => {
  await page.context().clearCookies();

  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Someone Else");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("another long password");
  await page.getByRole("button", { name: "Create account" }).click();
  const emailField = page.getByLabel("Email");
  await expect(emailField).toHaveAccessibleDescription("An account with this email already exists");
  await expect(emailField).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("a wrong password is refused", async ({ page, merchant: { email } }) => {
  await page.context().clearCookies();

  await page.goto("/sign-in");
  await signIn(page, email, "not the password");
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a signed-in merchant opening /admin gets a 403, a guest is sent to sign in", async ({ page }) => {
  const guest = await page.goto("/admin");
  expect(guest?.url()).toMatch(/\/sign-in\?next=%2Fadmin$/);

  await signUp(page, uniqueEmail("merchant"));
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Forbidden" })).toBeVisible();
  await expect(page.getByText("Users")).toHaveCount(0);
});

test("forgot password mails a link that sets a new password", async ({ page, merchant: { email } }) => {
  await page.context().clearCookies();

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account exists for ${email}`);

  // The mail is sent just after the reply, so wait for it to land in the outbox.
  await expect.poll(async () => (await latestMailTo(email))?.subject).toBe("Reset your Minishop password");
  const mail = await latestMailTo(email);
  const link = new URL(mail!.text.match(/https?:\/\/\S+/)![0]);
  expect(link.pathname).toBe("/reset-password");

  await page.goto(link.pathname + link.search);
  await page.getByLabel("New password").fill("my brand new password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1$/);
  await expect(page.getByRole("status")).toContainText("Your password has been changed");

  await signIn(page, email, "my brand new password");
  await expect(page).toHaveURL(/\/dashboard$/);
});
