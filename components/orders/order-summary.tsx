// The merchant's view of what was bought and what it came to: each line with what was sent and
// refunded, then subtotal, discount, shipping, tax, total, paid and refunded. Server component.
import { AmountRow, TotalRow } from "@/components/checkout/order-lines";

export type SummaryLine = {
  id: string;
  title: string;
  sku: string | null;
  quantity: number;
  fulfilled: number;
  refunded: number;
  price: string;
  total: string;
};
export type SummaryTotals = {
  subtotal: string;
  discount: string | null;
  shipping: string;
  tax: string;
  taxIncluded: boolean;
  total: string;
  paid: string;
  refunded: string | null;
};

const th = "px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase";

export function OrderSummary({ lines, totals }: { lines: SummaryLine[]; totals: SummaryTotals }) {
  return (
    <div className="space-y-4">
      <div className="overflow-x-auto rounded-lg border border-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Items</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={th}>
                Item
              </th>
              <th scope="col" className={`${th} text-right`}>
                Qty
              </th>
              <th scope="col" className={`${th} text-right`}>
                Sent
              </th>
              <th scope="col" className={`${th} text-right`}>
                Refunded
              </th>
              <th scope="col" className={`${th} text-right`}>
                Total
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {lines.map((l) => (
              <tr key={l.id}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {l.title}
                  <span className="block text-xs font-normal text-slate-600">
                    {l.price} each{l.sku ? ` · SKU ${l.sku}` : ""}
                  </span>
                </th>
                <td className="px-3 py-2 text-right tabular-nums">{l.quantity}</td>
                <td className="px-3 py-2 text-right tabular-nums">{l.fulfilled}</td>
                <td className="px-3 py-2 text-right tabular-nums">{l.refunded}</td>
                <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{l.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="ml-auto max-w-sm space-y-2 text-sm" aria-label="Totals">
        <AmountRow label="Subtotal" value={totals.subtotal} />
        {totals.discount ? <AmountRow label="Discount" value={`−${totals.discount}`} /> : null}
        <AmountRow label="Shipping" value={totals.shipping} />
        <AmountRow label={totals.taxIncluded ? "Tax (included)" : "Tax"} value={totals.tax} />
        <TotalRow label="Total" value={totals.total} />
        <AmountRow label="Paid" value={totals.paid} />
        {totals.refunded ? <AmountRow label="Refunded" value={`−${totals.refunded}`} /> : null}
      </dl>
    </div>
  );
}
