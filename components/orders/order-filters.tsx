// Search and filters of the order list: a plain GET form, so the address holds the view (it can
// be shared, bookmarked, and the back button returns to it) and it works without JavaScript.
import Link from "next/link";
import type { FULFILMENT_FILTERS, PAYMENT_FILTERS } from "@/lib/orders/merchant-orders";

export type OrderView = { q?: string; payment?: string; fulfilment?: string; from?: string; to?: string };

export const PAYMENT_LABELS: Record<(typeof PAYMENT_FILTERS)[number], string> = {
  pending: "Awaiting payment",
  paid: "Paid",
  partially_refunded: "Partially refunded",
  refunded: "Refunded",
  cancelled: "Cancelled",
  expired: "Expired",
};
export const FULFILMENT_FILTER_LABELS: Record<(typeof FULFILMENT_FILTERS)[number], string> = {
  unfulfilled: "Unfulfilled",
  partial: "Partially fulfilled",
  fulfilled: "Fulfilled",
  delivered: "Delivered",
};

const control = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 focus:border-teal-700";
const label = "block text-sm font-medium text-slate-900";

export function OrderFilters({ base, view, filtered }: { base: string; view: OrderView; filtered: boolean }) {
  return (
    <form
      key={JSON.stringify(view)}
      method="get"
      action={base}
      role="search"
      aria-label="Orders"
      className="grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <div className="sm:col-span-2">
        <label htmlFor="orders-q" className={label}>
          Search orders
        </label>
        <input id="orders-q" name="q" type="search" defaultValue={view.q} placeholder="Number, email or name" maxLength={200} className={control} />
      </div>
      <div>
        <label htmlFor="orders-payment" className={label}>
          Payment
        </label>
        <select id="orders-payment" name="payment" defaultValue={view.payment ?? ""} className={control}>
          <option value="">Any payment</option>
          {Object.entries(PAYMENT_LABELS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="orders-fulfilment" className={label}>
          Fulfilment
        </label>
        <select id="orders-fulfilment" name="fulfilment" defaultValue={view.fulfilment ?? ""} className={control}>
          <option value="">Any fulfilment</option>
          {Object.entries(FULFILMENT_FILTER_LABELS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="orders-from" className={label}>
          From
        </label>
        <input id="orders-from" name="from" type="date" defaultValue={view.from} className={control} />
      </div>
      <div>
        <label htmlFor="orders-to" className={label}>
          To
        </label>
        <input id="orders-to" name="to" type="date" defaultValue={view.to} className={control} />
      </div>
      <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-6">
        <button type="submit" className="rounded-md bg-teal-700 px-4 py-2 text-sm font-medium text-white hover:bg-teal-800">
          Apply
        </button>
        {filtered && (
          <Link href={base} className="text-sm text-teal-800 underline underline-offset-2">
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}
