import type { Metadata } from "next";
import Link from "next/link";
import { DeleteButton } from "@/components/catalog/delete-button";
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
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Shipping</h1>
          <p className="mt-1 text-sm text-slate-600">The delivery options shoppers choose from at checkout, in this order.</p>
        </div>
        <Link href={`${base}/new`} className="rounded-md bg-teal-700 px-4 py-2 text-sm font-medium text-white hover:bg-teal-800">
          New rate
        </Link>
      </div>
      {(created || deleted) && (
        <p role="status" className="rounded-md border border-teal-200 bg-teal-50 px-4 py-2 text-sm text-teal-900">
          {created ? `Rate ${created} added.` : "Rate deleted."}
        </p>
      )}
      {!rates.some((r) => r.active) && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <strong>Shoppers can&apos;t check out yet:</strong> add at least one shipping rate and keep it offered.
        </p>
      )}

      {rates.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center">
          <p className="font-medium text-slate-900">No shipping rates yet</p>
          <p className="mt-1 text-sm text-slate-600">Add one like “Standard, €4.90, free above €50”.</p>
          <Link href={`${base}/new`} className="mt-4 inline-block text-sm font-medium text-teal-800 underline underline-offset-2">
            Add your first rate
          </Link>
        </div>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
          {rates.map((rate) => (
            <li key={rate.id} className="flex flex-wrap items-start gap-3 px-4 py-3">
              <div className="min-w-0 flex-1">
                <Link href={`${base}/${rate.id}`} className="font-medium text-slate-900 underline-offset-2 hover:underline">
                  {rate.name}
                </Link>
                {!rate.active && (
                  <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800 ring-1 ring-slate-300 ring-inset">
                    Not offered
                  </span>
                )}
                <p className="text-sm text-slate-700">
                  {rate.amount ? money(rate.amount) : "Free"}
                  {rate.freeAboveAmount !== null && rate.amount > 0 && ` · free above ${money(rate.freeAboveAmount)}`}
                </p>
                <p className="text-sm text-slate-600">{countries(rate.countries)}</p>
              </div>
              <div className="flex items-start gap-2">
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
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
