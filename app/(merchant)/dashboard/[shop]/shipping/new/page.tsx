import type { Metadata } from "next";
import Link from "next/link";
import { RateForm } from "@/components/shipping/rate-form";
import { countryOptions } from "@/lib/checkout/countries";
import { merchantPage } from "@/app/_entry/merchant";
import { createShippingRateAction } from "../actions";

export const metadata: Metadata = { title: "New shipping rate" };

export default async function NewShippingRatePage({ params }: { params: Promise<{ shop: string }> }) {
  const { shop } = await merchantPage((await params).shop, "settings");
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/dashboard/${shop.slug}/shipping`} className="text-sm text-teal-800 underline underline-offset-2">
          ← Shipping
        </Link>
        <h1 className="mt-2 text-2xl font-bold tracking-tight">New shipping rate</h1>
      </div>
      <RateForm action={createShippingRateAction.bind(null, shop.slug)} currency={shop.currency} countries={countryOptions("en")} />
    </div>
  );
}
