// Small labels of the product table. Colour is never the only signal: each badge is a word.
import type { StockStatus } from "@/lib/catalog/summaries";

const STATUS = {
  ACTIVE: { label: "Active", className: "bg-emerald-50 text-emerald-900 ring-emerald-200" },
  DRAFT: { label: "Draft", className: "bg-slate-100 text-slate-800 ring-slate-300" },
  ARCHIVED: { label: "Archived", className: "bg-amber-50 text-amber-900 ring-amber-200" },
} as const;

const badge = "inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

export function StatusBadge({ status }: { status: keyof typeof STATUS }) {
  const { label, className } = STATUS[status];
  return <span className={`${badge} ${className}`}>{label}</span>;
}

export function StockBadge({ status }: { status: StockStatus }) {
  if (status === "out_of_stock") return <span className={`${badge} bg-red-50 text-red-800 ring-red-200`}>Out of stock</span>;
  if (status === "low_stock") return <span className={`${badge} bg-amber-50 text-amber-900 ring-amber-200`}>Low stock</span>;
  return null;
}
