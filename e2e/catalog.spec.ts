// Catalogue at scale, as the seeded demo merchant: find products in the list, change several
// at once, move the catalogue in and out as CSV, and build a collection shoppers can open.
// Tests that change the demo shop work on rows they create themselves (unique names) and
// remove them at the end, so other tests see the seeded catalogue as it was.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { CSV_COLUMNS } from "../lib/catalog/csv-format";
import { test, expect, demo } from "./fixtures";

const products = `/dashboard/${demo.shopSlug}/products`;
const token = () => Math.random().toString(36).slice(2, 8);

async function signIn(page: Page, next: string) {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(demo.merchant.email);
  await page.getByLabel("Password").fill(demo.merchant.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(next);
}

const csvLine = (cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>>) => CSV_COLUMNS.map((c) => JSON.stringify(cells[c] ?? "")).join(",");
const csvProduct = (handle: string, title: string, price: string) =>
  csvLine({
    Handle: handle,
    Title: title,
    "Option1 Name": "Title",
    "Option1 Value": "Default Title",
    "Variant Price": price,
    "Variant Inventory Qty": "5",
    "Variant Inventory Tracker": "shopify",
    Status: "active",
  });
const csvFile = (...rows: string[]) => ({ name: "products.csv", mimeType: "text/csv", buffer: Buffer.from([CSV_COLUMNS.join(","), ...rows].join("\n")) });

async function importCsv(page: Page, file: ReturnType<typeof csvFile>) {
  await page.goto(`${products}/import`);
  await page.getByLabel("CSV file").setInputFiles(file);
}

test("the merchant searches the product list; the search is in the address and the back button undoes it", async ({ page }) => {
  await signIn(page, products);
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: "Organic Cotton Tee" })).toBeVisible();

  await page.getByLabel("Search products").fill("mug");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(`${products}?q=mug`);
  // Titles, and SKUs: the tumbler and the cup set are MUG-TRV and MUG-ESP.
  for (const title of ["Stoneware Mug", "Enamel Camp Mug", "Not Before Coffee Mug", "Insulated Travel Tumbler", "Espresso Cup Set"]) {
    await expect(table.getByRole("link", { name: title })).toBeVisible();
  }
  await expect(table.getByRole("link", { name: "Organic Cotton Tee" })).toHaveCount(0);
  await expect(page.getByText("1–5 of 5 products")).toBeVisible();

  await page.getByLabel("Stock").selectOption("low");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(`${products}?q=mug&stock=low`);
  await expect(table.getByRole("row")).toHaveCount(2); // header + Not Before Coffee Mug (2 left)
  await expect(table.getByRole("link", { name: "Not Before Coffee Mug" })).toBeVisible();

  await page.getByLabel("Search products").fill("no such thing anywhere");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("heading", { name: "No products match these filters" })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(`${products}?q=mug&stock=low`);
  await expect(page.getByLabel("Search products")).toHaveValue("mug");
  await page.goBack();
  await page.goBack();
  await expect(table.getByRole("link", { name: "Organic Cotton Tee" })).toBeVisible();
});

test("two products archived at once disappear from the storefront; then they are deleted after a confirm step", async ({ page }) => {
  const t = token();
  const titles = [`Candle ${t}`, `Soap ${t}`];
  await signIn(page, `${products}/import`);
  await importCsv(page, csvFile(csvProduct(`candle-${t}`, titles[0], "12.00"), csvProduct(`soap-${t}`, titles[1], "6.50")));
  await expect(page.getByRole("status").filter({ hasText: "Imported: 2 created, 0 updated" })).toBeVisible();

  await page.goto(`/s/${demo.shopSlug}`);
  for (const title of titles) await expect(page.getByRole("main").getByText(title)).toBeVisible();

  await page.goto(`${products}?q=${t}`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);
  await page.getByLabel("Select all on this page").check();
  await expect(page.getByText("2 products selected")).toBeVisible();
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 products archived." })).toBeVisible();
  for (const title of titles) await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("Archived");

  await page.goto(`/s/${demo.shopSlug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const title of titles) await expect(page.getByRole("main").getByText(title)).toHaveCount(0);

  // Clean up through the confirm step.
  await page.goto(`${products}?q=${t}&status=archived`);
  await page.getByLabel(`Select ${titles[0]}`).check();
  await page.getByLabel(`Select ${titles[1]}`).check();
  await page.getByRole("button", { name: "Delete…" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete 2 products?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Delete 2 products" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 products deleted." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No products match these filters" })).toBeVisible();
});

test("the merchant exports the catalogue as a CSV file with a header row", async ({ page }) => {
  await signIn(page, products);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${demo.shopSlug}-products.csv`);
  const text = await readFile((await file.path())!, "utf8");
  const [header, ...rows] = text.trim().split("\n");
  expect(header).toBe(CSV_COLUMNS.join(","));
  expect(rows.some((row) => row.startsWith("organic-cotton-tee,Organic Cotton Tee,"))).toBe(true);
});

test("a CSV with one bad row shows which row is wrong and imports nothing", async ({ page }) => {
  const t = token();
  await signIn(page, `${products}/import`);
  await expect(page.getByRole("link", { name: "Download a sample CSV" })).toHaveAttribute("href", /\/products\/template$/);
  await importCsv(
    page,
    csvFile(csvProduct(`lamp-${t}`, `Lamp ${t}`, "40.00"), csvProduct(`rug-${t}`, `Rug ${t}`, "forty"), csvProduct(`vase-${t}`, `Vase ${t}`, "25.00")),
  );

  await expect(page.getByRole("alert").filter({ hasText: "Nothing was imported — fix these rows and try again" })).toContainText("1 problem in products.csv");
  const report = page.getByRole("table", { name: "Problems in products.csv" });
  await expect(report.getByRole("row")).toHaveCount(2);
  await expect(report.getByRole("row").nth(1)).toHaveText(/^3\s*Variant Price\s*Enter a price like 12\.50$/);

  await page.goto(`${products}?q=${t}`);
  await expect(page.getByRole("heading", { name: "No products match these filters" })).toBeVisible();
});

test("the merchant creates a collection, adds a product and shoppers see it on the collection page", async ({ page }) => {
  const t = token();
  const title = `Gift Picks ${t}`;
  await signIn(page, `/dashboard/${demo.shopSlug}/collections`);
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create collection" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText("No products yet: find some below and add them.")).toBeVisible();

  await page.getByLabel("Find products").fill("stoneware");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("button", { name: `Add Stoneware Mug to ${title}` }).click();
  const members = page.getByRole("region", { name: "Products in this collection" });
  await expect(members.getByRole("link", { name: "Stoneware Mug" })).toBeVisible();

  await page.goto(`/s/${demo.shopSlug}/c/gift-picks-${t}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByRole("main").getByText("Stoneware Mug")).toBeVisible();

  // Clean up: the collection goes, its product stays.
  await page.goBack();
  await page.getByRole("button", { name: `Delete ${title}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete collection" }).click();
  await expect(page).toHaveURL(`/dashboard/${demo.shopSlug}/collections`);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});
