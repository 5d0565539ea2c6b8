// An order's payment and fulfilment as words (colour is never the only signal), the same on the
// list and on the order page. The payment word counts refunds, as the list's payment filter does.
import type { FulfillmentStatus, OrderStatus } from "@/lib/generated/prisma/enums";

const badge = "inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";
const GREEN = "bg-emerald-50 text-emerald-900 ring-emerald-200";
const AMBER = "bg-amber-50 text-amber-900 ring-amber-200";
const GREY = "bg-slate-100 text-slate-800 ring-slate-300";
const BLUE = "bg-sky-50 text-sky-900 ring-sky-200";

type Payment = { status: OrderStatus | string; totalAmount: number; refundedAmount: number };

export function paymentWord({ status, totalAmount, refundedAmount }: Payment): [string, string] {
  if (refundedAmount > 0 && refundedAmount >= totalAmount) return ["Refunded", GREY];
  if (status === "PAID") return refundedAmount > 0 ? ["Partially refunded", AMBER] : ["Paid", GREEN];
  if (status === "PENDING") return ["Awaiting payment", AMBER];
  if (status === "CANCELLED") return ["Cancelled", GREY];
  return ["Expired", GREY];
}

export function PaymentBadge(props: Payment) {
  const [label, style] = paymentWord(props);
  return <span className={`${badge} ${style}`}>{label}</span>;
}

export const FULFILMENT_LABELS: Record<FulfillmentStatus, string> = {
  UNFULFILLED: "Unfulfilled",
  PARTIAL: "Partially fulfilled",
  FULFILLED: "Fulfilled",
  DELIVERED: "Delivered",
};
const FULFILMENT_STYLE: Record<FulfillmentStatus, string> = { UNFULFILLED: AMBER, PARTIAL: BLUE, FULFILLED: GREEN, DELIVERED: GREEN };

export function FulfilmentBadge({ status }: { status: FulfillmentStatus | string }) {
  const known = status as FulfillmentStatus;
  return <span className={`${badge} ${FULFILMENT_STYLE[known] ?? GREY}`}>{FULFILMENT_LABELS[known] ?? status}</span>;
}
