// GET a sample product CSV to fill in: every column the import reads, and two example
// products (one with sizes, one without) priced in the shop's currency.
import { stringify } from "csv-stringify/sync";
import { merchantRoute } from "@/app/_entry/merchant";
import { productRows, CSV_COLUMNS } from "@/lib/catalog/csv-format";

export const GET = merchantRoute("catalog", async ({ shop }) => {
  const rows = [[...CSV_COLUMNS], ...examples.flatMap((p) => productRows(p, shop.currency))];
  return new Response(stringify(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="minishop-products-template.csv"`,
      "Cache-Control": "no-store",
    },
  });
});

const variant = { option2: null, option3: null, compareAtAmount: null, trackStock: true };

const examples = [
  {
    handle: "linen-tee",
    title: "Linen Tee",
    descriptionMd: "A light tee in washed linen.",
    status: "ACTIVE",
    tags: ["summer", "linen"],
    lowStockThreshold: 5,
    options: [{ name: "Size", values: ["S", "M", "L"] }],
    variants: [
      { ...variant, option1: "S", sku: "TEE-LIN-S", priceAmount: 2900, stock: 10 },
      { ...variant, option1: "M", sku: "TEE-LIN-M", priceAmount: 2900, stock: 12 },
      { ...variant, option1: "L", sku: "TEE-LIN-L", priceAmount: 3100, compareAtAmount: 3500, stock: 4 },
    ],
    images: [],
  },
  {
    handle: "gift-card-note",
    title: "Gift Card Note",
    descriptionMd: "",
    status: "DRAFT",
    tags: [],
    lowStockThreshold: 0,
    options: [],
    variants: [{ ...variant, option1: null, sku: "NOTE", priceAmount: 300, trackStock: false, stock: 0 }],
    images: [],
  },
];
