// Product moderation: a shopper (no account) reports a product; a moderator upholds the report,
// which takes the product down; the merchant reads why and appeals once; the moderator rejects
// the appeal, which is final. Each page on the way is scanned with axe.
import { accessibilityViolations, expect, test } from "./fixtures";

test.use({ shopOptions: { catalogue: "demo" } });

test("report, takedown, one appeal, rejected appeal", async ({ page, browser, shop, moderatorState }) => {
  const handle = "organic-cotton-tee";
  const title = "Organic Cotton Tee";

  // The shopper reports the product from its page.
  const shopper = await browser.newContext();
  const storefront = await shopper.newPage();
  await storefront.goto(`/s/${shop.slug}/p/${handle}`);
  await expect(storefront.getByRole("contentinfo").getByRole("link", { name: "Report" })).toBeVisible();
  await storefront.getByRole("link", { name: "Report this product" }).click();
  await expect(storefront.getByRole("heading", { name: `Report “${title}”`, level: 1 })).toBeVisible();
  expect(await accessibilityViolations(storefront), "the report page").toEqual([]);
  await storefront.getByLabel("Counterfeit or fake").check();
  await storefront.getByLabel("Details (optional)").fill("The label copies a well-known brand.");
  await storefront.getByRole("button", { name: "Send report" }).click();
  await expect(storefront.getByText("Thank you: your report was sent to Minishop's moderators.")).toBeVisible();

  // The moderator finds the report in the queue and upholds it: the product is taken down.
  const moderator = await browser.newContext({ storageState: moderatorState });
  const admin = await moderator.newPage();
  await admin.goto("/admin/moderation?kind=REPORT");
  expect(await accessibilityViolations(admin), "the moderation queue").toEqual([]);
  const row = admin.getByRole("row").filter({ hasText: shop.name });
  await expect(row).toContainText("1 report");
  await row.getByRole("link", { name: title }).click();
  await expect(admin.getByRole("heading", { name: `Report: ${title}`, level: 1 })).toBeVisible();
  await expect(admin.getByText("The label copies a well-known brand.")).toBeVisible();
  expect(await accessibilityViolations(admin), "the report case").toEqual([]);
  await admin.getByLabel("Uphold and take the product down").check();
  const reason = "The product copies a protected trademark.";
  await admin.getByLabel("Reason or note").fill(reason);
  await admin.getByRole("button", { name: "Save decision" }).click();
  // The page shows the case as it is now: decided, the product down.
  await expect(admin.getByText(/This case is decided: approved on .* The product is taken down\./)).toBeVisible();

  // Shoppers no longer see it.
  expect((await storefront.goto(`/s/${shop.slug}/p/${handle}`))?.status()).toBe(404);

  // The merchant sees why in the product list and on the product's page, and appeals once.
  await page.goto(`/dashboard/${shop.slug}/products?q=${encodeURIComponent(title)}`);
  await expect(page.getByText(`Taken down: ${reason}`)).toBeVisible();
  await page.getByRole("link", { name: title, exact: true }).click();
  const panel = page.getByRole("region", { name: "Taken down by Minishop" });
  await expect(panel).toContainText(reason);
  expect(await accessibilityViolations(page), "the taken-down product's page").toEqual([]);
  await panel.getByLabel("Your appeal").fill("Our label is our own registered design; we can send the registration.");
  await panel.getByRole("button", { name: "Send appeal" }).click();
  await expect(panel.getByText("Your appeal is waiting for a decision.")).toBeVisible();
  await expect(page.getByLabel("Your appeal")).toHaveCount(0);

  // The moderator rejects the appeal: final.
  await admin.goto("/admin/moderation?kind=APPEAL");
  await admin.getByRole("row").filter({ hasText: shop.name }).getByRole("link", { name: title }).click();
  await admin.getByLabel("Reject the appeal").check();
  await admin.getByRole("button", { name: "Save decision" }).click();
  await expect(admin.getByText("Say why, in words the merchant reads (at least 10 characters)")).toBeVisible();
  await admin.getByLabel("Reason or note").fill("The registration is for a different design.");
  await admin.getByRole("button", { name: "Save decision" }).click();
  await expect(admin.getByText(/This case is decided: rejected on .* The product is taken down\./)).toBeVisible();
  await moderator.close();

  await page.reload();
  await expect(
    page.getByText("Your appeal was refused; this decision is final. The reviewer wrote: The registration is for a different design."),
  ).toBeVisible();
  await expect(page.getByLabel("Your appeal")).toHaveCount(0);
  await shopper.close();
});
