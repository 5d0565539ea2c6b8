// What a shopper's own storefront pages (cart, checkout) start from: the active shop, the
// page's language and the shopper's cart. They read cookies, so they render per request.
import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { shopperCart } from "@/lib/cart/shopper-cart";
import { loadActiveShop } from "@/lib/catalog/storefront-request";
import { localeFromSegment } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";

type PageParams = Promise<{ shopSlug: string; locale: string }>;

/** The shop, language, translator and cart; a shop that isn't open or an unknown language is a 404. */
export async function loadShopperPage(params: PageParams) {
  const { shopSlug, locale: segment } = await params;
  const shop = await loadActiveShop(shopSlug);
  const locale = shop && localeFromSegment(segment, shop.defaultLocale);
  if (!shop || !locale) notFound();
  // Page renders can't set cookies: the cart is read, never created here.
  const { cartId, userId } = await shopperCart(shop.id, { writeCookies: false });
  return { shop, locale, t: getTranslator(locale), cartId, userId };
}

/** The page's title in its language; kept out of search engines, as it is one shopper's. */
export async function shopperPageMetadata(params: PageParams, title: "cart.title" | "checkout.title"): Promise<Metadata> {
  const { shopSlug, locale } = await params;
  const shop = await loadActiveShop(shopSlug);
  return { title: getTranslator(localeFromSegment(locale, shop?.defaultLocale ?? "en") ?? "en")(title), robots: { index: false } };
}
