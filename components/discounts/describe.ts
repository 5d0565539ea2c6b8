// How the list and the code's page word a code: "15 %", "€5.00", "3 products", "4 / 100".
import { formatMoney } from "@/lib/money/format";

type Described = {
  type: "PERCENTAGE" | "FIXED_AMOUNT";
  value: number;
  scope: "ORDER" | "PRODUCTS" | "COLLECTIONS";
  productIds: string[];
  collectionIds: string[];
};

const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 2 });

export function describeValue(d: Described, currency: string) {
  return d.type === "PERCENTAGE" ? percent.format(d.value / 10_000) : formatMoney(d.value, currency);
}

export function describeScope(d: Described) {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (d.scope === "PRODUCTS") return count(d.productIds.length, "product", "products");
  if (d.scope === "COLLECTIONS") return count(d.collectionIds.length, "collection", "collections");
  return "Whole order";
}

export function describeUsage(d: { usedCount: number; usageLimit: number | null }) {
  return `${d.usedCount.toLocaleString("en")} / ${d.usageLimit === null ? "no limit" : d.usageLimit.toLocaleString("en")}`;
}
