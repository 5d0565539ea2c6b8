// A merchant sets up selling: a shipping rate to France and a 15 % code on one product, each
// through its dashboard form (bad input named first, pickers used with the keyboard). A shopper
// then sees that rate at checkout and the code lowers the total, once an admin has let the
// shop (in review, as new shops are) go live. The test has its own shop.
import { test, expect } from "./fixtures";
import { approveShop } from "./merchant";

test.use({ shopOptions: { inReview: true } });

test("a merchant creates a shipping rate and a 15 % code; a shopper sees the rate at checkout and the code lowers the total", async ({
  page,
  browser,
  adminState,
  shop: { slug, name: shopName },
}) => {
  const sections = page.getByRole("navigation", { name: "Shop sections" });

  await page.goto(`/dashboard/${slug}/products/new`);
  await page.getByLabel("Title").fill("Canvas Tote");
  await page.getByLabel("Price for Default", { exact: true }).fill("40");
  await page.getByLabel("Stock for Default", { exact: true }).fill("10");
  await page.getByLabel("Status").selectOption("ACTIVE");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Product created." })).toBeVisible();

  // Shipping: a rate to France only, the country picked from the keyboard.
  await sections.getByRole("link", { name: "Shipping" }).click();
  await expect(page.getByText("No shipping rates yet")).toBeVisible();
  await page.getByRole("link", { name: "New rate" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Tote Post");
  await page.getByLabel("Price (EUR)").fill("-6.50");
  await page.getByRole("button", { name: "Add rate" }).click();
  await expect(page.getByLabel("Price (EUR)")).toHaveAccessibleDescription(/The amount can't be negative/);
  await expect(page.getByLabel("Price (EUR)")).toBeFocused();
  await page.getByLabel("Price (EUR)").fill("6.50");
  await page.getByLabel("Free above (EUR)").fill("100");
  const countries = page.getByRole("combobox", { name: "Countries" });
  await countries.fill("fran");
  await countries.press("ArrowDown");
  await countries.press("Enter");
  await expect(page.getByRole("list", { name: "Chosen countries" })).toHaveText(/France \(FR\)/);
  await page.getByRole("button", { name: "Add rate" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${slug}/shipping\\?created=`));
  await expect(page.getByRole("status").filter({ hasText: "Rate Tote Post added." })).toBeVisible();
  await expect(page.getByText("€6.50 · free above €100.00")).toBeVisible();
  await expect(page.getByText("France", { exact: true })).toBeVisible();

  // Discounts: 15 % off the tote, picked through the shop's product search.
  await sections.getByRole("link", { name: "Discounts" }).click();
  await expect(page.getByText("No discount codes yet")).toBeVisible();
  await page.getByRole("link", { name: "New code" }).click();
  await page.getByLabel("Code", { exact: true }).fill("tote15");
  await page.getByLabel("Percentage off (%)").fill("150");
  await page.getByLabel("Applies to", { exact: true }).selectOption("PRODUCTS");
  await page.getByRole("button", { name: "Create code" }).click();
  await expect(page.getByLabel("Percentage off (%)")).toHaveAccessibleDescription(/Enter a percentage from 1 to 100/);
  await expect(page.getByText("Choose at least one product")).toBeVisible();
  await page.getByLabel("Percentage off (%)").fill("15");
  const products = page.getByRole("combobox", { name: "Products" });
  await products.fill("tote");
  await expect(page.getByRole("option", { name: "Canvas Tote" })).toBeVisible();
  await products.press("ArrowDown");
  await products.press("Enter");
  await expect(page.getByRole("list", { name: "Chosen products" })).toHaveText(/Canvas Tote/);
  await page.getByRole("button", { name: "Create code" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${slug}/discounts\\?created=TOTE15$`));
  const row = page.getByRole("row", { name: /TOTE15/ });
  await expect(row.getByRole("cell")).toHaveText(["15%", "1 product", "None", "Always", "0 / no limit", "Active", /Edit/]);

  // Its page shows what was chosen; an end date saved there comes back as typed.
  await row.getByRole("link", { name: "Edit TOTE15" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("TOTE15");
  await expect(page.getByRole("list", { name: "Chosen products" })).toHaveText(/Canvas Tote/);
  await page.getByLabel("Ends").fill("2030-01-01T10:00");
  await page.getByRole("button", { name: "Save code" }).click();
  await expect(page.getByRole("status").filter({ hasText: "TOTE15 saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Ends")).toHaveValue("2030-01-01T10:00");

  await approveShop(browser, adminState, shopName);

  const shopper = await browser.newPage();
  await shopper.goto(`/s/${slug}/p/canvas-tote`);
  await shopper.getByRole("button", { name: "Add to cart" }).click();
  await expect(shopper.getByText("Added to your cart.")).toBeVisible();
  await shopper.goto(`/s/${slug}/checkout`);
  await expect(shopper.getByRole("heading", { level: 1 })).toHaveText("Checkout");
  await expect(shopper.getByRole("radio", { name: /Tote Post/ })).toBeChecked();
  await expect(shopper.getByRole("button", { name: "Pay €46.50" })).toBeEnabled(); // €40 + €6.50 shipping
  await shopper.getByLabel("Country").selectOption("FR");
  await shopper.getByLabel("Discount code").fill("tote15");
  await shopper.getByRole("button", { name: "Apply" }).click();
  await expect(shopper.getByText("Code TOTE15 applied.")).toBeVisible();
  const summary = shopper.getByRole("complementary", { name: "Order summary" });
  await expect(summary.getByText("Discount (TOTE15)")).toBeVisible();
  await expect(summary.getByText("−€6.00")).toBeVisible();
  await expect(shopper.getByRole("button", { name: "Pay €40.50" })).toBeEnabled();
  await shopper.close();
});
