// The frame of every page of a shop: header (logo, name, search, language), collection menu,
// footer, in the shop's colour. Text on the colour is black or white, whichever reads better.
// Storefront links are plain <a>, not next/link: every page is served from the page cache,
// and next/link would prefetch each product of a grid as it scrolls into view, rendering
// pages nobody opens and adding a client component per card.
import type { CSSProperties, ReactNode } from "react";
import { shopTheme, type CollectionLink, type StorefrontShop } from "@/lib/storefront/storefront";
import type { Locale } from "@/lib/i18n/locales";
import { clientMessages, getTranslator } from "@/lib/i18n/messages";
import { CartLink } from "@/components/cart/cart-link";
import { isTrusted } from "@/lib/shops/trust-score";
import { StorefrontIntl } from "./intl-provider";
import { LanguageSwitcher } from "./language-switcher";
import Link from "next/link";

type Shop = Pick<StorefrontShop, "id" | "slug" | "name" | "themeColor" | "logoUrl" | "contactEmail"> & { trustScore?: number | null };

/** The whole frame; pages render their <main> inside. */
export function StorefrontFrame({ shop, locale, collections, children }: { shop: Shop; locale: Locale; collections: CollectionLink[]; children: ReactNode }) {
  const theme = shopTheme(shop.themeColor);
  // --color-brand drives the focus ring (app/globals.css); the others the shop's accents.
  const style = {
    "--color-brand": theme.focus,
    "--shop-accent": theme.accent,
    "--shop-on-accent": theme.onAccent,
    "--shop-accent-text": theme.accentText,
  } as CSSProperties;
  return (
    <StorefrontIntl locale={locale} messages={clientMessages(locale)}>
      <div lang={locale} style={style} className="flex min-h-screen flex-col">
        <ShopHeader shop={shop} locale={locale} />
        <CollectionNav shop={shop} locale={locale} collections={collections} />
        {children}
        <ShopFooter shop={shop} locale={locale} />
      </div>
    </StorefrontIntl>
  );
}

export function ShopHeader({ shop, locale = "en" }: { shop: Shop; locale?: Locale }) {
  const t = getTranslator(locale);
  const theme = shopTheme(shop.themeColor);
  return (
    <header style={{ backgroundColor: theme.accent, color: theme.onAccent }}>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3 sm:flex-nowrap sm:px-6">
        <a href={`/s/${shop.slug}`} className="flex min-w-0 flex-1 items-center gap-3 rounded font-semibold tracking-tight focus-visible:outline-current">
          {shop.logoUrl ? (
            // Uploads are already resized WebP files served with immutable caching.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={shop.logoUrl} alt="" width={40} height={40} className="size-10 shrink-0 rounded-lg ring-2 ring-current/40" />
          ) : null}
          <span className="truncate text-lg">{shop.name}</span>
        </a>
        {isTrusted(shop.trustScore) && (
          <span title={t("shop.trustedHint")} className="shrink-0 rounded-full bg-white px-2.5 py-0.5 text-sm font-medium text-slate-900">
            <span aria-hidden="true">✓ </span>
            {t("shop.trusted")}
          </span>
        )}
        <form
          role="search"
          action={`/s/${shop.slug}/search`}
          className="order-last flex w-full rounded-md bg-white text-slate-900 outline-offset-2 focus-within:outline-2 focus-within:outline-(--shop-on-accent) sm:order-none sm:w-72"
        >
          <label htmlFor="shop-search" className="sr-only">
            {t("shop.searchLabel")}
          </label>
          <input
            id="shop-search"
            type="search"
            autoCapitalize="none"
            name="q"
            placeholder={t("shop.searchLabel")}
            className="min-w-0 flex-1 rounded-l-md bg-transparent px-3 py-2 text-base placeholder:text-slate-600 focus-visible:outline-none sm:text-sm"
          />
          <button type="submit" className="rounded-r-md px-3 text-slate-700 hover:text-slate-950 focus-visible:outline-none">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
              <circle cx="11" cy="11" r="7" />
              <path d="m20 20-3.5-3.5" />
            </svg>
            <span className="sr-only">{t("shop.searchButton")}</span>
          </button>
        </form>
        <LanguageSwitcher current={locale} />
        <CartLink shopId={shop.id} shopSlug={shop.slug} />
      </div>
    </header>
  );
}

function CollectionNav({ shop, locale, collections }: { shop: Shop; locale: Locale; collections: CollectionLink[] }) {
  if (!collections.length) return null;
  const t = getTranslator(locale);
  const link = "block whitespace-nowrap rounded px-3 py-3 font-medium text-slate-800 hover:text-(--shop-accent-text) hover:underline underline-offset-4";
  return (
    <nav aria-label={t("shop.collections")} className="border-b border-slate-200 bg-white text-sm">
      <ul className="mx-auto flex max-w-6xl overflow-x-auto px-1 sm:px-3">
        <li>
          <a href={`/s/${shop.slug}`} className={link}>
            {t("shop.home")}
          </a>
        </li>
        {collections.map((c) => (
          <li key={c.id}>
            <a href={`/s/${shop.slug}/c/${c.handle}`} className={link}>
              {c.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ShopFooter({ shop, locale = "en" }: { shop: Shop; locale?: Locale }) {
  const t = getTranslator(locale);
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 sm:flex-row sm:justify-between sm:px-6">
        <p>
          © {shop.name}
          {shop.contactEmail ? (
            <>
              {" · "}
              <a href={`mailto:${shop.contactEmail}`} className="underline underline-offset-2">
                {t("shop.contact")}
              </a>
            </>
          ) : null}
        </p>
        <p className="flex flex-wrap gap-x-4">
          <a href={`/s/${shop.slug}/report`} className="underline underline-offset-2">
            {t("report.link")}
          </a>
          <Link href="/" prefetch={false} className="underline underline-offset-2">
            {t("shop.poweredBy", { platform: "Minishop" })}
          </Link>
        </p>
      </div>
    </footer>
  );
}
