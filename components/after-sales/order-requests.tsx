// On the merchant's order page: the order's after-sales requests, each a link to its page (where
// the merchant answers), with its state and the units it names. Server component.
import Link from "next/link";
import { itemTitle, type OrderAfterSales } from "@/lib/orders/after-sales-requests";
import { KIND_WORDS, STATUS_WORDS, statusClass } from "./words";

type Props = { requests: OrderAfterSales["requests"]; base: string; dates: Intl.DateTimeFormat };

export function OrderRequests({ requests, base, dates }: Props) {
  if (!requests.length) return null;
  return (
    <ul className="space-y-2 text-sm">
      {requests.map((r) => (
        <li key={r.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Link href={`${base}/${r.id}`} className="font-medium text-teal-800 underline underline-offset-2">
            {KIND_WORDS[r.kind]}
          </Link>
          <span className={statusClass(r.status)}>{STATUS_WORDS[r.status]}</span>
          <span className="text-slate-700">{r.lines.map((l) => `${l.quantity} × ${itemTitle(l.orderLine)}`).join(", ")}</span>
          <span className="text-xs text-slate-600">
            <time dateTime={r.createdAt.toISOString()}>{dates.format(r.createdAt)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}
