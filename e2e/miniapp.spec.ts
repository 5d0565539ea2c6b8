// The shop as a mini-program. A merchant previews it on the Publish page, publishes versions
// and downloads the three packages (unzipped and checked here). A page on another origin,
// served by this test, embeds a shop with the demo catalogue through the snippet and buys
// through it up to the test payment page; a page on an origin the shop doesn't allow is
// refused the frame (in a browser of its own: the refusal is a console error by design).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Download, Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { test, expect, accessibilityViolations, suffix } from "./fixtures";

async function unzipDownload(page: Page, link: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return { name: (download as Download).suggestedFilename(), files: unzipSync(new Uint8Array(await readAll(download))) };
}

async function readAll(download: Download) {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const json = (files: Record<string, Uint8Array>, name: string) => {
  expect(files[name], name).toBeDefined();
  return JSON.parse(strFromU8(files[name])) as Record<string, unknown>;
};

test("a merchant previews the mini-program, publishes two versions and downloads the packages", async ({ page, context, baseURL, shop }) => {
  const { name, slug } = shop;
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(`/dashboard/${slug}`);
  await page.getByRole("link", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Publish", level: 1 })).toBeVisible();

  // The preview runs the MiniApp package's pages on the Storefront API.
  const preview = page.frameLocator('iframe[title="Mini-program preview"]');
  await expect(preview.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(preview.getByText("No products yet. Come back soon!")).toBeVisible();
  await page.getByRole("button", { name: "Cart", exact: true }).click();
  await expect(preview.getByRole("heading", { name: "Your cart" })).toBeVisible();
  await expect(page.getByText("Publish a version first.")).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  await expect(page.getByLabel("Version name")).toHaveValue("1.0.0");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published version 1.0.0 (code 1).")).toBeVisible();
  await expect(page.getByLabel("Version name")).toHaveValue("1.0.1");
  await page.getByLabel("Version name").fill("0.9.0");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Use a version above 1.0.0")).toBeVisible();
  await page.getByLabel("Version name").fill("1.1.0");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published version 1.1.0 (code 2).")).toBeVisible();
  const history = page.getByRole("table", { name: "Published versions" });
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history.getByRole("row").nth(1)).toContainText("1.1.0");
  await expect(history.getByRole("row").nth(2)).toContainText("1.0.0");

  await page.getByLabel("WeChat AppID").fill("not-an-appid");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("A WeChat AppID is wx followed by 16 hexadecimal characters")).toBeVisible();
  await page.getByLabel("WeChat AppID").fill("wx0123456789abcdef");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();

  await page.getByRole("button", { name: "Copy embed snippet" }).click();
  await expect(page.getByText("Copied to the clipboard.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`<minishop-shop shop="${slug}"></minishop-shop>`);
  await expect(page.getByRole("img", { name: `QR code of ${baseURL}/s/${slug}` })).toBeVisible();

  const ma = await unzipDownload(page, "W3C MiniApp package");
  expect(ma.name).toBe(`${slug}.ma`);
  const manifest = json(ma.files, "manifest.json") as { version: object; pages: string[]; icons: { src: string }[]; name: string };
  expect(manifest).toMatchObject({ name, version: { code: 2, name: "1.1.0" }, platform_version: { min_code: 1 } });
  for (const p of manifest.pages) for (const ext of ["html", "css", "js"]) expect(ma.files[`${p}.${ext}`], `${p}.${ext}`).toBeDefined();
  for (const icon of manifest.icons) expect(ma.files[icon.src]?.length, icon.src).toBeGreaterThan(100);
  expect(Object.keys(ma.files)).toEqual(expect.arrayContaining(["app.js", "app.css", "common/core.js", "i18n/en.json", "i18n/fr.json", "i18n/zh-CN.json"]));

  const wechat = await unzipDownload(page, "WeChat project");
  expect(wechat.name).toBe(`${slug}-wechat.zip`);
  const app = json(wechat.files, "app.json") as { pages: string[]; sitemapLocation: string; tabBar: { list: unknown[] } };
  expect(app.tabBar.list).toHaveLength(3);
  for (const p of app.pages) for (const ext of ["wxml", "wxss", "js", "json"]) expect(wechat.files[`${p}.${ext}`], `${p}.${ext}`).toBeDefined();
  expect(json(wechat.files, "project.config.json")).toMatchObject({ appid: "wx0123456789abcdef", compileType: "miniprogram" });
  expect(json(wechat.files, app.sitemapLocation).rules).toContainEqual(expect.objectContaining({ action: "allow", page: "pages/product/product" }));

  const alipay = await unzipDownload(page, "Alipay project");
  expect(alipay.name).toBe(`${slug}-alipay.zip`);
  const alipayApp = json(alipay.files, "app.json") as { pages: string[]; tabBar: { items: unknown[] } };
  expect(alipayApp.tabBar.items).toHaveLength(3);
  for (const p of alipayApp.pages) for (const ext of ["axml", "acss", "js", "json"]) expect(alipay.files[`${p}.${ext}`], `${p}.${ext}`).toBeDefined();
  expect(json(alipay.files, "mini.project.json")).toMatchObject({ format: 2, compileType: "mini" });

  // The manifest the Storefront API serves is the published version's.
  const served = await page.request.get(`/api/storefront/v1/shops/${slug}/miniapp/manifest.json`);
  expect(served.status()).toBe(200);
  expect(await served.json()).toMatchObject({ version: { code: 2, name: "1.1.0" }, start_url: `${baseURL}/embed/${slug}/pages/home/home.html` });
});

/** A page of this test's own, on 127.0.0.1 (another origin than the app's localhost). */
async function hostPage(html: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test.describe("the embed", () => {
  test.use({ shopOptions: { catalogue: "demo" } });

  test("a page on an allowed origin embeds the shop and buys through it; another origin is refused the frame", async ({ page, playwright, baseURL, shop }) => {
    const snippet = `<script src="${baseURL}/embed.js" async></script>\n<minishop-shop shop="${shop.slug}"></minishop-shop>`;
    const allowed = await hostPage(`<!doctype html><title>Our blog</title><h1>Our blog</h1>${snippet}`);
    const refused = await hostPage(`<!doctype html><title>Someone else</title><h1>Someone else</h1>${snippet}`);
    try {
      // The owner allows the blog's origin (and only it).
      await page.goto(`/dashboard/${shop.slug}/settings`);
      await page.getByLabel("Allowed origins").fill(allowed.origin);
      await page.getByRole("button", { name: "Save origins" }).click();
      await expect(page.getByText(/saved/i)).toBeVisible();

      await page.goto(allowed.origin);
      const frame = page.frameLocator("minishop-shop iframe");
      await expect(frame.getByRole("heading", { name: shop.name, level: 1 })).toBeVisible();
      // The frame grows to its content: the height came by postMessage.
      await expect.poll(async () => (await page.locator("minishop-shop iframe").boundingBox())?.height ?? 0).toBeGreaterThan(700);

      await frame.getByRole("button", { name: /Enamel Camp Mug/ }).click();
      await expect(frame.getByRole("heading", { name: "Enamel Camp Mug", level: 1 })).toBeVisible();
      await frame.getByRole("button", { name: "White", exact: true }).click();
      await frame.getByRole("button", { name: "Add to cart" }).click();
      await expect(frame.getByText("Added to your cart.")).toBeVisible();
      await frame.getByRole("button", { name: "Cart, 1 item" }).click();
      await expect(frame.getByRole("heading", { name: "Your cart" })).toBeVisible();
      await expect(frame.getByText("Enamel Camp Mug")).toBeVisible();
      await frame.getByRole("button", { name: "Checkout" }).click();

      await expect(frame.getByRole("heading", { name: "Checkout", level: 1 })).toBeVisible();
      await frame.getByLabel("Email").fill(`embed-${suffix()}@example.test`);
      await frame.getByLabel("Full name").fill("Ada Lovelace");
      await frame.getByLabel("Address", { exact: true }).fill("12 Rue de Rivoli");
      await frame.getByLabel("City").fill("Paris");
      await frame.getByLabel("Postal code").fill("75001");
      await frame.getByLabel("Country").selectOption({ label: "France" });
      await expect(frame.getByRole("button", { name: /^Standard/ })).toHaveAttribute("aria-pressed", "true");
      const [payment] = await Promise.all([page.waitForEvent("popup"), frame.getByRole("button", { name: "Pay", exact: true }).click()]);
      await expect(payment).toHaveURL(/\/pay\/test\//);
      await expect(payment.getByRole("heading", { name: "Pay for your order" })).toBeVisible();

      // Another origin: the browser refuses to show the shop in its frame (frame-ancestors).
      const browser = await playwright.chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox"] });
      const outsider = await browser.newPage();
      const refusal = outsider.waitForEvent("console", (m) => /frame-ancestors/.test(m.text()));
      await outsider.goto(refused.origin);
      await refusal;
      await expect(outsider.frameLocator("minishop-shop iframe").getByRole("heading", { name: shop.name })).toHaveCount(0);
      await browser.close();

      // Only /embed may be framed by the shop's sites; the storefront itself keeps refusing.
      const embedPage = await page.request.get(`/embed/${shop.slug}/pages/home/home.html`);
      expect(embedPage.headers()["content-security-policy"]).toContain(`frame-ancestors 'self' ${allowed.origin}`);
      expect(embedPage.headers()["x-frame-options"]).toBeUndefined();
      const storefront = await page.request.get(`/s/${shop.slug}`);
      expect(storefront.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
      expect(storefront.headers()["x-frame-options"]).toBe("SAMEORIGIN");
    } finally {
      allowed.server.close();
      refused.server.close();
    }
  });
});
