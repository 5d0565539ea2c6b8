import type { Metadata } from "next";
import Link from "next/link";
import { DeleteButton } from "@/components/catalog/delete-button";
import { EmptyState, ListHeader, ListNotice, RecordTable } from "@/components/dashboard/record-list";
import { RowAction } from "@/components/shops/row-action";
import { countryOptions } from "@/lib/checkout/countries";
import { db } from "@/lib/db/client";
import { formatMoney } from "@/lib/money/format";
import { listShippingRates } from "@/lib/shipping/rates";
import { merchantPage } from "@/app/_entry/merchant";
import { deleteShippingRateAction, setShippingRateEnabledAction } from "./actions";

export const metadata: Metadata = { title: "Shipping" };

type Props = { params: Promise<{ shop: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ShippingPage({ params, searchParams }: Props) {
  const { shop } = await merchantPage((await params).shop, "settings");
  const query = await searchParams;
  const rates = await listShippingRates(db, shop.id);
  const base = `/dashboard/${shop.slug}/shipping`;
  const money = (amount: number) => formatMoney(amount, shop.currency);
  const countries = (codes: string[]) =>
    codes.length
      ? countryOptions("en", codes)
          .map((c) => c.name)
          .join(", ")
      : "Everywhere";
  // Only a name the shop has: the address bar can't make the page say something else.
  const created = rates.find((r) => r.name === first(query.created))?.name;
  const deleted = first(query.deleted) !== undefined;

  return (
    <div className="space-y-6">
      <ListHeader
        title="Shipping"
        description="The delivery options shoppers choose from at checkout, in this order."
        add={{ href: `${base}/new`, label: "New rate" }}
      />
      {(created || deleted) && <ListNotice>{created ? `Rate ${created} added.` : "Rate deleted."}</ListNotice>}
      {!rates.some((r) => r.active) && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <strong>Shoppers can&apos;t check out yet:</strong> add at least one shipping rate and keep it offered.
        </p>
      )}

      {rates.length === 0 ? (
        <EmptyState title="No shipping rates yet" action={{ href: `${base}/new`, label: "Add your first rate" }}>
          Add one like “Standard, €4.90, free above €50”.
        </EmptyState>
      ) : (
        <RecordTable
          caption="Your shipping rates, in the order checkout offers them"
          columns={["Rate", "Price", "Ships to", { label: "Actions", hidden: true }]}
        >
          {rates.map((rate) => (
            <tr key={rate.id} className="align-top">
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={`${base}/${rate.id}`} className="text-slate-900 underline-offset-2 hover:underline">
                  {rate.name}
                </Link>
                {!rate.active && (
                  <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800 ring-1 ring-slate-300 ring-inset">
                    Not offered
                  </span>
                )}
              </th>
              <td className="px-3 py-2 text-slate-700 tabular-nums">
                {rate.amount ? money(rate.amount) : "Free"}
                {rate.freeAboveAmount !== null && rate.amount > 0 && ` · free above ${money(rate.freeAboveAmount)}`}
              </td>
              <td className="px-3 py-2 text-slate-600">{countries(rate.countries)}</td>
              <td className="px-3 py-2">
                <div className="flex items-start justify-end gap-2">
                  <Link
                    href={`${base}/${rate.id}`}
                    aria-label={`Edit ${rate.name}`}
                    className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100"
                  >
                    Edit
                  </Link>
                  <RowAction
                    action={setShippingRateEnabledAction.bind(null, shop.slug, rate.id, !rate.active)}
                    label={rate.active ? "Disable" : "Enable"}
                    pendingLabel={rate.active ? "Disabling…" : "Enabling…"}
                    accessibleLabel={`${rate.active ? "Disable" : "Enable"} ${rate.name}`}
                  />
                  <DeleteButton
                    action={deleteShippingRateAction.bind(null, shop.slug, rate.id, false)}
                    label={`Delete ${rate.name}`}
                    title={`Delete the rate ${rate.name}?`}
                    confirmLabel="Delete rate"
                  >
                    <p>Checkout stops offering it. Orders already placed with it keep their shipping as charged.</p>
                  </DeleteButton>
                </div>
              </td>
            </tr>
          ))}
        </RecordTable>
      )}
    </div>
  );
}
