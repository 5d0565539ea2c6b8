// The three outputs of a shop's mini-program, as file maps and ZIPs: the W3C MiniApp package
// (.ma), the WeChat project and the Alipay project. All three carry the same page logic
// (runtime/core.js), markup (templates.ts) and stylesheet (runtime/style.css); only the host
// adapter (wx / my / fetch), the markup dialect and the project files differ.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync, type Zippable } from "fflate";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import zhCN from "@/lib/i18n/messages/zh-CN.json";
import { LOCALES } from "@/lib/i18n/locales";
import { buildManifest, ICON_SIZES, pagePath, textStyleOn, type ManifestShop, type ManifestVersion } from "./manifest";
import { PAGE_NAMES, pageTemplate, TAB_PAGES, toAxml, toHtml, type MiniProgramPage } from "./templates";

export type Platform = "miniapp" | "wechat" | "alipay";
export const PLATFORMS: readonly Platform[] = ["miniapp", "wechat", "alipay"];
export const PACKAGE_FILE: Record<Platform, (slug: string) => string> = {
  miniapp: (slug) => `${slug}.ma`,
  wechat: (slug) => `${slug}-wechat.zip`,
  alipay: (slug) => `${slug}-alipay.zip`,
};

/** The header the Storefront API reads the cart token from. */
export const CART_HEADER = "X-Cart-Token";

export type PackageInput = {
  shop: ManifestShop & { currency: string };
  version: ManifestVersion;
  /** Where the pages send their API requests (the merchant's API base, else the platform). */
  apiBase: string;
  platformOrigin: string;
  wechatAppId: string;
  alipayAppId: string;
  countries: { code: string; name: string }[];
  icons: Record<number, Uint8Array>;
};

export type Files = Record<string, string | Uint8Array>;

const CATALOGUES: Record<string, object> = { en, fr, "zh-CN": zhCN };
const RUNTIME = path.join(process.cwd(), "lib/miniapp/runtime");
const runtimeFile = (name: string) => readFileSync(path.join(RUNTIME, name), "utf8");

const TITLES: Record<MiniProgramPage, string> = {
  home: "shop.home",
  collection: "shop.collections",
  product: "shop.home",
  search: "search.title",
  cart: "cart.title",
  checkout: "checkout.title",
  order: "account.title",
  pay: "pay.title",
};

const TAB_TITLES: Record<(typeof TAB_PAGES)[number], string> = { home: "shop.home", cart: "cart.link", order: "account.title" };

function message(locale: string, key: string): string {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], CATALOGUES[locale] ?? en);
  return typeof value === "string" ? value : key;
}

/** What core.js needs to know about the shop; the rest it asks the API. */
export function runtimeConfig(input: PackageInput) {
  return {
    shop: input.shop.slug,
    apiBase: input.apiBase,
    currency: input.shop.currency,
    defaultLocale: LOCALES.includes(input.shop.defaultLocale as never) ? input.shop.defaultLocale : "en",
    locales: [...LOCALES],
    cartHeader: CART_HEADER,
    countries: input.countries,
    version: input.version,
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const themeRule = (selector: string, color: string) => `${selector} { --theme: ${color}; }\n`;

// WeChat and Alipay share the module layout: common/app.js builds the app once per launch.
function miniProgramCommon(input: PackageInput, sdk: "wx" | "my"): Files {
  const files: Files = {
    "common/core.js": runtimeFile("core.js"),
    "common/superapp-host.js": runtimeFile("superapp-host.js"),
    "common/host.js": `module.exports = require("./superapp-host.js")(${sdk}, "${sdk === "wx" ? "wechat" : "alipay"}");\n`,
    "common/config.js": `module.exports = ${JSON.stringify(runtimeConfig(input), null, 2)};\n`,
    "common/app.js": [
      "// The shop's app, made once: every page module requires it.",
      'var core = require("./core.js");',
      `var catalogues = { ${LOCALES.map((l) => `"${l}": require("../i18n/${l}.js")`).join(", ")} };`,
      'module.exports = core.createApp(require("./host.js"), require("./config.js"), catalogues);',
      "",
    ].join("\n"),
  };
  // The super-apps' require() takes .js modules only, so the catalogues ship as modules.
  for (const locale of LOCALES) files[`i18n/${locale}.js`] = `module.exports = ${JSON.stringify(CATALOGUES[locale])};\n`;
  return files;
}

const MINI_PROGRAM_PAGES: MiniProgramPage[] = [...PAGE_NAMES, "pay"];
const pageModule = (page: MiniProgramPage) => `var app = require("../../common/app.js");\nPage(app.pages.${page});\n`;

export function wechatFiles(input: PackageInput): Files {
  const { shop } = input;
  const locale = runtimeConfig(input).defaultLocale;
  const files: Files = {
    ...miniProgramCommon(input, "wx"),
    "app.json": json({
      pages: MINI_PROGRAM_PAGES.map(pagePath),
      window: {
        navigationBarBackgroundColor: shop.themeColor,
        navigationBarTextStyle: textStyleOn(shop.themeColor),
        navigationBarTitleText: shop.name,
        backgroundColor: "#ffffff",
        backgroundTextStyle: "dark",
        onReachBottomDistance: 200,
      },
      tabBar: {
        color: "#475569",
        selectedColor: shop.themeColor,
        backgroundColor: "#ffffff",
        borderStyle: "black",
        list: TAB_PAGES.map((page) => ({ pagePath: pagePath(page), text: message(locale, TAB_TITLES[page]) })),
      },
      networkTimeout: { request: 10000, downloadFile: 10000 },
      sitemapLocation: "sitemap.json",
      style: "v2",
    }),
    "app.js": "// The pages do the work (common/app.js); the app itself keeps no state.\nApp({});\n",
    "app.wxss": themeRule("page", shop.themeColor) + runtimeFile("style.css"),
    "project.config.json": json({
      appid: input.wechatAppId || "touristappid",
      projectname: shop.slug,
      description: `${shop.name} (Minishop ${input.version.name})`,
      compileType: "miniprogram",
      libVersion: "3.0.0",
      setting: { urlCheck: true, es6: true, enhance: true, postcss: true, minified: true },
    }),
    // Product pages (and the shop's lists) may be indexed by WeChat search; the cart,
    // checkout, orders and payment pages may not.
    "sitemap.json": json({
      desc: "Minishop: product and list pages are indexable",
      rules: [
        { action: "allow", page: pagePath("product"), params: ["handle"], matching: "inclusive" },
        { action: "allow", page: pagePath("home") },
        { action: "allow", page: pagePath("collection"), params: ["handle"], matching: "inclusive" },
        ...(["cart", "checkout", "order", "pay", "search"] as const).map((page) => ({ action: "disallow", page: pagePath(page) })),
      ],
    }),
  };
  for (const page of MINI_PROGRAM_PAGES) {
    const base = pagePath(page);
    files[`${base}.wxml`] = `${pageTemplate(page)}\n`;
    files[`${base}.wxss`] = "/* The shared styles are in app.wxss. */\n";
    files[`${base}.js`] = pageModule(page);
    files[`${base}.json`] = json({ navigationBarTitleText: page === "home" ? shop.name : message(locale, TITLES[page]) });
  }
  return files;
}

export function alipayFiles(input: PackageInput): Files {
  const { shop } = input;
  const locale = runtimeConfig(input).defaultLocale;
  const files: Files = {
    ...miniProgramCommon(input, "my"),
    "app.json": json({
      pages: MINI_PROGRAM_PAGES.map(pagePath),
      window: { defaultTitle: shop.name, titleBarColor: shop.themeColor, backgroundColor: "#ffffff", pullRefresh: false, allowsBounceVertical: "YES" },
      tabBar: {
        textColor: "#475569",
        selectedColor: shop.themeColor,
        backgroundColor: "#ffffff",
        items: TAB_PAGES.map((page) => ({ pagePath: pagePath(page), name: message(locale, TAB_TITLES[page]) })),
      },
    }),
    "app.js": "// The pages do the work (common/app.js); the app itself keeps no state.\nApp({});\n",
    "app.acss": themeRule("page", shop.themeColor) + runtimeFile("style.css"),
    "mini.project.json": json({ format: 2, compileType: "mini", compileOptions: { component2: true }, uploadExclude: ["README.txt"] }),
    "README.txt": [
      `${shop.name}: Alipay mini-program generated by Minishop (version ${input.version.name}, code ${input.version.code}).`,
      `Alipay AppID: ${input.alipayAppId || "(not set: bind one in the Alipay developer tool)"}`,
      `Storefront API: ${input.apiBase} (add it to the mini-program's allowed request domains; payment pages open in a web-view).`,
      "",
    ].join("\n"),
  };
  for (const page of MINI_PROGRAM_PAGES) {
    const base = pagePath(page);
    files[`${base}.axml`] = `${toAxml(pageTemplate(page))}\n`;
    files[`${base}.acss`] = "/* The shared styles are in app.acss. */\n";
    files[`${base}.js`] = pageModule(page);
    files[`${base}.json`] = json({ defaultTitle: page === "home" ? shop.name : message(locale, TITLES[page]) });
  }
  return files;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** One HTML page of the MiniApp package: its markup in a <template>, rendered by common/mini.js. */
export function htmlPage(input: PackageInput, page: (typeof PAGE_NAMES)[number]) {
  const locale = runtimeConfig(input).defaultLocale;
  const title = page === "home" ? input.shop.name : `${message(locale, TITLES[page])} · ${input.shop.name}`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="manifest" href="../../manifest.json">
<link rel="stylesheet" href="../../app.css">
<link rel="stylesheet" href="${page}.css">
</head>
<body>
<main id="page"></main>
<nav id="tabs"></nav>
<template id="page-template">
${toHtml(pageTemplate(page))}
</template>
<script src="../../common/config.js"></script>
<script src="../../common/core.js"></script>
<script src="../../common/mini.js"></script>
<script src="../../app.js"></script>
<script src="${page}.js"></script>
</body>
</html>
`;
}

export function miniappFiles(input: PackageInput): Files {
  const manifest = buildManifest({
    shop: input.shop,
    version: input.version,
    platformOrigin: input.platformOrigin,
    at: { icon: (size) => `common/icons/icon-${size}.png`, startUrl: `${pagePath("home")}.html`, scope: "./" },
  });
  const files: Files = {
    "manifest.json": json(manifest),
    "app.js": runtimeFile("web-app.js"),
    "app.css": themeRule(":root", input.shop.themeColor) + runtimeFile("style.css") + runtimeFile("web.css"),
    "common/core.js": runtimeFile("core.js"),
    "common/mini.js": runtimeFile("mini.js"),
    "common/config.js": `window.MINISHOP_CONFIG = ${JSON.stringify(runtimeConfig(input), null, 2)};\n`,
  };
  for (const size of ICON_SIZES) files[`common/icons/icon-${size}.png`] = input.icons[size];
  for (const locale of LOCALES) files[`i18n/${locale}.json`] = json(CATALOGUES[locale]);
  for (const page of PAGE_NAMES) {
    const base = pagePath(page);
    files[`${base}.html`] = htmlPage(input, page);
    files[`${base}.css`] = "/* The shared styles are in app.css. */\n";
    files[`${base}.js`] = `MinishopApp.run(${JSON.stringify(page)});\n`;
  }
  return files;
}

export const FILES: Record<Platform, (input: PackageInput) => Files> = { miniapp: miniappFiles, wechat: wechatFiles, alipay: alipayFiles };

/** The files as one ZIP (the .ma package is a ZIP too, per the MiniApp Packaging draft). */
export function zip(files: Files): Uint8Array {
  const entries: Zippable = {};
  // A fixed date keeps the same input byte-for-byte the same ZIP.
  for (const [name, content] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b)))
    entries[name] = [typeof content === "string" ? strToU8(content) : content, { mtime: new Date("2026-01-01T00:00:00Z") }];
  return zipSync(entries, { level: 6 });
}
