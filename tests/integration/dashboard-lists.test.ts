// The dashboard's list pages (discount codes, shipping rates, staff) rendered as Next.js renders
// them for the shop's owner, through the one list kit (components/dashboard/record-list.tsx):
// an empty state that says what to do first, then a table with a caption, column headers and a
// row header per record, so screen readers read each cell with its column and row.
import { randomBytes } from "node:crypto";
import { JSDOM } from "jsdom";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { session } from "@/tests/support/session";
import { makeDiscount, makeOpenShop, makeShippingRate } from "@/tests/support/shop-fixtures";

// The product filters push the view's address with the router, which only a browser has.
vi.mock("next/navigation", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/navigation")>()), useRouter: () => ({ push: vi.fn() }) }));

const { ProductFilters } = await import("@/components/catalog/product-filters");
const { parseListView } = await import("@/lib/catalog/list-params");

const pages = {
  discounts: (await import("@/app/(merchant)/dashboard/[shop]/discounts/page")).default,
  shipping: (await import("@/app/(merchant)/dashboard/[shop]/shipping/page")).default,
  staff: (await import("@/app/(merchant)/dashboard/[shop]/staff/page")).default,
};

let shop: Awaited<ReturnType<typeof makeOpenShop>>;

beforeAll(async () => {
  shop = await makeOpenShop({ currency: "EUR" });
  const id = randomBytes(8).toString("hex");
  const owner: CurrentUser = await db.user.create({
    data: { id, name: "Ada Owner", email: `${id}@example.test` },
    select: { id: true, name: true, email: true, role: true },
  });
  await db.shopMember.create({ data: { shopId: shop.id, userId: owner.id, role: "OWNER" } });
  session.user = owner;
});

async function render(page: keyof typeof pages): Promise<Document> {
  const element = await pages[page]({ params: Promise.resolve({ shop: shop.slug }), searchParams: Promise.resolve({}) });
  return new JSDOM(renderToStaticMarkup(element)).window.document;
}

function table(document: Document) {
  const found = document.querySelector("table")!;
  expect(found, "a table").not.toBeNull();
  return {
    caption: found.querySelector("caption")?.textContent,
    columns: [...found.querySelectorAll("thead th")].map((th) => [th.getAttribute("scope"), th.textContent]),
    rows: [...found.querySelectorAll("tbody tr")].map((tr) => [tr.querySelector('th[scope="row"]')?.textContent, tr.querySelectorAll("td").length]),
  };
}

describe("dashboard list pages", () => {
  it("say what to do first while there is nothing to list", async () => {
    for (const [page, title, link] of [
      ["discounts", "No discount codes yet", "Create your first code"],
      ["shipping", "No shipping rates yet", "Add your first rate"],
    ] as const) {
      const document = await render(page);
      expect(document.querySelector("h1")?.textContent, page).toBe(page === "discounts" ? "Discount codes" : "Shipping");
      expect(document.body.textContent, page).toContain(title);
      const add = [...document.querySelectorAll("a")].find((a) => a.textContent === link);
      expect(add?.getAttribute("href"), page).toBe(`/dashboard/${shop.slug}/${page}/new`);
      expect(document.querySelector("table"), page).toBeNull();
    }
  });

  it("list discount codes in a captioned table with a header per column and row", async () => {
    await makeDiscount(shop.id, { code: "WELCOME10" });
    const document = await render("discounts");
    expect(table(document)).toEqual({
      caption: "Your discount codes, newest first",
      columns: ["Code", "Discount", "Applies to", "Minimum", "Dates", "Used", "Status", "Actions"].map((c) => ["col", c]),
      rows: [["WELCOME10", 7]],
    });
    expect(document.querySelector("thead th:last-child span")?.className).toContain("sr-only");
  });

  it("list shipping rates the same way, with price and countries in their own columns", async () => {
    await makeShippingRate(shop.id, { name: "Colissimo", amount: 650, freeAboveAmount: 10_000, countries: ["FR"] });
    const document = await render("shipping");
    expect(table(document)).toMatchObject({
      caption: "Your shipping rates, in the order checkout offers them",
      columns: ["Rate", "Price", "Ships to", "Actions"].map((c) => ["col", c]),
      rows: [["Colissimo", 3]],
    });
    const cells = [...document.querySelectorAll("tbody td")].map((td) => td.textContent);
    expect(cells.slice(0, 2)).toEqual(["€6.50 · free above €100.00", "France"]);
  });

  it("list the team the same way, the signed-in member marked", async () => {
    expect(table(await render("staff"))).toEqual({
      caption: "The people who work on this shop",
      columns: ["Name", "Email", "Role", "Actions"].map((c) => ["col", c]),
      rows: [["Ada Owner (you)", 3]],
    });
  });
});

describe("the product list's filters", () => {
  it("label every setting, offer its choices in order, and show the view's own", () => {
    const view = parseListView({ status: "active", stock: "low", sort: "title", dir: "desc", collection: "c2" });
    const collections = [
      { id: "c1", title: "Mugs" },
      { id: "c2", title: "Tees" },
    ];
    const html = renderToStaticMarkup(createElement(ProductFilters, { base: "/dashboard/x/products", view, collections, filtered: true }));
    const document = new JSDOM(html).window.document;
    const settings = [...document.querySelectorAll("select")].map((select) => ({
      label: document.querySelector(`label[for="${select.id}"]`)?.textContent,
      name: select.name,
      options: [...select.options].map((o) => o.textContent),
      chosen: select.querySelector("option[selected]")?.getAttribute("value") ?? select.options[0]!.value,
    }));
    expect(settings).toEqual([
      { label: "Status", name: "status", options: ["Any status", "Active", "Draft", "Archived"], chosen: "active" },
      { label: "Collection", name: "collection", options: ["Any collection", "Mugs", "Tees"], chosen: "c2" },
      { label: "Stock", name: "stock", options: ["Any stock", "In stock", "Low stock", "Out of stock"], chosen: "low" },
      { label: "Sort by", name: "sort", options: ["Last updated", "Title", "Price", "Stock"], chosen: "title" },
      { label: "Order", name: "dir", options: ["Ascending", "Descending"], chosen: "desc" },
    ]);
  });
});
