import { test, expect, demo } from "./fixtures";

test("a shopper opens the seeded demo shop and a product page", async ({ page }) => {
  await page.goto(`/s/${demo.shopSlug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Minishop Demo Store");
  const firstProduct = page.getByRole("main").getByRole("link").first();
  const title = (await firstProduct.innerText()).split("\n")[0];
  await firstProduct.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByText(/€/).first()).toBeVisible();
});

test("an unknown shop answers 404", async ({ page }) => {
  const response = await page.goto("/s/no-such-shop-here");
  expect(response?.status()).toBe(404);
});
