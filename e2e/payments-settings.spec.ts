// The owner's Payments section in the shop's settings. The e2e server runs without Stripe, so
// it says checkout uses the built-in test provider and offers no Connect button.
import { test, expect } from "./fixtures";

test("an owner sees how the shop takes payments", async ({ page, shop: { slug } }) => {
  await page.goto(`/dashboard/${slug}/settings`);
  const payments = page.getByRole("region", { name: "Payments" });
  await expect(payments).toBeVisible();
  await expect(payments).toContainText("checkout uses the built-in test payment provider");
  await expect(payments.getByRole("button")).toHaveCount(0);
});
