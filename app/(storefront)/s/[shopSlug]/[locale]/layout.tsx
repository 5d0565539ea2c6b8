// Every page of a shop, in the shop's frame, colour and language. Reached through a rewrite
// (storefrontLocaleRewrites in lib/i18n/locales.ts): /s/<shop>/… is served from /s/<shop>/<locale>/…,
// <locale> being the shopper's language (a cookie) or "default" (the shop's own), each cached apart.
// Pages call notFound() for unknown and for closed shops alike (status 404); for a closed shop
// this layout tells not-found.tsx to say "This shop is unavailable" instead.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { StorefrontFrame } from "@/components/storefront/shop-chrome";
import { StorefrontIntl } from "@/components/storefront/intl-provider";
import { UnavailableShopProvider } from "@/components/storefront/shop-not-found";
import { loadCollections, loadShop } from "@/lib/storefront/request";
import { env } from "@/lib/env";
import { localeFromSegment } from "@/lib/i18n/locales";
import { clientMessages, getTranslator } from "@/lib/i18n/messages";

type Props = { children: ReactNode; params: Promise<{ shopSlug: string; locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { shopSlug, locale: segment } = await params;
  const shop = await loadShop(shopSlug);
  const t = getTranslator(localeFromSegment(segment, shop?.defaultLocale ?? "en") ?? "en");
  const base = { metadataBase: new URL(env().APP_URL) };
  if (!shop) return { ...base, title: t("meta.notFound"), robots: { index: false } };
  if (shop.status !== "ACTIVE") return { ...base, title: t("meta.unavailable"), robots: { index: false } };
  return { ...base, title: { default: shop.name, template: `%s · ${shop.name}` }, openGraph: { siteName: shop.name } };
}

export default async function ShopLayout({ children, params }: Props) {
  const { shopSlug, locale: segment } = await params;
  const shop = await loadShop(shopSlug);
  const locale = localeFromSegment(segment, shop?.defaultLocale ?? "en");
  // Only an address typed with an internal segment gets here (the rewrite always adds a valid one).
  if (!locale) notFound();
  if (!shop || shop.status !== "ACTIVE") {
    const page = (
      <StorefrontIntl locale={locale} messages={clientMessages(locale)}>
        {children}
      </StorefrontIntl>
    );
    return shop ? <UnavailableShopProvider name={shop.name}>{page}</UnavailableShopProvider> : page;
  }
  const collections = await loadCollections(shop.id);
  return (
    <StorefrontFrame shop={shop} locale={locale} collections={collections}>
      {children}
    </StorefrontFrame>
  );
}
