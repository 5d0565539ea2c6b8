import type { Metadata } from "next";
import { AllowedOriginsForm } from "@/components/shops/allowed-origins-form";
import { SettingsForm } from "@/components/shops/settings-form";
import { SlugForm } from "@/components/shops/slug-form";
import { StripeConnect } from "@/components/shops/stripe-connect";
import { db } from "@/lib/db/client";
import { getStripeConnection } from "@/lib/payments/stripe-connect";
import { merchantPage } from "@/app/_entry/merchant";
import { currencyOptions } from "@/lib/shops/currencies";
import { getAllowedOrigins } from "@/lib/shops/allowed-origins";
import { getShopSettings } from "@/lib/shops/shops";
import { timeZoneOptions } from "@/lib/shops/time-zones";
import { changeSlugAction, connectStripeAction, updateSettingsAction } from "./actions";
import { updateAllowedOriginsAction } from "./origins-actions";

export const metadata: Metadata = { title: "Settings" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ShopSettingsPage({ params, searchParams }: { params: Promise<{ shop: string }>; searchParams: SearchParams }) {
  const { shop } = await merchantPage((await params).shop, "settings");
  const settings = await getShopSettings(db, shop.id);
  const stripe = await getStripeConnection(db, shop.id);
  const back = (await searchParams).stripe;
  const origins = await getAllowedOrigins(db, shop.id);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold tracking-tight">Settings</h1>
      <SettingsForm action={updateSettingsAction.bind(null, shop.slug)} shop={settings} currencies={currencyOptions()} timeZones={timeZoneOptions()} />
      <section aria-labelledby="address" className="space-y-4 rounded-lg border border-slate-200 p-5">
        <h2 id="address" className="text-lg font-semibold">
          Shop address
        </h2>
        <SlugForm action={changeSlugAction.bind(null, shop.slug)} slug={shop.slug} />
      </section>
      <section id="api" aria-labelledby="api-heading" className="space-y-4 rounded-lg border border-slate-200 p-5">
        <h2 id="api-heading" className="text-lg font-semibold">
          Storefront API and embeds
        </h2>
        <p className="text-sm text-slate-600">
          Your own sites can show this shop through the{" "}
          <a className="font-medium text-teal-800 underline" href="/docs/api">
            Storefront API
          </a>{" "}
          and embed it.
        </p>
        <AllowedOriginsForm action={updateAllowedOriginsAction.bind(null, shop.slug)} origins={origins} />
      </section>
      <section id="payments" aria-labelledby="payments-heading" className="space-y-4 rounded-lg border border-slate-200 p-5">
        <h2 id="payments-heading" className="text-lg font-semibold">
          Payments
        </h2>
        <StripeConnect
          connection={stripe}
          action={connectStripeAction.bind(null, shop.slug)}
          back={back === "returned" || back === "expired" ? back : undefined}
        />
      </section>
    </div>
  );
}
