// Checkout (/s/<shop>/checkout): dynamic, reads the cart cookie. The first summary is priced
// here; the form asks the quote API again when the shopper changes the shipping option or codes.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CheckoutForm } from "@/components/checkout/checkout-form";
import { StorefrontIntl } from "@/components/storefront/intl-provider";
import { getCurrentUser } from "@/lib/auth/session";
import { shopperCart } from "@/lib/cart/shopper-cart";
import { loadActiveShop } from "@/lib/catalog/storefront-request";
import { countryOptions, shippingCountries } from "@/lib/checkout/countries";
import { quoteCheckout } from "@/lib/checkout/quote";
import { db } from "@/lib/db/client";
import { localeFromSegment } from "@/lib/i18n/locales";
import { clientMessages, getTranslator } from "@/lib/i18n/messages";
import { placeOrder } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ shopSlug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { shopSlug, locale } = await params;
  const shop = await loadActiveShop(shopSlug);
  return { title: getTranslator(localeFromSegment(locale, shop?.defaultLocale ?? "en") ?? "en")("checkout.title"), robots: { index: false } };
}

export default async function CheckoutPage({ params }: Props) {
  const { shopSlug, locale: segment } = await params;
  const shop = await loadActiveShop(shopSlug);
  const locale = shop && localeFromSegment(segment, shop.defaultLocale);
  if (!shop || !locale) notFound();
  const t = getTranslator(locale);
  const { cartId, userId } = await shopperCart(shop.id, { writeCookies: false });
  const [quote, user] = await Promise.all([cartId ? quoteCheckout(db, shop.id, cartId, userId) : null, getCurrentUser()]);
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
        <CheckoutForm shop={{ id: shop.id, slug: shop.slug }} locale={locale} initialQuote={quote} countries={countries} defaultEmail={user?.email ?? ""} placeOrder={placeOrder} />
      </StorefrontIntl>
    </main>
  );
}
