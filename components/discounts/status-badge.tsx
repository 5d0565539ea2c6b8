// A code's status as a word (never colour alone), as the list and the code's page show it.
import { STATUS_LABELS, type DiscountStatus } from "@/lib/discounts/status";

const STYLE: Record<DiscountStatus, string> = {
  active: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  scheduled: "bg-sky-50 text-sky-900 ring-sky-200",
  expired: "bg-slate-100 text-slate-800 ring-slate-300",
  used_up: "bg-amber-50 text-amber-900 ring-amber-200",
  disabled: "bg-slate-100 text-slate-800 ring-slate-300",
};

export function DiscountStatusBadge({ status }: { status: DiscountStatus }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${STYLE[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}
