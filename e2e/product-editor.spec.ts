// The product editor: a merchant lists a product with options and pictures, shoppers find
// it and pick a variant, the editor names bad input and asks before deleting variants, and a
// rename keeps the variants.
// Every test has its own shop.
import type { Page } from "@playwright/test";
import { test, expect, suffix } from "./fixtures";
import { picture } from "./merchant";

/** Adds option `n` (1-based) with `values`, typed as a comma list and finished with Enter. */
async function addOption(page: Page, n: number, name: string, values: string[]) {
  await page.getByRole("button", { name: n === 1 ? "Add an option" : "Add another option" }).click();
  await expect(page.getByLabel(`Option ${n} name`)).toBeFocused();
  await page.getByLabel(`Option ${n} name`).fill(name);
  await page.getByLabel(`Option ${n} values`).fill(values.join(", "));
  await page.getByLabel(`Option ${n} values`).press("Enter");
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Picks a value in the storefront's variant picker by clicking its visible label, as a shopper does. */
async function pick(page: Page, value: string) {
  const radio = page.getByRole("radio", { name: value, exact: true });
  await page.locator("label", { has: radio }).click();
  await expect(radio).toBeChecked();
}

test("a merchant lists a product with four variants; a shopper finds it, sees each price, and sold-out is disabled", async ({
  page,
  browser,
  shop: { slug },
}) => {
  const title = `Rainbow Socks ${suffix()}`;

  await page.goto(`/dashboard/${slug}/products/new`);
  await page.getByLabel("Title").fill(title);
  await expect(page.getByLabel("Handle")).toHaveValue(title.toLowerCase().replace(/ /g, "-")); // suggested from the title
  await page.getByLabel("Description").fill("**Warm** wool socks.\n\n<script>alert(1)</script>");
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.locator("strong")).toHaveText("Warm"); // rendered by the server…
  await expect(preview.locator("script")).toHaveCount(0); // …and sanitised

  await page.getByLabel("Add a picture file").setInputFiles(await picture("#cc3355", "socks.png"));
  await expect(page.getByRole("status").filter({ hasText: "Picture 1 added" })).toBeVisible();
  await expect(page.getByLabel("Alt text for picture 1")).toBeFocused();
  await page.getByLabel("Alt text for picture 1").fill("Striped socks");

  await addOption(page, 1, "Size", ["S", "M"]);
  await addOption(page, 2, "Colour", ["Red", "Blue"]);
  const table = page.getByRole("region", { name: "Variants table" });
  await expect(table.getByRole("rowheader")).toHaveText(["S / Red", "S / Blue", "M / Red", "M / Blue"]);
  const prices = { "S / Red": "10", "S / Blue": "11.50", "M / Red": "12.50", "M / Blue": "13" };
  for (const [variant, price] of Object.entries(prices)) {
    await field(page, `Price for ${variant}`).fill(price);
    await field(page, `Stock for ${variant}`).fill("5");
  }
  await page.getByLabel("Status").selectOption("ACTIVE");
  await page.getByRole("button", { name: "Save product" }).click();

  await expect(page).toHaveURL(new RegExp(`/dashboard/${slug}/products/\\w+\\?created=1$`));
  await expect(page.getByRole("status").filter({ hasText: "Product created." })).toBeFocused();
  await expect(field(page, "Price for M / Blue")).toHaveValue("13.00");
  await expect(page.getByRole("img", { name: "Picture 1" })).toHaveAttribute("src", /^\/uploads\/images\/[a-f0-9]{32}\.webp$/);

  const shopper = await browser.newPage();
  await shopper.goto(`/s/${slug}/search?q=rainbow`);
  await shopper.getByRole("link", { name: new RegExp(title) }).click();
  await expect(shopper.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(shopper.getByRole("img", { name: "Striped socks" })).toBeVisible();
  await pick(shopper, "S");
  await pick(shopper, "Blue");
  await expect(shopper.getByText("€11.50", { exact: true })).toBeVisible();
  await pick(shopper, "M");
  await expect(shopper.getByText("€13.00", { exact: true })).toBeVisible();

  // The merchant sells out M / Blue from the editor; the shopper's next visit shows it.
  await field(page, "Stock for M / Blue").fill("0");
  await page.getByRole("button", { name: "Save stock for M / Blue" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stock of M / Blue set to 0." })).toBeVisible();
  const productUrl = new URL(shopper.url()).pathname; // without ?variant=: a fresh visit
  await expect(async () => {
    await shopper.goto(productUrl);
    await pick(shopper, "M");
    await expect(shopper.getByRole("radio", { name: /^Blue/ })).toBeDisabled({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(shopper.getByRole("radio", { name: "Blue (sold out)" })).toBeVisible();
  await expect(shopper.getByRole("radio", { name: "Red", exact: true })).toBeChecked();
  await expect(shopper.getByText("€12.50", { exact: true })).toBeVisible();
  await shopper.close();
});

test("bad input is named next to its field, nothing is saved, and a save that deletes variants asks first", async ({ page, shop: { slug } }) => {
  await page.goto(`/dashboard/${slug}/products/new`);
  await page.getByLabel("Title").fill("Linen Shirt");
  await addOption(page, 1, "Size", ["S", "M", "L"]);
  await field(page, "Price for S").fill("12.345");
  await field(page, "SKU for S").fill("SHIRT");
  await field(page, "SKU for M").fill("SHIRT");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(field(page, "Price for S")).toHaveAccessibleDescription("EUR amounts have at most 2 decimals, like 12.50");
  await expect(field(page, "Price for S")).toBeFocused();
  await expect(field(page, "SKU for M")).toHaveAccessibleDescription(/SKU SHIRT is already used by another variant/);
  await expect(page).toHaveURL(/\/products\/new$/);

  await field(page, "Price for S").fill("12.34");
  await field(page, "SKU for M").fill("SHIRT-M");
  for (const size of ["M", "L"]) await field(page, `Price for ${size}`).fill("15");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Product created." })).toBeVisible();

  // Removing a value deletes a variant: the editor says so, then asks before saving.
  await page.getByRole("button", { name: "Remove L" }).click();
  await expect(page.getByText("Saving will delete 1 variant: L.")).toBeVisible();
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByRole("heading", { name: "Delete 1 variant?" })).toBeFocused();
  await page.getByRole("button", { name: "Keep editing" }).click();
  await expect(page.getByRole("button", { name: "Save product" })).toBeFocused();
  await page.getByRole("button", { name: "Save product" }).click();
  await page.getByRole("button", { name: "Delete 1 variant and save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Product saved." })).toBeFocused();
  await page.reload();
  await expect(page.getByRole("region", { name: "Variants table" }).getByRole("rowheader")).toHaveText(["S", "M"]);
  await expect(field(page, "Price for S")).toHaveValue("12.34");
});

test("renaming an option and a value keeps the variants, their SKU and their stock", async ({ page, shop: { slug } }) => {
  await page.goto(`/dashboard/${slug}/products/new`);
  await page.getByLabel("Title").fill("Wool Hat");
  await addOption(page, 1, "Colour", ["Red", "Blu"]);
  for (const colour of ["Red", "Blu"]) await field(page, `Price for ${colour}`).fill("20");
  await field(page, "SKU for Blu").fill("HAT-BLUE");
  await field(page, "Stock for Blu").fill("7");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Product created." })).toBeVisible();

  await page.getByLabel("Option 1 name").fill("Color");
  await page.getByRole("button", { name: "Rename Blu" }).click();
  await expect(page.getByLabel("New name for Blu")).toBeFocused();
  await page.getByLabel("New name for Blu").fill("Blue");
  await page.getByLabel("New name for Blu").press("Enter");
  await expect(page.getByRole("button", { name: "Rename Blue" })).toBeFocused();
  const table = page.getByRole("region", { name: "Variants table" });
  await expect(table.getByRole("rowheader")).toHaveText(["Red", "Blue"]); // the same row, renamed: not "new"
  await expect(field(page, "Stock for Blue")).toHaveValue("7");
  await expect(page.getByText(/Saving will delete/)).toHaveCount(0);
  await page.getByRole("button", { name: "Save product" }).click(); // no "Delete 1 variant?" question
  await expect(page.getByRole("status").filter({ hasText: "Product saved." })).toBeFocused();

  await page.reload();
  await expect(page.getByLabel("Option 1 name")).toHaveValue("Color");
  await expect(table.getByRole("rowheader")).toHaveText(["Red", "Blue"]);
  await expect(field(page, "Stock for Blue")).toHaveValue("7");
  await expect(field(page, "SKU for Blue")).toHaveValue("HAT-BLUE");
});

test("pictures are reordered with the keyboard, described and removed, and saved in that order", async ({ page, shop: { slug } }) => {
  await page.goto(`/dashboard/${slug}/products/new`);
  await page.getByLabel("Title").fill("Clay Mug");
  await field(page, "Price for Default").fill("9");
  for (const [n, colour, alt] of [
    [1, "#cc0000", "Red mug"],
    [2, "#0000cc", "Blue mug"],
    [3, "#00aa00", "Green mug"],
  ] as const) {
    await page.getByLabel("Add a picture file").setInputFiles(await picture(colour));
    await expect(page.getByLabel(`Alt text for picture ${n}`)).toBeFocused();
    await page.keyboard.type(alt);
  }
  await page.getByRole("button", { name: "Move up picture 3" }).focus();
  await page.keyboard.press("Enter"); // Green moves to position 2; focus stays on its Move up
  await page.keyboard.press("Enter"); // and to position 1
  await expect(page.getByRole("button", { name: "Move down picture 1" })).toBeFocused(); // Move up is disabled at the top
  await page.getByRole("button", { name: "Remove picture 3" }).click();
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Product created." })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Alt text for picture 1")).toHaveValue("Green mug");
  await expect(page.getByLabel("Alt text for picture 2")).toHaveValue("Red mug");
  await expect(page.getByLabel("Alt text for picture 3")).toHaveCount(0);
});
