// The shop review journey: a merchant whose shop opened in review (SHOP_REVIEW=manual) fills in
// the business details and uploads a document, submits; a moderator rejects with a reason; the
// merchant reads it, fixes and resubmits; an administrator approves; shoppers then see the shop.
import { accessibilityViolations, expect, test } from "./fixtures";
import { picture } from "./merchant";

test.use({ shopOptions: { inReview: true } });

test("submit, reject with a reason, resubmit, approve: the shop goes live", async ({ page, browser, shop, adminState, moderatorState }) => {
  test.slow(); // a journey in four browsers, with three axe scans
  const shopper = await browser.newContext();
  const storefront = await shopper.newPage();
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
  expect((await shopper.request.get(href!)).status()).toBe(401);
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
  await shopper.close();
});
