import type { Metadata } from "next";
import Link from "next/link";
import { DeleteButton } from "@/components/catalog/delete-button";
import { describeScope, describeUsage, describeValue } from "@/components/discounts/describe";
import { EmptyState, ListHeader, ListNotice, RecordTable } from "@/components/dashboard/record-list";
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
      <ListHeader
        title="Discount codes"
        description="Codes shoppers enter at checkout for money off the whole order or chosen products."
        add={{ href: `${base}/new`, label: "New code" }}
      />
      {(created || deleted) && <ListNotice>{created ? `Code ${created} created.` : `Code ${deleted} deleted.`}</ListNotice>}

      {discounts.length === 0 ? (
        <EmptyState title="No discount codes yet" action={{ href: `${base}/new`, label: "Create your first code" }}>
          Create a code like WELCOME10 to thank new shoppers or run a sale.
        </EmptyState>
      ) : (
        <RecordTable
          caption="Your discount codes, newest first"
          columns={["Code", "Discount", "Applies to", "Minimum", "Dates", "Used", "Status", { label: "Actions", hidden: true }]}
          minWidth="min-w-[56rem]"
        >
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
        </RecordTable>
      )}
      {discounts.some((d) => d.used) && (
        <p className="text-sm text-slate-600">Codes that orders used can&apos;t be deleted, so the orders keep their record: disable them instead.</p>
      )}
    </div>
  );
}
