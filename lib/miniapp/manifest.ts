// The W3C MiniApp manifest of a shop (https://www.w3.org/TR/miniapp-manifest/), with the Web
// App Manifest members a browser reads (start_url, scope, display, theme_color), so the one
// document describes the package to a MiniApp user agent and the embed to a browser.
import { PAGE_NAMES } from "./templates";

export const ICON_SIZES = [48, 96, 192, 512] as const;

export type ManifestShop = { slug: string; name: string; description: string; defaultLocale: string; themeColor: string };
export type ManifestVersion = { code: number; name: string };

/** "shop.example.com" + "tea-house" → "com.example.shop.tea_house" (reverse-domain, Java-package-safe). */
export function appId(platformHost: string, slug: string): string {
  const labels = platformHost.split(":")[0].toLowerCase().split(".").filter(Boolean).reverse();
  return [...labels, slug]
    .map((part) => part.replace(/[^a-z0-9_]/g, "_"))
    .map((part) => (/^[0-9]/.test(part) ? `_${part}` : part))
    .join(".");
}

/** Black or white text, whichever reads better on the theme colour (WCAG relative luminance). */
export function textStyleOn(hex: string): "black" | "white" {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? "black" : "white";
}

export function pagePath(page: string) {
  return `pages/${page}/${page}`;
}

/**
 * `at` says where the icons and pages are: inside the package (relative paths) or on the
 * platform (absolute URLs, for the manifest the Storefront API serves).
 */
export function buildManifest(input: {
  shop: ManifestShop;
  version: ManifestVersion;
  platformOrigin: string;
  at: { icon: (size: number) => string; startUrl: string; scope: string };
}) {
  const { shop, version } = input;
  return {
    app_id: appId(new URL(input.platformOrigin).host, shop.slug),
    name: shop.name,
    short_name: Array.from(shop.name).slice(0, 12).join(""),
    description: shop.description.slice(0, 300),
    icons: ICON_SIZES.map((size) => ({ src: input.at.icon(size), sizes: `${size}x${size}`, type: "image/png", label: `${shop.name} icon` })),
    version: { code: version.code, name: version.name },
    platform_version: { min_code: 1, target_code: 1, release_type: "Release" },
    pages: PAGE_NAMES.map(pagePath),
    window: {
      navigation_bar_background_color: shop.themeColor,
      navigation_bar_text_style: textStyleOn(shop.themeColor),
      navigation_bar_title_text: shop.name,
      background_color: "#ffffff",
      background_text_style: "dark",
      fullscreen: false,
      orientation: "portrait",
    },
    lang: shop.defaultLocale,
    dir: "ltr",
    color_scheme: "light",
    device_type: ["phone", "tablet", "pc"],
    // The pages only use the network, which needs no permission.
    req_permissions: [],
    start_url: input.at.startUrl,
    scope: input.at.scope,
    display: "standalone",
    theme_color: shop.themeColor,
    background_color: "#ffffff",
  };
}

export type MiniappManifest = ReturnType<typeof buildManifest>;
