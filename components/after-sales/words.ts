// The merchant's words for after-sales requests (the dashboard is English; shoppers see the
// catalogue's afterSales.* messages).
import type { AfterSalesKind, AfterSalesStatus } from "@/lib/generated/prisma/enums";

export const KIND_WORDS: Record<AfterSalesKind, string> = { REFUND_ONLY: "Refund only", RETURN_AND_REFUND: "Return and refund", EXCHANGE: "Exchange" };
export const STATUS_WORDS: Record<AfterSalesStatus, string> = {
  REQUESTED: "Requested",
  ACCEPTED: "Accepted",
  COMPLETED: "Completed",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
};
export const REASON_WORDS: Record<string, string> = {
  damaged: "Arrived damaged",
  wrong_item: "Wrong item sent",
  not_as_described: "Not as described",
  missing_parts: "Parts missing",
  size_fit: "Size or fit",
  changed_mind: "Changed their mind",
  late: "Arrived too late",
  other: "Other",
};

const STATUS_STYLE: Record<AfterSalesStatus, string> = {
  REQUESTED: "bg-amber-100 text-amber-900",
  ACCEPTED: "bg-sky-100 text-sky-900",
  COMPLETED: "bg-teal-100 text-teal-900",
  REJECTED: "bg-slate-200 text-slate-800",
  WITHDRAWN: "bg-slate-200 text-slate-800",
};
export const statusClass = (s: AfterSalesStatus) => `inline-block rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[s]}`;
