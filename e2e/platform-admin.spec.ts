// The platform admin's whole journey on one shop (issue 12): a merchant submits the shop for
// review; a moderator rejects it with a reason; the merchant fixes and resubmits; an
// administrator approves and the shop goes live. A shopper buys; a visitor reports a product; the
// moderator upholds the report, taking the product down; the merchant appeals once and the appeal
// is rejected. The moderator then suspends the shop: its storefront and new carts are refused,
// while the merchant still refunds the paid order. Each page on the way is scanned with axe.
import { accessibilityViolations, expect, test } from "./fixtures";
import { picture } from "./merchant";
import { buyAsShopper } from "./shopper";

test.use({ shopOptions: { catalogue: "demo", inReview: true } });

test("review, moderation and enforcement of one shop, as merchant, shopper, moderator and administrator", async ({
  page,
  browser,
  shop,
  adminState,
  moderatorState,
}) => {
  test.setTimeout(8 * 60_000); // the whole journey, in six browsers, with eleven axe scans

  // 1. Shop review.
  const visitor = await browser.newContext();
  const storefront = await visitor.newPage();
  expect((await storefront.goto(`/s/${shop.slug}`))?.status()).toBe(404);

  // The merchant: the dashboard's banner leads to the Review page.
  await page.goto(`/dashboard/${shop.slug}`);
  const banner = page.getByRole("region", { name: "Shop review" });
  await expect(banner).toContainText("shoppers can't see it yet");
  await banner.getByRole("link", { name: "Submit for review" }).click();
  await expect(page.getByRole("heading", { name: "Review", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Enter the legal name of the business or person")).toBeVisible();
  await page.getByLabel("Legal name").fill("Maya Teas SARL");
  await page.getByLabel("Type of business").selectOption("COMPANY");
  await page.getByLabel("Registration number").fill("FR 123 456 789");
  await page.getByLabel("Country of registration").selectOption("FR");
  await page.getByLabel("Contact name").fill("Maya Martin");
  await page.getByLabel("Contact email").fill("maya@teas.test");
  await page.getByLabel("Contact phone").fill("+33 1 23 45 67 89");
  await page.getByLabel("Food and drink").check();
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Details saved.")).toBeVisible();

  await page.getByLabel("Add a document").setInputFiles(await picture("#0f766e", "registration.png"));
  await expect(page.getByText("registration.png uploaded")).toBeVisible();
  await expect(page.getByRole("link", { name: "registration.png" })).toBeVisible();
  expect(await accessibilityViolations(page), "the Review page").toEqual([]);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText(/Submitted on .*the reviewers have your details/)).toBeVisible();

  // The moderator: the queue, the case, its document (a private download), the rejection.
  const moderator = await browser.newContext({ storageState: moderatorState });
  const queue = await moderator.newPage();
  await queue.goto("/admin/reviews");
  expect(await accessibilityViolations(queue), "the review queue").toEqual([]);
  await queue.getByRole("link", { name: `Review ${shop.name}` }).click();
  await expect(queue.getByRole("heading", { name: shop.name, level: 1 })).toBeVisible();
  await expect(queue.getByText("Maya Teas SARL")).toBeVisible();
  expect(await accessibilityViolations(queue), "the review case").toEqual([]);
  const href = await queue.getByRole("link", { name: "registration.png" }).getAttribute("href");
  const file = await moderator.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect((await visitor.request.get(href!)).status()).toBe(401);
  const reason = "The registration number doesn't match the document: upload your current registration extract.";
  await queue.getByLabel("Reason for the merchant").fill(reason);
  await queue.getByRole("button", { name: "Reject" }).click();
  // The decision form goes with the decision: the case now says where it stands and why.
  await expect(queue.getByText("Rejected, waiting for the merchant")).toBeVisible();
  await expect(queue.getByRole("region", { name: "History" })).toContainText(reason);
  await moderator.close();

  // The merchant reads the reason, fixes the number and resubmits.
  await page.reload();
  await expect(page.getByRole("region", { name: "Shop review" })).toContainText("Changes needed");
  await expect(page.getByText(reason)).toBeVisible();
  await page.getByLabel("Registration number").fill("FR 987 654 321");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Details saved.")).toBeVisible();
  await page.getByRole("button", { name: "Resubmit for review" }).click();
  await expect(page.getByText(/Submitted on .*the reviewers have your details/)).toBeVisible();

  // The administrator approves from the case page; the history shows the earlier rejection.
  const administrator = await browser.newContext({ storageState: adminState });
  const adminPage = await administrator.newPage();
  await adminPage.goto("/admin/reviews?round=resubmitted");
  await adminPage.getByRole("link", { name: `Review ${shop.name}` }).click();
  await expect(adminPage.getByRole("region", { name: "History" })).toContainText(reason);
  await adminPage.getByRole("button", { name: `Approve ${shop.name}` }).click();
  await expect(adminPage.getByText("This shop is no longer in review.")).toBeVisible();
  await administrator.close();

  await storefront.goto(`/s/${shop.slug}`);
  await expect(storefront.getByRole("heading", { name: shop.name }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByText("Your shop is approved and live.")).toBeVisible();

  // 2. A shopper buys from the live shop.
  const shopper = await buyAsShopper(browser, shop.slug, [{ handle: "organic-cotton-tee", options: ["M", "Black"] }]);

  // 3. Product moderation: report, takedown, one appeal, rejected.
  const handle = "organic-cotton-tee";
  const title = "Organic Cotton Tee";

  // The visitor reports the product from its page (no account needed).
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
  const moderating = await browser.newContext({ storageState: moderatorState });
  const admin = await moderating.newPage();
  await admin.goto("/admin/moderation?kind=REPORT");
  expect(await accessibilityViolations(admin), "the moderation queue").toEqual([]);
  const row = admin.getByRole("row").filter({ hasText: shop.name });
  await expect(row).toContainText("1 report");
  await row.getByRole("link", { name: title }).click();
  await expect(admin.getByRole("heading", { name: `Report: ${title}`, level: 1 })).toBeVisible();
  await expect(admin.getByText("The label copies a well-known brand.")).toBeVisible();
  expect(await accessibilityViolations(admin), "the report case").toEqual([]);
  await admin.getByLabel("Uphold and take the product down").check();
  const takedownReason = "The product copies a protected trademark.";
  await admin.getByLabel("Reason or note").fill(takedownReason);
  await admin.getByRole("button", { name: "Save decision" }).click();
  // The page shows the case as it is now: decided, the product down.
  await expect(admin.getByText(/This case is decided: approved on .* The product is taken down\./)).toBeVisible();

  // Shoppers no longer see it.
  expect((await storefront.goto(`/s/${shop.slug}/p/${handle}`))?.status()).toBe(404);

  // The merchant sees why in the product list and on the product's page, and appeals once.
  await page.goto(`/dashboard/${shop.slug}/products?q=${encodeURIComponent(title)}`);
  await expect(page.getByText(`Taken down: ${takedownReason}`)).toBeVisible();
  await page.getByRole("link", { name: title, exact: true }).click();
  const panel = page.getByRole("region", { name: "Taken down by Minishop" });
  await expect(panel).toContainText(takedownReason);
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
  await moderating.close();

  await page.reload();
  await expect(
    page.getByText("Your appeal was refused; this decision is final. The reviewer wrote: The registration is for a different design."),
  ).toBeVisible();
  await expect(page.getByLabel("Your appeal")).toHaveCount(0);
  await visitor.close();

  // 4. Enforcement: suspension; the merchant still refunds.
  // The moderator finds the shop and suspends it.
  const enforcing = await browser.newContext({ storageState: moderatorState });
  const consolePage = await enforcing.newPage();
  // The console home: shops by status, queues, and the platform's sales chart (the order just paid).
  await consolePage.goto("/admin");
  await expect(consolePage.getByRole("heading", { name: "Shops by status" })).toBeVisible();
  await expect(consolePage.getByRole("heading", { name: "Work queues" })).toBeVisible();
  await expect(consolePage.getByRole("region", { name: "Orders and GMV" }).getByTestId("sales-chart").first()).toBeVisible();
  expect(await accessibilityViolations(consolePage), "the console home").toEqual([]);
  await consolePage.goto("/admin/shops");
  expect(await accessibilityViolations(consolePage), "the Shops page").toEqual([]);
  await consolePage.getByLabel("Search").fill(shop.slug);
  await consolePage.getByRole("button", { name: "Filter" }).click();
  await consolePage.getByRole("link", { name: shop.name }).click();
  await expect(consolePage.getByRole("heading", { name: shop.name, level: 1 })).toBeVisible();
  expect(await accessibilityViolations(consolePage), "the shop's enforcement page").toEqual([]);
  await consolePage.getByLabel("Action", { exact: true }).selectOption("suspend");
  const suspension = "Several shoppers report parcels that never arrived.";
  await consolePage.getByLabel("Reason for the merchant").fill(suspension);
  await consolePage.getByRole("button", { name: "Apply" }).click();
  await expect(consolePage.getByText(`${shop.name} is suspended.`)).toBeVisible();
  await expect(consolePage.getByText("Status: Suspended")).toBeVisible();

  // The audit log shows it, filtered by the shop.
  await consolePage.goto(`/admin/audit?shop=${shop.id}`);
  await expect(consolePage.getByRole("cell", { name: "shop.suspended" })).toBeVisible();
  expect(await accessibilityViolations(consolePage), "the Audit log page").toEqual([]);
  const csv = await enforcing.request.get(`/api/admin/audit/export?shop=${shop.id}`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("shop.suspended");
  await enforcing.close();

  // Shoppers: the storefront is unavailable, and no cart nor checkout can start.
  const home = await shopper.page.goto(`/s/${shop.slug}`);
  expect(home?.status()).toBe(404);
  await expect(shopper.page.getByRole("heading", { name: "This shop is unavailable" })).toBeVisible();
  const cart = await shopper.page.request.post(`/api/storefront/v1/shops/${shop.slug}/carts`, { headers: { "content-type": "application/json" }, data: {} });
  expect(cart.status()).toBe(409);
  expect(await cart.json()).toMatchObject({ error: { code: "unavailable" } });

  // The merchant: the notice on the dashboard, and the paid order can still be refunded.
  await page.goto(`/dashboard/${shop.slug}`);
  await expect(page.getByText("Your shop is suspended")).toHaveCount(2); // the banner and the notice
  await expect(page.getByRole("region", { name: "Notices from Minishop" })).toContainText(suspension);
  await expect(page.getByRole("region", { name: "Trust score" })).toBeVisible();
  await page.goto(`/dashboard/${shop.slug}/orders/${shopper.orderNumber}`);
  const refund = page.getByRole("form", { name: "Refund" });
  await refund.getByLabel(/Organic Cotton Tee/).fill("1");
  await refund.getByRole("button", { name: "Refund" }).click();
  await expect(page.getByText("Refunded.", { exact: true })).toBeVisible();
});
