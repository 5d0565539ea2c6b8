// The order list's table: number (a link to the order), date, customer, payment and fulfilment
// as words, total. Dates and money are formatted by the page (Intl, the shop's language).
import Link from "next/link";
import { FulfilmentBadge, PaymentBadge } from "./badges";
import { FigureCell, HeadCell } from "./table-cells";

export type OrderListRow = {
  id: string;
  number: number;
  href: string;
  date: string;
  dateTime: string;
  customer: string;
  email: string;
  status: string;
  fulfillmentStatus: string;
  totalAmount: number;
  refundedAmount: number;
  total: string;
};

export function OrderTable({ rows }: { rows: OrderListRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Orders, newest first</caption>
        <thead className="bg-slate-50">
          <tr>
            <HeadCell>Order</HeadCell>
            <HeadCell>Date</HeadCell>
            <HeadCell>Customer</HeadCell>
            <HeadCell>Payment</HeadCell>
            <HeadCell>Fulfilment</HeadCell>
            <HeadCell numeric>Total</HeadCell>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((o) => (
            <tr key={o.id} className="hover:bg-slate-50">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link href={o.href} className="text-teal-800 underline underline-offset-2">
                  #{o.number}
                </Link>
              </th>
              <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                <time dateTime={o.dateTime}>{o.date}</time>
              </td>
              <td className="px-3 py-2">
                <span className="block text-slate-900">{o.customer}</span>
                {o.customer !== o.email && <span className="block text-xs text-slate-600">{o.email}</span>}
              </td>
              <td className="px-3 py-2">
                <PaymentBadge status={o.status} totalAmount={o.totalAmount} refundedAmount={o.refundedAmount} />
              </td>
              <td className="px-3 py-2">
                <FulfilmentBadge status={o.fulfillmentStatus} />
              </td>
              <FigureCell money>{o.total}</FigureCell>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
