import type { Metadata } from "next";
import Link from "next/link";
import { DeleteButton } from "@/components/catalog/delete-button";
import { RateForm } from "@/components/shipping/rate-form";
import { countryOptions } from "@/lib/checkout/countries";
import { db } from "@/lib/db/client";
import { getShippingRate } from "@/lib/shipping/rates";
import { merchantPage, orNotFound } from "@/app/_entry/merchant";
import { deleteShippingRateAction, updateShippingRateAction } from "../actions";

export const metadata: Metadata = { title: "Shipping rate" };

export default async function ShippingRatePage({ params }: { params: Promise<{ shop: string; rateId: string }> }) {
  const { shop: slug, rateId } = await params;
  const { shop } = await merchantPage(slug, "settings");
  const rate = await orNotFound(getShippingRate(db, shop.id, rateId));
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/dashboard/${shop.slug}/shipping`} className="text-sm text-teal-800 underline underline-offset-2">
          ← Shipping
        </Link>
        <h1 className="mt-2 text-2xl font-bold tracking-tight">{rate.name}</h1>
      </div>
      <section aria-labelledby="rate-details" className="rounded-lg border border-slate-200 p-5">
        <h2 id="rate-details" className="sr-only">
          Details
        </h2>
        <RateForm action={updateShippingRateAction.bind(null, shop.slug, rate.id)} currency={shop.currency} countries={countryOptions("en")} rate={rate} />
      </section>
      <section aria-labelledby="danger" className="space-y-3 rounded-lg border border-red-200 p-5">
        <h2 id="danger" className="text-lg font-semibold">
          Delete this rate
        </h2>
        <p className="text-sm text-slate-600">To stop offering it for a while, untick “Offered at checkout” instead.</p>
        <DeleteButton
          action={deleteShippingRateAction.bind(null, shop.slug, rate.id, true)}
          label={`Delete ${rate.name}`}
          title={`Delete the rate ${rate.name}?`}
          confirmLabel="Delete rate"
        >
          <p>Checkout stops offering it. Orders already placed with it keep their shipping as charged.</p>
        </DeleteButton>
      </section>
    </div>
  );
}
