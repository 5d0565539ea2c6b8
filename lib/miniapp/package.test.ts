// The three generated packages, unzipped: every manifest / project file valid against the
// schemas written from the specifications, every page they name present with its files.
import Ajv2020 from "ajv/dist/2020";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { appId, textStyleOn } from "./manifest";
import { CART_HEADER, FILES, zip, type PackageInput, type Platform } from "./package";
import { manifestSchema } from "./schemas/manifest";
import {
  alipayAppSchema,
  alipayPageSchema,
  alipayProjectSchema,
  wechatAppSchema,
  wechatPageSchema,
  wechatProjectSchema,
  wechatSitemapSchema,
} from "./schemas/platforms";
import { PAGE_NAMES, toAxml, toHtml, pageTemplate } from "./templates";

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = (schema: object, data: unknown) => {
  const check = ajv.compile(schema);
  return check(data) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
const input: PackageInput = {
  shop: { slug: "tea-house", name: "Tea House", description: "Loose-leaf teas", defaultLocale: "fr", themeColor: "#0f766e", currency: "EUR" },
  version: { code: 3, name: "1.2.0" },
  apiBase: "https://api.example.com",
  platformOrigin: "https://shops.example.com:8443",
  wechatAppId: "wx0123456789abcdef",
  alipayAppId: "2021001234567890",
  countries: [{ code: "FR", name: "France" }],
  icons: { 48: png, 96: png, 192: png, 512: png },
};

function unzipped(platform: Platform) {
  const files = unzipSync(zip(FILES[platform](input)));
  const text = (name: string) => {
    expect(files[name], `${platform}: ${name}`).toBeDefined();
    return strFromU8(files[name]);
  };
  return { files, text, json: (name: string) => JSON.parse(text(name)) as Record<string, unknown> };
}

describe("W3C MiniApp package", () => {
  const pkg = unzipped("miniapp");
  const manifest = pkg.json("manifest.json") as { pages: string[]; icons: { src: string }[]; version: object; app_id: string };

  it("has a manifest valid against the schema from the spec", () => {
    expect(validate(manifestSchema, manifest)).toEqual([]);
    expect(manifest.app_id).toBe("com.example.shops.tea_house");
    expect(manifest.version).toEqual({ code: 3, name: "1.2.0" });
    expect(manifest.pages).toEqual(PAGE_NAMES.map((p) => `pages/${p}/${p}`));
  });

  it("holds every page the manifest names, each as html, css and js, and the icons it lists", () => {
    for (const page of manifest.pages) for (const ext of ["html", "css", "js"]) expect(pkg.files[`${page}.${ext}`], `${page}.${ext}`).toBeDefined();
    for (const icon of manifest.icons) expect(pkg.files[icon.src], icon.src).toBeDefined();
    for (const name of ["app.js", "app.css", "common/core.js", "common/mini.js", "common/config.js", "i18n/en.json", "i18n/fr.json", "i18n/zh-CN.json"])
      expect(pkg.files[name], name).toBeDefined();
  });

  it("points its pages at the shop's API and the scripts they need", () => {
    const html = pkg.text("pages/product/product.html");
    for (const script of ["../../common/config.js", "../../common/core.js", "../../common/mini.js", "../../app.js", "product.js"])
      expect(html).toContain(`<script src="${script}">`);
    expect(html).toContain('<html lang="fr">');
    expect(pkg.text("common/config.js")).toContain('"apiBase": "https://api.example.com"');
    expect(pkg.text("common/config.js")).toContain(`"cartHeader": "${CART_HEADER}"`);
  });
});

describe("the manifest schema", () => {
  const valid = unzipped("miniapp").json("manifest.json");
  const without = (key: string) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));

  it.each(["app_id", "name", "icons", "pages", "platform_version", "version"])("refuses a manifest without %s", (key) => {
    expect(validate(manifestSchema, without(key))).not.toEqual([]);
  });

  it("refuses what the draft's own schema lets through", () => {
    expect(validate(manifestSchema, { ...valid, icons: [{ sizes: "48x48" }] })).not.toEqual([]);
    expect(validate(manifestSchema, { ...valid, version: { code: 1 } })).not.toEqual([]);
    expect(validate(manifestSchema, { ...valid, version: { code: 0, name: "1.0.0" } })).not.toEqual([]);
    expect(validate(manifestSchema, { ...valid, platform_version: { target_code: 2 } })).not.toEqual([]);
    expect(validate(manifestSchema, { ...valid, window: { navigation_bar_text_style: "blue" } })).not.toEqual([]);
    expect(validate(manifestSchema, { ...valid, app_id: "tea house" })).not.toEqual([]);
  });
});

describe("WeChat project", () => {
  const pkg = unzipped("wechat");
  const app = pkg.json("app.json") as { pages: string[]; tabBar: { list: { pagePath: string; text: string }[] }; sitemapLocation: string };

  it("has app.json, project.config.json, sitemap.json and page configs as documented", () => {
    expect(validate(wechatAppSchema, app)).toEqual([]);
    expect(validate(wechatProjectSchema, pkg.json("project.config.json"))).toEqual([]);
    expect(validate(wechatSitemapSchema, pkg.json(app.sitemapLocation))).toEqual([]);
    for (const page of app.pages) expect(validate(wechatPageSchema, pkg.json(`${page}.json`)), page).toEqual([]);
    expect(pkg.json("project.config.json").appid).toBe("wx0123456789abcdef");
  });

  it("has the four files of every page app.json and its tab bar name, and lets product pages be indexed", () => {
    for (const page of app.pages) for (const ext of ["wxml", "wxss", "js", "json"]) expect(pkg.files[`${page}.${ext}`], `${page}.${ext}`).toBeDefined();
    expect(app.tabBar.list.map((t) => t.pagePath)).toEqual(["pages/home/home", "pages/cart/cart", "pages/order/order"]);
    for (const tab of app.tabBar.list) expect(app.pages).toContain(tab.pagePath);
    expect(app.tabBar.list.map((t) => t.text)).toEqual(["Accueil", "Panier", "Vos commandes"]);
    const rules = (pkg.json("sitemap.json") as { rules: { action: string; page: string }[] }).rules;
    expect(rules).toContainEqual(expect.objectContaining({ action: "allow", page: "pages/product/product" }));
    expect(rules).toContainEqual(expect.objectContaining({ action: "disallow", page: "pages/checkout/checkout" }));
  });

  it("calls the API with wx.request and pays in a web-view page", () => {
    expect(pkg.text("common/host.js")).toBe('module.exports = require("./superapp-host.js")(wx, "wechat");\n');
    expect(pkg.text("common/superapp-host.js")).toContain("sdk.request(");
    expect(pkg.text("pages/pay/pay.wxml")).toContain('<web-view src="{{url}}">');
    expect(pkg.text("i18n/zh-CN.js")).toMatch(/^module\.exports = \{/);
  });

  it("refuses a project file with the AppID missing or misspelt keys", () => {
    expect(validate(wechatProjectSchema, { compileType: "miniprogram" })).not.toEqual([]);
    expect(validate(wechatAppSchema, { ...app, tabbar: app.tabBar })).not.toEqual([]);
    expect(validate(wechatAppSchema, { ...app, tabBar: { ...app.tabBar, list: app.tabBar.list.slice(0, 1) } })).not.toEqual([]);
  });
});

describe("Alipay project", () => {
  const pkg = unzipped("alipay");
  const app = pkg.json("app.json") as { pages: string[]; tabBar: { items: { pagePath: string }[] } };

  it("has app.json (tabBar items), mini.project.json and page configs as documented", () => {
    expect(validate(alipayAppSchema, app)).toEqual([]);
    expect(validate(alipayProjectSchema, pkg.json("mini.project.json"))).toEqual([]);
    for (const page of app.pages) expect(validate(alipayPageSchema, pkg.json(`${page}.json`)), page).toEqual([]);
    for (const tab of app.tabBar.items) expect(app.pages).toContain(tab.pagePath);
  });

  it("has the four files of every page, in Alipay's dialect, calling my.request", () => {
    for (const page of app.pages) for (const ext of ["axml", "acss", "js", "json"]) expect(pkg.files[`${page}.${ext}`], `${page}.${ext}`).toBeDefined();
    const axml = pkg.text("pages/product/product.axml");
    expect(axml).toContain('a:if="{{product}}"');
    expect(axml).toContain('onTap="addToCart"');
    expect(axml).not.toMatch(/wx:|bindtap/);
    expect(pkg.text("common/host.js")).toBe('module.exports = require("./superapp-host.js")(my, "alipay");\n');
  });
});

describe("one markup for three outputs", () => {
  it("turns WXML into AXML and HTML", () => {
    expect(toAxml('<view wx:for="{{a}}" bindtap="go" bindinput="type">')).toBe('<view a:for="{{a}}" onTap="go" onInput="type">');
    expect(toHtml('<view class="x"><text>{{t}}</text><image src="{{u}}" mode="aspectFill" /><button bindtap="go">Go</button></view>')).toBe(
      '<div class="x"><span>{{t}}</span><img src="{{u}}"><button type="button" bindtap="go">Go</button></div>',
    );
    expect(toHtml(pageTemplate("checkout"))).toContain('<select class="in-country" range="{{countryNames}}" value="{{countryIndex}}"');
  });

  it("names the app from the platform's host and the slug, and picks readable bar text", () => {
    expect(appId("localhost:3000", "demo")).toBe("localhost.demo");
    expect(appId("shop.example.com", "9lives")).toBe("com.example.shop._9lives");
    expect(textStyleOn("#0f766e")).toBe("white");
    expect(textStyleOn("#fde68a")).toBe("black");
  });
});
