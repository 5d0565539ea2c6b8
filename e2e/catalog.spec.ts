// Catalogue at scale, as a merchant whose shop holds the demo catalogue (a fresh copy per test):
// find products in the list, change several at once, move the catalogue in and out as CSV, and
// build a collection shoppers can open.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { CSV_COLUMNS } from "../lib/catalog/csv-format";
import { test, expect, type Shop } from "./fixtures";

test.use({ shopOptions: { catalogue: "demo" } });

const productsOf = (shop: Shop) => `/dashboard/${shop.slug}/products`;
const token = () => Math.random().toString(36).slice(2, 8);

/** Opens a dashboard page as the shop's merchant (signed in by the fixture). */
async function open(page: Page, next: string) {
  await page.goto(next);
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

async function importCsv(page: Page, shop: Shop, file: ReturnType<typeof csvFile>) {
  await page.goto(`${productsOf(shop)}/import`);
  await page.getByLabel("CSV file").setInputFiles(file);
}

test("the merchant searches the product list; the search is in the address and the back button undoes it", async ({ page, shop }) => {
  const products = productsOf(shop);
  await open(page, products);
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

test("two products archived at once disappear from the storefront; then they are deleted after a confirm step", async ({ page, shop }) => {
  const products = productsOf(shop);
  const t = token();
  const titles = [`Candle ${t}`, `Soap ${t}`];
  await open(page, `${products}/import`);
  await importCsv(page, shop, csvFile(csvProduct(`candle-${t}`, titles[0], "12.00"), csvProduct(`soap-${t}`, titles[1], "6.50")));
  await expect(page.getByRole("status").filter({ hasText: "Imported: 2 created, 0 updated" })).toBeVisible();

  await page.goto(`/s/${shop.slug}`);
  for (const title of titles) await expect(page.getByRole("main").getByText(title)).toBeVisible();

  await page.goto(`${products}?q=${t}`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);
  await page.getByLabel("Select all on this page").check();
  await expect(page.getByText("2 products selected")).toBeVisible();
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 products archived." })).toBeVisible();
  for (const title of titles) await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("Archived");

  await page.goto(`/s/${shop.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const title of titles) await expect(page.getByRole("main").getByText(title)).toHaveCount(0);

  // Deleted through the confirm step.
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

test("the merchant exports the catalogue as a CSV file with a header row", async ({ page, shop }) => {
  await open(page, productsOf(shop));
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${shop.slug}-products.csv`);
  const text = await readFile((await file.path())!, "utf8");
  const [header, ...rows] = text.trim().split("\n");
  expect(header).toBe(CSV_COLUMNS.join(","));
  expect(rows.some((row) => row.startsWith("organic-cotton-tee,Organic Cotton Tee,"))).toBe(true);
});

test("a CSV with one bad row shows which row is wrong and imports nothing", async ({ page, shop }) => {
  const products = productsOf(shop);
  const t = token();
  await open(page, `${products}/import`);
  await expect(page.getByRole("link", { name: "Download a sample CSV" })).toHaveAttribute("href", /\/products\/template$/);
  await importCsv(
    page,
    shop,
    csvFile(csvProduct(`lamp-${t}`, `Lamp ${t}`, "40.00"), csvProduct(`rug-${t}`, `Rug ${t}`, "forty"), csvProduct(`vase-${t}`, `Vase ${t}`, "25.00")),
  );

  await expect(page.getByRole("alert").filter({ hasText: "Nothing was imported — fix these rows and try again" })).toContainText("1 problem in products.csv");
  const report = page.getByRole("table", { name: "Problems in products.csv" });
  await expect(report.getByRole("row")).toHaveCount(2);
  await expect(report.getByRole("row").nth(1)).toHaveText(/^3\s*Variant Price\s*Enter a price like 12\.50$/);

  await page.goto(`${products}?q=${t}`);
  await expect(page.getByRole("heading", { name: "No products match these filters" })).toBeVisible();
});

test("the merchant creates a collection, adds a product and shoppers see it on the collection page", async ({ page, shop }) => {
  const t = token();
  const title = `Gift Picks ${t}`;
  await open(page, `/dashboard/${shop.slug}/collections`);
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create collection" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText("No products yet: find some below and add them.")).toBeVisible();

  await page.getByLabel("Find products").fill("stoneware");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("button", { name: `Add Stoneware Mug to ${title}` }).click();
  const members = page.getByRole("region", { name: "Products in this collection" });
  await expect(members.getByRole("link", { name: "Stoneware Mug" })).toBeVisible();

  await page.goto(`/s/${shop.slug}/c/gift-picks-${t}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByRole("main").getByText("Stoneware Mug")).toBeVisible();

  // Deleted: the collection goes, its product stays.
  await page.goBack();
  await page.getByRole("button", { name: `Delete ${title}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete collection" }).click();
  await expect(page).toHaveURL(`/dashboard/${shop.slug}/collections`);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});
