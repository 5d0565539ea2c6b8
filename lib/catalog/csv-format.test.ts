import { describe, expect, it } from "vitest";
import { stringify } from "csv-stringify/sync";
import { CSV_COLUMNS, type CsvProduct, MAX_CSV_ROWS, parseAmount, parseProductsCsv, productRows } from "./csv-format";

const TEE: CsvProduct = {
  handle: "tee",
  title: "Tee",
  descriptionMd: "Soft **cotton**.\n\nTwo lines.",
  status: "ACTIVE",
  tags: ["summer", "cotton"],
  lowStockThreshold: 3,
  options: [{ name: "Size", values: ["S", "M"] }],
  variants: [
    { option1: "S", option2: null, option3: null, sku: "TEE-S", priceAmount: 2490, compareAtAmount: 2990, trackStock: true, stock: 4 },
    { option1: "M", option2: null, option3: null, sku: null, priceAmount: 2490, compareAtAmount: null, trackStock: false, stock: 0 },
  ],
  images: [
    { url: "/uploads/images/a.webp", alt: "Front" },
    { url: "/uploads/images/b.webp", alt: "" },
    { url: "/uploads/images/c.webp", alt: "Back" },
  ],
};

const csv = (rows: Record<string, string>[]) => stringify([CSV_COLUMNS as unknown as string[], ...rows.map((r) => CSV_COLUMNS.map((c) => r[c] ?? ""))]);

describe("prices", () => {
  it("converts decimal strings to minor units exactly, per currency", () => {
    expect(parseAmount("0.29", "EUR")).toBe(29); // 0.29 * 100 is 28.999999999999996 in floating point
    expect(parseAmount("19.99", "USD")).toBe(1999);
    expect(parseAmount("24", "EUR")).toBe(2400);
    expect(parseAmount("1200.00", "JPY")).toBe(1200); // Shopify writes two decimals for every currency
    expect(parseAmount("1.250", "KWD")).toBe(1250);
    expect(parseAmount("12.345", "EUR")).toBeNull(); // no silent rounding
    expect(parseAmount("-5", "EUR")).toBeNull();
    expect(parseAmount("1,200.00", "EUR")).toBeNull();
  });
});

describe("export rows", () => {
  it("writes one row per variant with product fields on the first, and extra rows for extra images", () => {
    const rows = productRows(TEE, "EUR").map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      Handle: "tee",
      Title: "Tee",
      Tags: "summer, cotton",
      Published: "TRUE",
      Status: "active",
      "Option1 Name": "Size",
      "Option1 Value": "S",
      "Variant Price": "24.90",
      "Variant Compare At Price": "29.90",
      "Variant Inventory Tracker": "shopify",
      "Variant Inventory Qty": "4",
      "Image Src": "/uploads/images/a.webp",
      "Image Position": "1",
    });
    expect(rows[1]).toMatchObject({
      Handle: "tee",
      Title: "",
      "Option1 Name": "",
      "Option1 Value": "M",
      "Variant SKU": "",
      "Variant Inventory Tracker": "",
      "Variant Compare At Price": "",
    });
    expect(rows[2]).toMatchObject({
      Handle: "tee",
      "Option1 Value": "",
      "Variant Price": "",
      "Image Src": "/uploads/images/c.webp",
      "Image Position": "3",
      "Image Alt Text": "Back",
    });
  });

  it("writes a product without options the way Shopify does", () => {
    const [row] = productRows({ ...TEE, options: [], variants: [{ ...TEE.variants[0], option1: null }], images: [] }, "JPY");
    expect(row.slice(5, 7)).toEqual(["Title", "Default Title"]);
    expect(row[CSV_COLUMNS.indexOf("Variant Price")]).toBe("2490");
  });

  it("keeps spreadsheet formulas from running, and reads them back unchanged", () => {
    const evil = { ...TEE, title: '=HYPERLINK("http://x")', tags: ["-sale"] };
    const [row] = productRows(evil, "EUR");
    expect(row[1]).toBe('\'=HYPERLINK("http://x")');
    const parsed = parseProductsCsv(stringify([[...CSV_COLUMNS], ...productRows(evil, "EUR")]), "EUR");
    expect(parsed.products[0].input).toMatchObject({ title: evil.title, tags: ["-sale"] });
  });
});

describe("parseProductsCsv", () => {
  it("reads back what it writes", () => {
    const { products, errors, warnings } = parseProductsCsv(stringify([[...CSV_COLUMNS], ...productRows(TEE, "EUR")]), "EUR");
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(products).toHaveLength(1);
    expect(products[0]).toMatchObject({
      handle: "tee",
      row: 2,
      variantRows: [2, 3],
      input: { title: "Tee", descriptionMd: TEE.descriptionMd, status: "ACTIVE", tags: ["summer", "cotton"], lowStockThreshold: 3, options: TEE.options },
      images: [
        { url: "/uploads/images/a.webp", alt: "Front", row: 2 },
        { url: "/uploads/images/b.webp", alt: "", row: 3 },
        { url: "/uploads/images/c.webp", alt: "Back", row: 4 },
      ],
    });
    expect(products[0].input.variants).toEqual([
      { option1: "S", option2: null, option3: null, sku: "TEE-S", priceAmount: 2490, compareAtAmount: 2990, trackStock: true, stock: 4 },
      { option1: "M", option2: null, option3: null, sku: null, priceAmount: 2490, compareAtAmount: null, trackStock: false, stock: 0 },
    ]);
  });

  it("reports each bad cell with its spreadsheet row and column", () => {
    const { errors } = parseProductsCsv(
      csv([
        { Handle: "mug", Title: "Mug", "Option1 Name": "Colour", "Option1 Value": "Red", "Variant Price": "12.00", "Variant SKU": "M-1" },
        { Handle: "mug", "Option1 Value": "Blue", "Variant Price": "12,5" },
        { Handle: "", Title: "Orphan" },
        {
          Handle: "tee",
          Title: "",
          "Option1 Name": "Title",
          "Option1 Value": "Default Title",
          "Variant Price": "10",
          "Variant SKU": "M-1",
          "Variant Inventory Qty": "many",
        },
        { Handle: "cap", Title: "Cap", "Option1 Name": "Size", "Option1 Value": "M", "Option2 Value": "Red", "Variant Price": "5", Status: "sold" },
      ]),
      "EUR",
    );
    expect(errors).toEqual([
      { row: 3, column: "Variant Price", message: "Enter a price like 12.50" },
      { row: 4, column: "Handle", message: "Every row needs the handle of its product" },
      { row: 5, column: "Title", message: "Enter a title" },
      { row: 5, column: "Variant Inventory Qty", message: expect.any(String) },
      { row: 6, column: "Option2 Value", message: "There is no Option2 Name on the product's first row" },
      { row: 6, column: "Status", message: "Choose Draft, Active or Archived" },
    ]);
  });

  it("refuses one SKU on two products of the file", () => {
    const { errors } = parseProductsCsv(
      csv([
        { Handle: "a", Title: "A", "Variant Price": "1", "Variant SKU": "X" },
        { Handle: "b", Title: "B", "Variant Price": "1", "Variant SKU": "X" },
      ]),
      "EUR",
    );
    expect(errors).toEqual([{ row: 3, column: "Variant SKU", message: "SKU X is also used by product a in this file" }]);
  });

  it("reads a Shopify export: extra columns ignored, rows of a handle grouped, missing combinations reported", () => {
    const shopify = [
      "Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Variant SKU,Variant Grams,Variant Inventory Tracker,Variant Inventory Qty,Variant Price,Variant Compare At Price,Image Src,Image Position,Status",
      'example-t-shirt,Example T-Shirt,"<p>Soft</p>",Acme,Shirts,"mens, summer",true,Size,Small,Color,Black,,200,shopify,-2,19.99,24.99,https://cdn.shopify.com/a.jpg,1,active',
      "example-t-shirt,,,,,,,,Small,,White,,200,shopify,5,19.99,,,,",
      "example-t-shirt,,,,,,,,Medium,,Black,,200,,0,21.00,,,,",
    ].join("\r\n");
    const { products, errors, warnings } = parseProductsCsv(shopify, "USD");
    expect(errors).toEqual([]);
    expect(products[0].input).toMatchObject({
      title: "Example T-Shirt",
      status: "ACTIVE",
      tags: ["mens", "summer"],
      options: [
        { name: "Size", values: ["Small", "Medium"] },
        { name: "Color", values: ["Black", "White"] },
      ],
    });
    expect(products[0].input.variants!.map((v) => [v.option1, v.option2, v.priceAmount, v.stock, v.trackStock])).toEqual([
      ["Small", "Black", 1999, 0, true],
      ["Small", "White", 1999, 5, true],
      ["Medium", "Black", 2100, 0, false],
    ]);
    expect(warnings.map((w) => [w.row, w.column])).toEqual([
      [2, "Variant Inventory Qty"],
      [2, "Option1 Value"],
    ]);
  });

  it("refuses files that are not product CSVs or too long, with one clear message", () => {
    const fileError = (text: string) => {
      const parsed = parseProductsCsv(text, "EUR");
      expect(parsed.products).toEqual([]);
      return parsed.file;
    };
    expect(fileError("name,price\nTee,10\n")).toMatch(/no Handle or Title column/);
    expect(fileError('Handle,Title\n"unterminated,x\n')).toMatch(/not a readable CSV/);
    expect(fileError(`Handle,Title\n${"a,A\n".repeat(MAX_CSV_ROWS + 1)}`)).toMatch(/more than 10000 rows/);
  });
});
