// The shop's after-sales requests: open ones first, filtered by status and kind.
import type { Metadata } from "next";
import Link from "next/link";
import { HeadRow } from "@/components/after-sales/head-row";
import { KIND_WORDS, REASON_WORDS, STATUS_WORDS, statusClass } from "@/components/after-sales/words";
import { FilterActions, FilterSelect } from "@/components/forms/filters";
import { db } from "@/lib/db/client";
import { AFTER_SALES_KINDS } from "@/lib/orders/after-sales-rules";
import { listAfterSalesRequests, listFilterSchema } from "@/lib/orders/after-sales-requests";
import { shopDateTime } from "@/lib/shops/time-zones";
import { merchantPage } from "@/app/_entry/merchant";

export const metadata: Metadata = { title: "After-sales requests" };

type Props = { params: Promise<{ shop: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AfterSalesPage({ params, searchParams }: Props) {
  const { shop } = await merchantPage((await params).shop, "orders");
  const query = await searchParams;
  const filter = listFilterSchema.parse({ status: first(query.status), kind: first(query.kind), page: first(query.page) });
  const { requests, hasNext } = await listAfterSalesRequests(db, shop.id, filter);
  const base = `/dashboard/${shop.slug}/after-sales`;
  const pageLink = (page: number) =>
    `${base}?${new URLSearchParams({ ...(filter.status ? { status: filter.status } : {}), ...(filter.kind ? { kind: filter.kind } : {}), page: String(page) })}`;
  const filtered = !!(filter.status || filter.kind);
  const dates = shopDateTime(shop);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">After-sales requests</h1>
        <p className="mt-1 text-sm text-slate-600">Refunds, returns and exchanges shoppers asked for. Open requests come first.</p>
      </div>

      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter requests">
        <FilterSelect
          name="status"
          label="Status"
          value={filter.status ?? ""}
          options={[["", "All"], ["OPEN", "Open (requested or accepted)"], ...Object.entries(STATUS_WORDS)]}
        />
        <FilterSelect
          name="kind"
          label="Kind"
          value={filter.kind ?? ""}
          options={[["", "All"], ...AFTER_SALES_KINDS.map((k) => [k, KIND_WORDS[k]] as const)]}
        />
        <FilterActions submit="Filter" clearHref={filtered ? base : undefined} />
      </form>

      {requests.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center">
          <p className="font-medium text-slate-900">{filtered ? "No requests match these filters" : "No after-sales requests yet"}</p>
          <p className="mt-1 text-sm text-slate-600">
            {filtered ? "Try another status or kind." : "When a shopper asks for a refund, a return or an exchange from their order page, it appears here."}
          </p>
        </div>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">After-sales requests, open first, newest first</caption>
            <HeadRow columns={["Order", "Kind", "Reason", "Items", "Status", "Requested"]} />
            <tbody className="divide-y divide-slate-200">
              {requests.map((r) => (
                <tr key={r.id}>
                  <td className="px-3 py-2">
                    <Link href={`${base}/${r.id}`} className="font-medium text-teal-800 underline underline-offset-2">
                      #{r.order.number}
                    </Link>
                    <span className="block text-xs text-slate-600">{r.order.email}</span>
                  </td>
                  <td className="px-3 py-2">{KIND_WORDS[r.kind]}</td>
                  <td className="px-3 py-2">{REASON_WORDS[r.reason] ?? r.reason}</td>
                  <td className="px-3 py-2">
                    {r._count.lines} {r._count.lines === 1 ? "item" : "items"}
                    {r._count.photos ? `, ${r._count.photos} ${r._count.photos === 1 ? "photo" : "photos"}` : ""}
                  </td>
                  <td className="px-3 py-2">
                    <span className={statusClass(r.status)}>{STATUS_WORDS[r.status]}</span>
                  </td>
                  <td className="px-3 py-2">
                    <time dateTime={r.createdAt.toISOString()}>{dates.format(r.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(filter.page > 1 || hasNext) && (
        <nav aria-label="Pages" className="flex gap-4 text-sm">
          {filter.page > 1 && (
            <Link href={pageLink(filter.page - 1)} className="text-teal-800 underline underline-offset-2">
              Previous page
            </Link>
          )}
          {hasNext && (
            <Link href={pageLink(filter.page + 1)} className="text-teal-800 underline underline-offset-2">
              Next page
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
