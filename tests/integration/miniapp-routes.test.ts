// The mini-program's routes through their handlers: the served manifest and its icons, the
// embed pages' framing policy from the shop's allowed origins, oEmbed for shop and product
// links, and the Publish page's downloads and QR codes (owners only).
import Ajv2020 from "ajv/dist/2020";
import { strFromU8, unzipSync } from "fflate";
import type { Metadata } from "next";
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { publishVersion } from "@/lib/miniapp/publish";
import { manifestSchema } from "@/lib/miniapp/schemas/manifest";
import { miniappSource, servedManifest } from "@/lib/miniapp/source";
import { makeMember, makeOpenShop, makeProduct } from "@/tests/support/shop-fixtures";
import { session } from "@/tests/support/session";

process.env.APP_URL = "http://shops.test";

vi.mock("next/cache", async () => (await import("@/tests/support/fake-next-cache")).fakeNextCacheModule());

const manifestRoute = await import("@/app/api/storefront/v1/shops/[slug]/miniapp/manifest.json/route");
const embedRoute = await import("@/app/embed/[slug]/[...path]/route");
const oembedRoute = await import("@/app/api/oembed/route");
const fileRoute = await import("@/app/api/shops/[shopId]/miniapp/[file]/route");

type Shop = Awaited<ReturnType<typeof makeOpenShop>>;
let shop: Shop;
let owner: CurrentUser;
let staff: CurrentUser;
const get = (url: string) => new Request(`http://shops.test${url}`);
const params = <P>(value: P) => ({ params: Promise.resolve(value) });

beforeAll(async () => {
  shop = await makeOpenShop({ name: "Tea House", allowedOrigins: ["https://blog.tea.example"] });
  await makeProduct(shop.id, { title: "Sencha" }).then(({ product }) => db.product.update({ where: { id: product.id }, data: { handle: "sencha" } }));
  owner = await makeMember(shop.id, "OWNER");
  staff = await makeMember(shop.id, "STAFF");
});

beforeEach(() => {
  session.user = owner;
});

describe("the served manifest", () => {
  it("is 404 until the first publish, then the published version's, valid, with icons that exist", async () => {
    expect((await manifestRoute.GET(get("/"), params({ slug: shop.slug }))).status).toBe(404);
    const { input } = await miniappSource(db, { id: shop.id }, { platformOrigin: "http://shops.test" });
    await publishVersion(db, { shopId: shop.id, userId: owner.id, role: "OWNER" }, { name: "1.0.0" }, (v) => servedManifest({ ...input, version: v }));

    const response = await manifestRoute.GET(get("/"), params({ slug: shop.slug }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("etag")).toBeTruthy();
    const manifest = (await response.json()) as { icons: { src: string; sizes: string }[]; version: object };
    const validate = new Ajv2020({ strict: true }).compile(manifestSchema);
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    expect(manifest.version).toEqual({ code: 1, name: "1.0.0" });
    for (const icon of manifest.icons) {
      const url = new URL(icon.src);
      expect(url.pathname).toMatch(new RegExp(`^/embed/${shop.slug}/common/icons/icon-\\d+\\.png$`));
      const png = await embedRoute.GET(get(url.pathname), params({ slug: shop.slug, path: url.pathname.split("/").slice(3) }));
      expect(png.headers.get("content-type")).toBe("image/png");
      const meta = await sharp(Buffer.from(await png.arrayBuffer())).metadata();
      expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
    }
    expect((await embedRoute.GET(get("/"), params({ slug: shop.slug, path: ["common", "icons", "icon-13.png"] }))).status).toBe(404);
  });
});

describe("the embed pages", () => {
  it("may be framed by the platform and the shop's allowed origins only", async () => {
    const page = await embedRoute.GET(get("/"), params({ slug: shop.slug, path: ["pages", "product", "product.html"] }));
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'self' https://blog.tea.example;");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self';");
    expect(await page.text()).toContain('<template id="page-template">');
    const config = await (await embedRoute.GET(get("/"), params({ slug: shop.slug, path: ["common", "config.js"] }))).text();
    expect(config).toContain('"apiBase": "http://shops.test"');
  });

  it("serves nothing outside the package", async () => {
    for (const path of [
      ["..", "manifest.json"],
      ["pages", "nope.html"],
      ["etc", "passwd"],
    ])
      expect((await embedRoute.GET(get("/"), params({ slug: shop.slug, path }))).status, path.join("/")).toBe(404);
    expect((await embedRoute.GET(get("/"), params({ slug: "no-such-shop", path: ["app.js"] }))).status).toBe(404);
  });
});

describe("oEmbed", () => {
  const oembed = (query: string) => oembedRoute.GET(get(`/api/oembed?${query}`));

  it("answers a rich embed for shop and product links", async () => {
    const forShop = await oembed(`url=${encodeURIComponent(`http://shops.test/s/${shop.slug}`)}&maxwidth=320`);
    expect(forShop.status).toBe(200);
    expect(await forShop.json()).toMatchObject({
      version: "1.0",
      type: "rich",
      title: "Tea House",
      provider_name: "Minishop",
      width: 320,
      html: `<script src="http://shops.test/embed.js" async></script>\n<minishop-shop shop="${shop.slug}"></minishop-shop>`,
    });
    const forProduct = await oembed(`url=${encodeURIComponent(`http://shops.test/s/${shop.slug}/p/sencha`)}`);
    expect(await forProduct.json()).toMatchObject({ title: "Sencha", author_name: "Tea House", html: expect.stringContaining('product="sencha"') });
  });

  it("refuses other sites' links, unknown products and formats it doesn't offer", async () => {
    expect((await oembed(`url=${encodeURIComponent(`https://elsewhere.example/s/${shop.slug}`)}`)).status).toBe(404);
    expect((await oembed(`url=${encodeURIComponent(`http://shops.test/s/${shop.slug}/p/nope`)}`)).status).toBe(404);
    expect((await oembed("url=not-a-url")).status).toBe(404);
    expect((await oembed(`url=${encodeURIComponent(`http://shops.test/s/${shop.slug}`)}&format=xml`)).status).toBe(501);
  });
});

describe("oEmbed discovery", () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each page types its own params
  type Page = { generateMetadata: (props: { params: Promise<any> }) => Promise<Metadata>; revalidate?: number };

  it("the shop's home and product pages link to their oEmbed answer, and stay cached pages", async () => {
    const home: Page = await import("@/app/(storefront)/s/[shopSlug]/[locale]/page");
    const product: Page = await import("@/app/(storefront)/s/[shopSlug]/[locale]/p/[handle]/page");
    for (const [page, extra, title, link] of [
      [home, {}, "Tea House", `http://shops.test/s/${shop.slug}`],
      [product, { handle: "sencha" }, "Sencha", `http://shops.test/s/${shop.slug}/p/sencha`],
    ] as const) {
      expect(page.revalidate, title).toBe(3600); // ISR: the metadata reads no request state
      const metadata = await page.generateMetadata({ params: Promise.resolve({ shopSlug: shop.slug, locale: "default", ...extra }) });
      const [discovery] = (metadata.alternates?.types?.["application/json+oembed"] ?? []) as { url: string; title: string }[];
      expect(discovery, title).toEqual({ url: `/api/oembed?url=${encodeURIComponent(link)}`, title });
      const answer = await oembedRoute.GET(get(discovery!.url));
      expect(answer.status, title).toBe(200);
      expect(await answer.json()).toMatchObject({ type: "rich", title });
    }
  });
});

describe("downloads and QR codes", () => {
  const download = (file: string, query = "") => fileRoute.GET(get(`/api/shops/${shop.id}/miniapp/${file}${query}`), params({ shopId: shop.id, file }));

  it("gives owners the published packages and QR codes of the shop's links", async () => {
    const wechat = await download("wechat");
    expect(wechat.status).toBe(200);
    expect(wechat.headers.get("content-disposition")).toBe(`attachment; filename="${shop.slug}-wechat.zip"`);
    const files = unzipSync(new Uint8Array(await wechat.arrayBuffer()));
    expect(JSON.parse(strFromU8(files["project.config.json"]))).toMatchObject({ appid: "touristappid", projectname: shop.slug });
    const ma = await download("miniapp");
    expect(ma.headers.get("content-type")).toBe("application/miniapp-pkg+zip");

    const svg = await download("qr.svg", "?handle=sencha");
    expect(svg.headers.get("content-type")).toBe("image/svg+xml");
    expect(await svg.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const png = await download("qr.png");
    expect((await sharp(Buffer.from(await png.arrayBuffer())).metadata()).width).toBe(512);
    expect((await download("nothing")).status).toBe(404);
  });

  it("refuses staff and guests", async () => {
    session.user = staff;
    expect((await download("wechat")).status).toBe(403);
    session.user = null;
    expect((await download("qr.svg")).status).toBe(401);
  });
});
