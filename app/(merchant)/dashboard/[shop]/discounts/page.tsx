import type { Metadata } from "next";
import Link from "next/link";
import { DeleteButton } from "@/components/catalog/delete-button";
import { describeScope, describeUsage, describeValue } from "@/components/discounts/describe";
import { LocalDateTime } from "@/components/discounts/local-date";
import { DiscountStatusBadge } from "@/components/discounts/status-badge";
import { RowAction } from "@/components/shops/row-action";
import { db } from "@/lib/db/client";
import { listDiscounts } from "@/lib/discounts/discounts";
import { discountStatus } from "@/lib/discounts/status";
import { formatMoney } from "@/lib/money/format";
import { merchantPage } from "@/app/_entry/merchant";
import { deleteDiscountAction, setDiscountEnabledAction } from "./actions";

export const metadata: Metadata = { title: "Discount codes" };

type Props = { params: Promise<{ shop: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 80);

export default async function DiscountsPage({ params, searchParams }: Props) {
  const { shop } = await merchantPage((await params).shop, "discounts");
  const query = await searchParams;
  const discounts = await listDiscounts(db, shop.id);
  const now = new Date();
  const base = `/dashboard/${shop.slug}/discounts`;
  // Only names that can be real: the address bar can't make the page say something else.
  const created = discounts.find((d) => d.code === first(query.created))?.code;
  const deleted = /^[A-Z0-9_-]{1,32}$/.exec(first(query.deleted) ?? "")?.[0];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Discount codes</h1>
          <p className="mt-1 text-sm text-slate-600">Codes shoppers enter at checkout for money off the whole order or chosen products.</p>
        </div>
        <Link href={`${base}/new`} className="rounded-md bg-teal-700 px-4 py-2 text-sm font-medium text-white hover:bg-teal-800">
          New code
        </Link>
      </div>
      {(created || deleted) && (
        <p role="status" className="rounded-md border border-teal-200 bg-teal-50 px-4 py-2 text-sm text-teal-900">
          {created ? `Code ${created} created.` : `Code ${deleted} deleted.`}
        </p>
      )}

      {discounts.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center">
          <p className="font-medium text-slate-900">No discount codes yet</p>
          <p className="mt-1 text-sm text-slate-600">Create a code like WELCOME10 to thank new shoppers or run a sale.</p>
          <Link href={`${base}/new`} className="mt-4 inline-block text-sm font-medium text-teal-800 underline underline-offset-2">
            Create your first code
          </Link>
        </div>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200">
          <table className="w-full min-w-[56rem] text-left text-sm">
            <caption className="sr-only">Your discount codes, newest first</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Code
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Discount
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Applies to
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Minimum
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Dates
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Used
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Status
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {discounts.map((d) => (
                <tr key={d.id}>
                  <th scope="row" className="px-3 py-2 font-mono font-semibold">
                    <Link href={`${base}/${d.id}`} className="text-teal-900 underline-offset-2 hover:underline">
                      {d.code}
                    </Link>
                  </th>
                  <td className="px-3 py-2 tabular-nums">
                    {describeValue(d, shop.currency)}
                    {d.combinable && <span className="block text-xs text-slate-600">Combines</span>}
                  </td>
                  <td className="px-3 py-2">{describeScope(d)}</td>
                  <td className="px-3 py-2 tabular-nums">{d.minSubtotalAmount ? formatMoney(d.minSubtotalAmount, shop.currency) : "None"}</td>
                  <td className="px-3 py-2">
                    {d.startsAt || d.endsAt ? (
                      <>
                        {d.startsAt && (
                          <span className="block">
                            From <LocalDateTime value={d.startsAt.toISOString()} />
                          </span>
                        )}
                        {d.endsAt && (
                          <span className="block">
                            Until <LocalDateTime value={d.endsAt.toISOString()} />
                          </span>
                        )}
                      </>
                    ) : (
                      "Always"
                    )}
                  </td>
                  <td className="px-3 py-2 tabular-nums">
                    {describeUsage(d)}
                    {d.perCustomerLimit !== null && <span className="block text-xs text-slate-600">{d.perCustomerLimit} per customer</span>}
                  </td>
                  <td className="px-3 py-2">
                    <DiscountStatusBadge status={discountStatus(d, now)} />
                  </td>
                  <td className="px-3 py-2">
                    <div className="flex items-start justify-end gap-2">
                      <Link
                        href={`${base}/${d.id}`}
                        aria-label={`Edit ${d.code}`}
                        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100"
                      >
                        Edit
                      </Link>
                      <RowAction
                        action={setDiscountEnabledAction.bind(null, shop.slug, d.id, !d.active)}
                        label={d.active ? "Disable" : "Enable"}
                        pendingLabel={d.active ? "Disabling…" : "Enabling…"}
                        accessibleLabel={`${d.active ? "Disable" : "Enable"} ${d.code}`}
                      />
                      {!d.used && (
                        <DeleteButton
                          action={deleteDiscountAction.bind(null, shop.slug, d.id, false)}
                          label={`Delete ${d.code}`}
                          title={`Delete the code ${d.code}?`}
                          confirmLabel="Delete code"
                        >
                          <p>No order has used it. Shoppers who try it will be told it isn&apos;t valid.</p>
                        </DeleteButton>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {discounts.some((d) => d.used) && (
        <p className="text-sm text-slate-600">Codes that orders used can&apos;t be deleted, so the orders keep their record: disable them instead.</p>
      )}
    </div>
  );
}
