// The merchant's view of what was bought and what it came to: each line with what was sent and
// refunded, then subtotal, discount, shipping, tax, total, paid and refunded. Server component.
import { AmountRow, TotalRow } from "@/components/checkout/order-lines";
import { FigureCell, HeadCell } from "./table-cells";

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

export function OrderSummary({ lines, totals }: { lines: SummaryLine[]; totals: SummaryTotals }) {
  return (
    <div className="space-y-4">
      <div className="overflow-x-auto rounded-lg border border-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Items</caption>
          <thead className="bg-slate-50">
            <tr>
              <HeadCell>Item</HeadCell>
              <HeadCell numeric>Qty</HeadCell>
              <HeadCell numeric>Sent</HeadCell>
              <HeadCell numeric>Refunded</HeadCell>
              <HeadCell numeric>Total</HeadCell>
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
                <FigureCell>{l.quantity}</FigureCell>
                <FigureCell>{l.fulfilled}</FigureCell>
                <FigureCell>{l.refunded}</FigureCell>
                <FigureCell money>{l.total}</FigureCell>
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
