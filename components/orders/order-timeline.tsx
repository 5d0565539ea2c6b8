// The order's history, oldest first, in the merchant's words: created, paid, parcels sent,
// mails, delivered, refunds, cancelled, after-sales requests and their answers, and the team's
// internal notes. Server component.
import { KIND_WORDS, REASON_WORDS } from "@/components/after-sales/words";
import type { AfterSalesKind } from "@/lib/generated/prisma/enums";
import type { TimelineEntry } from "@/lib/orders/merchant-orders";

const WORDS: Record<string, string> = {
  "order.created": "Order placed",
  "order.paid": "Payment received",
  "order.paid_late": "Payment received after the order had closed",
  "payment.refund_required": "Payment received too late: refund required",
  "order.confirmation_mailed": "Order confirmation mailed",
  "order.partially_fulfilled": "Items sent",
  "order.fulfilled": "Order fulfilled",
  "order.shipment_mailed": "Shipment mail sent",
  "order.delivered": "Marked delivered",
  "order.refunded": "Refunded",
  "order.refund_updated": "Refund updated by the provider",
  "order.refund_failed": "Refund failed at the provider",
  "order.cancelled": "Order cancelled",
  "order.after_sales_requested": "After-sales request received",
  "order.after_sales_accepted": "After-sales request accepted",
  "order.after_sales_rejected": "After-sales request rejected",
  "order.after_sales_completed": "After-sales request completed",
  "order.after_sales_withdrawn": "After-sales request withdrawn by the shopper",
  "order.after_sales_mailed": "After-sales mail sent",
  note: "Note",
};

type Props = { entries: TimelineEntry[]; dates: Intl.DateTimeFormat; money: (amount: number) => string };

function detail(entry: TimelineEntry, money: (amount: number) => string) {
  const data = (entry.data ?? {}) as Record<string, unknown>;
  if (entry.kind === "note") return String(data.body ?? "");
  const parts: string[] = [];
  if (typeof data.kind === "string") parts.push(KIND_WORDS[data.kind as AfterSalesKind] ?? data.kind);
  if (typeof data.reason === "string" && entry.action === "order.after_sales_requested") parts.push(REASON_WORDS[data.reason] ?? data.reason);
  if (typeof data.rejectionReason === "string") parts.push(`“${data.rejectionReason}”`);
  if (typeof data.amount === "number" && (data.amount > 0 || entry.action !== "order.after_sales_completed")) parts.push(money(data.amount));
  if (typeof data.refunded === "number" && data.refunded > 0) parts.push(`${money(data.refunded)} refunded`);
  if (data.carrier) parts.push(String(data.carrier));
  if (data.trackingNumber) parts.push(`tracking ${String(data.trackingNumber)}`);
  if (data.to) parts.push(`to ${String(data.to)}`);
  if (data.restock === true) parts.push("items restocked");
  return parts.join(" · ");
}

export function OrderTimeline({ entries, dates, money }: Props) {
  return (
    <ol className="space-y-3 border-l border-slate-200 pl-4">
      {entries.map((e, i) => (
        <li key={i} className="relative">
          <span aria-hidden className="absolute top-1.5 -left-[1.3rem] size-2 rounded-full bg-slate-400" />
          <p className="text-sm font-medium text-slate-900">
            {WORDS[e.action] ?? e.action}
            {e.actorName ? <span className="font-normal text-slate-600"> · {e.actorName}</span> : null}
          </p>
          {detail(e, money) ? (
            <p className={`text-sm ${e.kind === "note" ? "whitespace-pre-line text-slate-800" : "text-slate-600"}`}>{detail(e, money)}</p>
          ) : null}
          <p className="text-xs text-slate-600">
            <time dateTime={e.at.toISOString()}>{dates.format(e.at)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
