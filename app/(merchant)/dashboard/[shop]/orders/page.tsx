import type { Metadata } from "next";
import Link from "next/link";
import { OrderFilters, type OrderView } from "@/components/orders/order-filters";
import { type OrderListRow, OrderTable } from "@/components/orders/order-table";
import { db } from "@/lib/db/client";
import { formatMoney } from "@/lib/money/format";
import { listOrders, type OrderRow } from "@/lib/orders/merchant-orders";
import { shopDateTime } from "@/lib/shops/time-zones";
import { merchantPage } from "@/app/_entry/merchant";

export const metadata: Metadata = { title: "Orders" };

type Props = { params: Promise<{ shop: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const VIEW_KEYS = ["q", "payment", "fulfilment", "from", "to"] as const;
const link = "rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50";

/** The view's settings from the address (the first of each, empty ones dropped). */
function viewOf(search: Record<string, string | string[] | undefined>) {
  const first = (key: string) => [search[key]].flat()[0]?.trim() || undefined;
  const view: OrderView = Object.fromEntries(VIEW_KEYS.flatMap((k) => (first(k) ? [[k, first(k)]] : [])));
  return { view, after: first("after"), before: first("before") };
}

function query(view: OrderView, extra: Record<string, string> = {}) {
  const params = new URLSearchParams({ ...(view as Record<string, string>), ...extra });
  const text = params.toString();
  return text ? `?${text}` : "";
}

// One statement per page (listOrders: keyset on the shop's createdAt index), at any depth.
export default async function OrdersPage({ params, searchParams }: Props) {
  const { shop } = await merchantPage((await params).shop, "orders");
  const { view, after, before } = viewOf(await searchParams);
  const base = `/dashboard/${shop.slug}/orders`;
  const list = await listOrders(db, shop.id, { ...view, after, before });
  const filtered = Object.keys(view).length > 0;
  const dates = shopDateTime(shop);
  const rows = list.orders.map((o) => toRow(o, base, shop.defaultLocale, dates));
  const paged = Boolean(after || before);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Orders</h1>
        <a href={`/api/shops/${shop.id}/orders/export${query(view)}`} download className={link}>
          Export CSV
        </a>
      </div>

      {rows.length === 0 && !filtered && !paged ? (
        <div className="rounded-lg border border-dashed border-slate-300 px-6 py-12 text-center">
          <h2 className="text-lg font-semibold">No orders yet</h2>
          <p className="mt-1 text-sm text-slate-600">When shoppers buy from your shop, their orders appear here to fulfil and refund.</p>
          <Link href={`/s/${shop.slug}`} className="mt-4 inline-block text-sm font-medium text-teal-800 underline underline-offset-2">
            View your shop
          </Link>
        </div>
      ) : (
        <>
          <OrderFilters base={base} view={view} filtered={filtered} />
          {rows.length ? (
            <OrderTable rows={rows} />
          ) : (
            <div className="rounded-lg border border-slate-200 px-4 py-8 text-center">
              <h2 className="font-semibold">No orders match these filters</h2>
              <p className="mt-1 text-sm text-slate-600">
                Try another search, or{" "}
                <Link href={base} className="font-medium text-teal-800 underline underline-offset-2">
                  clear the filters
                </Link>
                .
              </p>
            </div>
          )}
          {(list.prev || list.next) && (
            <nav aria-label="Pages" className="flex flex-wrap items-center justify-end gap-3">
              {list.prev && (
                <Link href={`${base}${query(view, { before: list.prev })}`} rel="prev" className={link}>
                  Previous
                </Link>
              )}
              {list.next && (
                <Link href={`${base}${query(view, { after: list.next })}`} rel="next" className={link}>
                  Next
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </div>
  );
}

function toRow(o: OrderRow, base: string, locale: string, dates: Intl.DateTimeFormat): OrderListRow {
  return {
    id: o.id,
    number: o.number,
    href: `${base}/${o.number}`,
    date: dates.format(o.createdAt),
    dateTime: o.createdAt.toISOString(),
    customer: o.name || o.email,
    email: o.email,
    status: o.status,
    fulfillmentStatus: o.fulfillmentStatus,
    totalAmount: o.totalAmount,
    refundedAmount: o.refundedAmount,
    total: formatMoney(o.totalAmount, o.currency, locale),
  };
}
