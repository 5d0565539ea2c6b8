// What the generators need about one shop, read from the database: the shop, its published
// version (or the preview's 0.0.0), its settings, the countries it ships to and its icons.
import "server-only";
import sharp from "sharp";
import type { Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { countryOptions, shippingCountries, countryCodes } from "@/lib/checkout/countries";
import { closestLocale } from "@/lib/i18n/locales";
import { storage } from "@/lib/storage";
import { uploadedKey } from "@/lib/storage/urls";
import { buildManifest, ICON_SIZES, pagePath, type ManifestVersion } from "./manifest";
import type { PackageInput } from "./package";
import { getMiniappSettings, latestVersion } from "./publish";

/** The origins the shop lets embed it: the same list the Storefront API answers with CORS. */
export { getAllowedOrigins as allowedOrigins } from "@/lib/shops/allowed-origins";

/** Before the first publish, the preview and the embed run as this version. */
export const PREVIEW_VERSION: ManifestVersion = { code: 1, name: "0.0.0" };

const SHOP_SELECT = {
  id: true,
  slug: true,
  name: true,
  description: true,
  currency: true,
  defaultLocale: true,
  themeColor: true,
  logoUrl: true,
  status: true,
} as const;

export async function miniappSource(db: Db, where: { id: string } | { slug: string }, options: { platformOrigin: string; published?: boolean }) {
  const shop = await db.shop.findUnique({ where, select: SHOP_SELECT });
  if (!shop) throw AppError.notFound("shop");
  const [settings, version, rates] = await Promise.all([
    getMiniappSettings(db, shop.id),
    latestVersion(db, shop.id),
    db.shippingRate.findMany({ where: { shopId: shop.id }, select: { countries: true } }),
  ]);
  if (options.published && !version) throw AppError.notFound("page");
  const locale = closestLocale(shop.defaultLocale);
  const input: PackageInput = {
    shop: { ...shop, defaultLocale: locale },
    version: version ? { code: version.code, name: version.name } : PREVIEW_VERSION,
    apiBase: settings.apiBaseUrl || options.platformOrigin,
    platformOrigin: options.platformOrigin,
    wechatAppId: settings.wechatAppId,
    alipayAppId: settings.alipayAppId,
    countries: countryOptions(locale, shippingCountries(rates) ?? countryCodes()),
    icons: await shopIcons(shop),
  };
  return { shop, settings, version, input };
}

/** The manifest the Storefront API serves: the same document, with absolute addresses. */
export function servedManifest(input: PackageInput) {
  const base = `${input.platformOrigin}/embed/${input.shop.slug}/`;
  return buildManifest({
    shop: input.shop,
    version: input.version,
    platformOrigin: input.platformOrigin,
    at: {
      icon: (size) => `${base}common/icons/icon-${size}.png`,
      startUrl: `${base}${pagePath("home")}.html`,
      scope: base,
    },
  });
}

/** What an oEmbed answer names: the shop or the product (active ones only), and the product's picture. */
export async function embedTarget(db: Db, link: { slug: string; handle?: string }) {
  const shop = await db.shop.findUnique({ where: { slug: link.slug }, select: { id: true, name: true, status: true } });
  if (!shop || shop.status !== "ACTIVE") throw AppError.notFound("shop");
  if (!link.handle) return { title: shop.name, shopName: shop.name, picture: null };
  const product = await db.product.findFirst({
    where: { shopId: shop.id, handle: link.handle, status: "ACTIVE" },
    select: { title: true, images: { orderBy: { position: "asc" }, take: 1, select: { url: true, width: true, height: true } } },
  });
  if (!product) throw AppError.notFound("product");
  return { title: product.title, shopName: shop.name, picture: product.images[0] ?? null };
}

const iconCache = new Map<string, Promise<Record<number, Uint8Array>>>();

/** The shop's logo as square PNGs (48-512 px); without a logo, a bag on the theme colour. */
export function shopIcons(shop: { logoUrl: string | null; themeColor: string }): Promise<Record<number, Uint8Array>> {
  const cacheKey = `${shop.logoUrl ?? ""}|${shop.themeColor}`;
  let icons = iconCache.get(cacheKey);
  if (!icons) {
    icons = renderIcons(shop).catch((error) => {
      iconCache.delete(cacheKey);
      throw error;
    });
    if (iconCache.size > 500) iconCache.clear();
    iconCache.set(cacheKey, icons);
  }
  return icons;
}

async function renderIcons(shop: { logoUrl: string | null; themeColor: string }) {
  const key = shop.logoUrl ? uploadedKey(shop.logoUrl) : null;
  const logo = key ? await storage().read(key) : null;
  const source = logo ?? Buffer.from(fallbackIcon(shop.themeColor));
  const out: Record<number, Uint8Array> = {};
  for (const size of ICON_SIZES) {
    out[size] = await sharp(source).resize(size, size, { fit: "contain", background: "#ffffff" }).flatten({ background: "#ffffff" }).png().toBuffer();
  }
  return out;
}

function fallbackIcon(color: string) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
<rect width="512" height="512" rx="96" fill="${/^#[0-9a-fA-F]{6}$/.test(color) ? color : "#0f766e"}"/>
<path d="M160 200h192l-16 180H176z" fill="none" stroke="#fff" stroke-width="28" stroke-linejoin="round"/>
<path d="M208 200v-24a48 48 0 0 1 96 0v24" fill="none" stroke="#fff" stroke-width="28" stroke-linecap="round"/>
</svg>`;
}
