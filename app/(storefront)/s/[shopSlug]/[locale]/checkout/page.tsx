// Checkout (/s/<shop>/checkout): dynamic, reads the cart cookie (app/_entry/storefront.ts). The first summary is priced
// here; the form asks the quote API again when the shopper changes the shipping option or codes.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CheckoutForm } from "@/components/checkout/checkout-form";
import { StorefrontIntl } from "@/components/storefront/intl-provider";
import { getCurrentUser } from "@/app/_entry/session";
import { storefrontPage, storefrontPageMetadata } from "@/app/_entry/storefront";
import { countryOptions, shippingCountries } from "@/lib/checkout/countries";
import { quoteCheckout } from "@/lib/checkout/quote";
import { db } from "@/lib/db/client";
import { clientMessages } from "@/lib/i18n/messages";
import { placeOrder } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ shopSlug: string; locale: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return storefrontPageMetadata(params, "checkout.title");
}

export default async function CheckoutPage({ params }: Props) {
  const { shop, locale, t, cart } = await storefrontPage(params);
  const [quote, user] = await Promise.all([quoteCheckout(db, shop.id, cart, {}, locale), getCurrentUser()]);
  if (!quote?.cart.lines.length) redirect(`/s/${shop.slug}/cart`);
  const countries = countryOptions(locale, shippingCountries(quote.rates) ?? undefined);

  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("checkout.title")}</h1>
      <p className="mt-2 text-sm">
        <a href={`/s/${shop.slug}/cart`} className="underline underline-offset-2">
          {t("checkout.backToCart")}
        </a>
      </p>
      <StorefrontIntl locale={locale} messages={clientMessages(locale, ["checkout"])}>
        <CheckoutForm
          shop={{ id: shop.id, slug: shop.slug }}
          locale={locale}
          initialQuote={quote}
          countries={countries}
          defaultEmail={user?.email ?? ""}
          placeOrder={placeOrder.bind(null, shop.id, locale)}
        />
      </StorefrontIntl>
    </main>
  );
}
