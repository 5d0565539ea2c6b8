// Search and filters of the order list: a plain GET form, so the address holds the view (it can
// be shared, bookmarked, and the back button returns to it) and it works without JavaScript.
import { FilterActions, FilterDate, FilterSearch, FilterSelect } from "@/components/forms/filters";
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
  to_fulfil: "To fulfil (paid, items left to send)",
  unfulfilled: "Unfulfilled",
  partial: "Partially fulfilled",
  fulfilled: "Fulfilled",
  delivered: "Delivered",
};

const PAYMENT_OPTIONS = [["", "Any payment"], ...Object.entries(PAYMENT_LABELS)] as const;
const FULFILMENT_OPTIONS = [["", "Any fulfilment"], ...Object.entries(FULFILMENT_FILTER_LABELS)] as const;

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
      <FilterSearch id="orders-q" label="Search orders" value={view.q} placeholder="Number, email or name" />
      <FilterSelect id="orders-payment" name="payment" label="Payment" value={view.payment ?? ""} options={PAYMENT_OPTIONS} />
      <FilterSelect id="orders-fulfilment" name="fulfilment" label="Fulfilment" value={view.fulfilment ?? ""} options={FULFILMENT_OPTIONS} />
      <FilterDate id="orders-from" name="from" label="From" value={view.from} />
      <FilterDate id="orders-to" name="to" label="To" value={view.to} />
      <FilterActions className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-6" clearHref={filtered ? base : undefined} />
    </form>
  );
}
