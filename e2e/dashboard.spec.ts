// The merchant's home after a sale: a shopper buys in the merchant's shop (demo catalogue,
// built-in test provider), and the home's figures, chart, best sellers and "waiting to be
// fulfilled" count show the order; the page passes axe with the chart drawn.
// Demo facts used: the Stoneware Mug is €16.00; Standard shipping is €4.90 below €50.
import { test, expect, uniqueEmail, accessibilityViolations } from "./fixtures";

test.use({ shopOptions: { catalogue: "demo" } });

test("after a purchase the merchant's home shows the order in its figures and draws the chart", async ({ page, shop, browser }) => {
  const home = `/dashboard/${shop.slug}`;
  await page.goto(home);
  await expect(page.getByRole("heading", { name: "Sales", exact: true })).toBeVisible();
  await expect(page.getByText("No paid orders in this period yet.")).toBeVisible();

  // A shopper, in a browser of their own, buys a mug.
  const shopper = await (await browser.newContext()).newPage();
  await shopper.goto(`/s/${shop.slug}/p/stoneware-mug`);
  await shopper.getByRole("button", { name: "Add to cart" }).click();
  await expect(shopper.getByText("Added to your cart.")).toBeVisible();
  await shopper.goto(`/s/${shop.slug}/checkout`);
  await expect(shopper.getByRole("button", { name: /^Pay / })).toBeEnabled();
  await shopper.getByLabel("Email").fill(uniqueEmail("shopper"));
  await shopper.getByLabel("Country").selectOption("FR");
  await shopper.getByLabel("Full name").fill("Ada Lovelace");
  await shopper.getByLabel("Address", { exact: true }).fill("12 Rue de Rivoli");
  await shopper.getByLabel("City").fill("Paris");
  await shopper.getByLabel("Postal code").fill("75001");
  await shopper.getByRole("button", { name: "Pay €20.90" }).click();
  await shopper.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(shopper.getByText("Paid", { exact: true })).toBeVisible();

  await page.reload();
  const figures = page.getByRole("region", { name: "Sales", exact: true });
  await expect(figures.getByText("1 paid order")).toBeVisible();
  await expect(figures.getByText("€20.90").first()).toBeVisible(); // gross and net sales
  const waiting = figures.getByRole("link", { name: "1 waiting to be fulfilled" });
  await expect(waiting).toHaveAttribute("href", `${home}/orders?fulfilment=to_fulfil`); // the list of what it counts
  await expect(figures.getByRole("region", { name: "Best sellers by units" }).getByRole("link", { name: "Stoneware Mug" })).toBeVisible();
  // The chart is drawn, with one bar for today; its text alternative says the same.
  await expect(page.getByTestId("sales-chart").locator("svg.recharts-surface:not([aria-label])")).toBeVisible(); // (the legend icons are small svgs too)
  await expect(page.getByTestId("sales-chart").locator(".recharts-bar-rectangle path")).toHaveCount(1);
  const table = page.getByRole("table", { name: /Paid orders and revenue by day/ });
  await expect(table.getByRole("row").filter({ hasText: "€20.90" })).toHaveCount(1);
  expect(await accessibilityViolations(page), "home with figures").toEqual([]);

  // By week: the address says so, and the sale is still there.
  await page.getByRole("navigation", { name: "Group figures by" }).getByRole("link", { name: "Week" }).click();
  await expect(page).toHaveURL(`${home}?by=week`);
  await expect(page.getByRole("link", { name: "Week", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Revenue and orders by week")).toBeVisible();
  await expect(page.getByTestId("sales-chart").locator(".recharts-bar-rectangle path")).toHaveCount(1);
  await expect(figures.getByText("1 paid order")).toBeVisible();
});
