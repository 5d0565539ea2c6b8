// The storefront's interface languages. Catalogue content stays as the merchant wrote it;
// only the words around it (buttons, labels, messages) follow the shopper's language.

export const LOCALES = ["en", "fr", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];

/** Set by the language switcher, read by the rewrites below. One choice for every shop. */
export const LOCALE_COOKIE = "locale";

/**
 * The internal path segment for "the shop's own language": shopper URLs carry no locale,
 * a rewrite (storefrontLocaleRewrites below) serves /s/<shop>/… from /s/<shop>/<segment>/….
 */
export const SHOP_DEFAULT_SEGMENT = "default";

/** Each language named in itself, so a shopper finds theirs whatever the page's language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", "zh-CN": "简体中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The supported language nearest to a BCP 47 tag: "fr-CA" → fr, "zh-Hans" → zh-CN, else en. */
export function closestLocale(tag: string): Locale {
  if (isLocale(tag)) return tag;
  const language = tag.toLowerCase().split(/[-_]/)[0];
  if (language === "zh") return "zh-CN";
  return isLocale(language) ? language : "en";
}

/**
 * The supported language an Accept-Language header prefers ("fr-CA,fr;q=0.9,en;q=0.5" → fr),
 * or null when it names none of them (the caller falls back to the shop's language).
 */
export function negotiateLocale(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { tag: tag!.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.tag && r.tag !== "*" && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    if (language === "zh" || isLocale(language) || isLocale(tag)) return closestLocale(tag);
  }
  return null;
}

/** The language a storefront page renders in, from its internal path segment; null when unknown. */
export function localeFromSegment(segment: string, shopDefaultLocale: string): Locale | null {
  if (segment === SHOP_DEFAULT_SEGMENT) return closestLocale(shopDefaultLocale);
  return isLocale(segment) ? segment : null;
}

/**
 * The rewrites that give storefront pages their language (next.config.ts): /s/<shop>/… is
 * served by /s/<shop>/<locale>/…, <locale> being the `locale` cookie when it names a supported
 * language, else "default". Each language of a page is then its own entry in Next's page
 * cache, and pages never read cookies. Config rewrites rather than proxy.ts: the router
 * applies them without running the proxy, and a cached product page served 40-57 % of a
 * static page's requests/s through proxy.ts against 76-80 % this way (same build, same machine).
 * An address that already names a language (/s/x/fr/p/y) gets one more segment and is not
 * found: only the cookie picks the language. The shop's root files are the same in every language.
 */
export function storefrontLocaleRewrites() {
  const language = { type: "cookie" as const, key: LOCALE_COOKIE, value: `(?<locale>${LOCALES.join("|")})` };
  const inShop = "/s/:shop/:path((?!sitemap\\.xml$|robots\\.txt$|og\\.png$).*)";
  // Next tries each rewrite in turn on the result of the ones before it, so no rule may match
  // an earlier one's result: the two of a pair exclude each other (has / missing the cookie),
  // and the shop-home pair, whose result has two segments, comes last.
  return [
    { source: inShop, has: [language], destination: "/s/:shop/:locale/:path" },
    { source: inShop, missing: [language], destination: `/s/:shop/${SHOP_DEFAULT_SEGMENT}/:path` },
    { source: "/s/:shop", has: [language], destination: "/s/:shop/:locale" },
    { source: "/s/:shop", missing: [language], destination: `/s/:shop/${SHOP_DEFAULT_SEGMENT}` },
  ];
}
