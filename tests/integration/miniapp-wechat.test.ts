// The generated WeChat mini-program, run for real: Tencent's miniprogram-simulate loads the
// product and cart pages (WXML, JS, WXSS) in Node, their wx.request goes to the Storefront
// API's route handlers (tests/support/storefront-api, every answer checked against the
// OpenAPI document) on a real PostgreSQL, and the test looks at what a shopper sees and at
// the API's cart after each tap. The wx API's types are Tencent's (miniprogram-api-typings).
/// <reference types="miniprogram-api-typings" />
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { wechatFiles } from "@/lib/miniapp/package";
import { miniappSource } from "@/lib/miniapp/source";
import { makeDiscount, makeOpenShop, makeProduct, makeShippingRate } from "@/tests/support/shop-fixtures";
import { api } from "@/tests/support/storefront-api";

process.env.APP_URL = "http://localhost:3000";

// Next's data cache is a tag-aware fake (as in the Storefront API's tests); the rest of the
// request is the shared harness's (tests/support/session.ts).
vi.mock("next/cache", async () => (await import("@/tests/support/fake-next-cache")).fakeNextCacheModule());

type Json = Record<string, unknown>;
type Node = { dom: HTMLElement; dispatchEvent: (name: string, options?: object) => void };
type Rendered = Node & {
  attach: (parent: Element) => void;
  instance: Record<string, (...args: unknown[]) => unknown>;
  querySelector: (selector: string) => Node | undefined;
  querySelectorAll: (selector: string) => Node[];
};
type Simulate = { load: (path: string, options: object) => string; render: (id: string) => Rendered };

const g = globalThis as unknown as Record<string, unknown> & { wx: Record<string, unknown> };
let simulate: Simulate;
let dir: string;
const storage = new Map<string, string>();
const requests: string[] = [];
const navigations: string[] = [];
let slug: string;
let variants: { id: string }[];

// wx.request → the route handler (the super-apps send PUT for PATCH, see the host adapter; the
// document has both), every answer checked against the OpenAPI document.
function bridge(options: WechatMiniprogram.RequestOption) {
  const url = new URL(options.url);
  const method = options.method ?? "GET";
  requests.push(`${method} ${url.pathname}`);
  const header = (options.header ?? {}) as Record<string, string>;
  const headers = Object.fromEntries(Object.entries(header).filter(([k]) => k !== "X-Cart-Token"));
  const token = header["X-Cart-Token"];
  api(method, url.pathname + url.search, { body: options.data, headers, token })
    .then((answer) => {
      options.success?.({
        statusCode: answer.status,
        data: answer.body ?? "",
        header: {},
        errMsg: "request:ok",
      } as WechatMiniprogram.RequestSuccessCallbackResult);
    })
    .catch((error: Error) => options.fail?.({ errMsg: error.message } as WechatMiniprogram.RequestFailCallbackErr));
}

function installDom() {
  const { window } = new JSDOM("<!doctype html><html><body></body></html>");
  for (const key of ["window", "document", "Node", "Element", "HTMLElement", "Event", "CustomEvent", "getComputedStyle"])
    g[key] = key === "window" ? window : (window as unknown as Record<string, unknown>)[key];
}

// WeChat builds a page from Page({ data, onLoad, handlers… }); the simulator builds components,
// so each page becomes the component WeChat would make of it (its functions as methods).
function installPage() {
  g.Page = (definition: Record<string, unknown>) => {
    const methods = Object.fromEntries(Object.entries(definition).filter(([, v]) => typeof v === "function"));
    (g.Component as (options: object) => void)({ data: definition.data, methods });
  };
}

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check(), what).toBe(true);
}

function openPage(page: string, query: Json = {}) {
  const id = simulate.load(path.join(dir, `pages/${page}/${page}`), { rootPath: dir, compiler: "simulate" });
  const rendered = simulate.render(id);
  rendered.attach(document.createElement("parent-wrapper"));
  rendered.instance.onLoad(query);
  if (rendered.instance.onShow) rendered.instance.onShow();
  return rendered;
}

const params = (paymentId: string) => ({ params: Promise.resolve({ paymentId }) });
const text = (page: Rendered) => page.dom.textContent?.replace(/\s+/g, " ") ?? "";
const button = (page: Rendered, selector: string, label: string) => {
  const found = page.querySelectorAll(selector).find((b) => b.dom.textContent?.trim() === label);
  expect(found, `a button "${label}"`).toBeDefined();
  return found!;
};
const apiCart = async () =>
  (await api("GET", `/api/storefront/v1/shops/${slug}/cart`, { token: storage.get(`minishop.cart.${slug}`) })).body as Json & { lines: Json[] };

beforeAll(async () => {
  const shop = await makeOpenShop({ name: "Tea House" });
  slug = shop.slug;
  const made = await makeProduct(shop.id, {
    title: "Linen tee",
    variants: [
      { title: "S", priceAmount: 2450, stock: 3 },
      { title: "M", priceAmount: 2650, stock: 10 },
    ],
  });
  variants = made.variants;
  await db.productOption.create({ data: { shopId: shop.id, productId: made.product.id, name: "Size", values: ["S", "M"], position: 0 } });
  await db.variant.update({ where: { id: variants[0].id }, data: { option1: "S" } });
  await db.variant.update({ where: { id: variants[1].id }, data: { option1: "M" } });
  await db.product.update({ where: { id: made.product.id }, data: { handle: "linen-tee" } });
  await makeDiscount(shop.id, { code: "TEA10" });
  await makeShippingRate(shop.id, { name: "Standard", amount: 500 });

  const { input } = await miniappSource(db, { id: shop.id }, { platformOrigin: "http://localhost:3000" });
  dir = mkdtempSync(path.join(tmpdir(), "minishop-wechat-"));
  for (const [name, content] of Object.entries(wechatFiles(input))) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }

  installDom();
  simulate = createRequire(import.meta.url)("miniprogram-simulate") as Simulate;
  installPage();
  const wx: Partial<WechatMiniprogram.Wx> = {
    request: ((options: WechatMiniprogram.RequestOption) => bridge(options)) as WechatMiniprogram.Wx["request"],
    getStorageSync: ((key: string) => storage.get(key) ?? "") as WechatMiniprogram.Wx["getStorageSync"],
    setStorageSync: (key: string, value: unknown) => void storage.set(key, String(value)),
    getAppBaseInfo: () => ({ language: "en" }) as WechatMiniprogram.AppBaseInfo,
    setNavigationBarTitle: (() => {}) as WechatMiniprogram.Wx["setNavigationBarTitle"],
    showToast: (() => {}) as WechatMiniprogram.Wx["showToast"],
    navigateTo: ((options: { url: string }) => void navigations.push(options.url)) as WechatMiniprogram.Wx["navigateTo"],
    switchTab: ((options: { url: string }) => void navigations.push(options.url)) as WechatMiniprogram.Wx["switchTab"],
  };
  Object.assign(g.wx, wx);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the WeChat product page", () => {
  it("shows the product from the API, switches variant, and adds it to the API's cart", async () => {
    const page = openPage("product", { handle: "linen-tee" });
    await until(() => text(page).includes("Linen tee"), "the product's title");
    expect(page.querySelector(".title")!.dom.textContent).toBe("Linen tee");
    expect(page.querySelector(".price")!.dom.textContent).toBe("€24.50");
    expect(text(page)).toContain("Only 3 left");
    expect(requests).toContain(`GET /api/storefront/v1/shops/${slug}/products/linen-tee`);

    button(page, ".choice", "M").dispatchEvent("tap");
    await until(() => page.querySelector(".price")!.dom.textContent === "€26.50", "M's price");
    expect(text(page)).toContain("In stock");

    button(page, ".primary", "Add to cart").dispatchEvent("tap");
    await until(() => text(page).includes("Added to your cart."), "the confirmation");
    expect(text(page)).toContain("Cart, 1 item");
    const cart = await apiCart();
    expect(cart.lines).toEqual([expect.objectContaining({ variantId: variants[1].id, quantity: 1, title: "Linen tee", variantTitle: "M" })]);
    expect(await db.cartLine.count({ where: { variantId: variants[1].id } })).toBe(1);
  });
});

describe("the WeChat cart page", () => {
  it("shows the API's cart and changes it: quantity, discount code, removal", async () => {
    const page = openPage("cart");
    await until(() => text(page).includes("Linen tee"), "the line");
    expect(text(page)).toContain("€26.50");

    button(page, ".step", "+").dispatchEvent("tap");
    await until(() => page.querySelector(".quantity")!.dom.textContent === "2", "quantity 2");
    expect((await apiCart()).lines[0]).toMatchObject({ quantity: 2, subtotal: { amount: 5300, currency: "EUR" } });
    expect(requests.some((r) => r.startsWith("PUT ") && r.includes("/cart/lines/"))).toBe(true);

    page.querySelector(".code-input")!.dispatchEvent("input", { detail: { value: "tea10" } });
    button(page, ".secondary", "Apply").dispatchEvent("tap");
    await until(() => text(page).includes("Code TEA10 applied."), "the code applied");
    const discounted = await apiCart();
    expect(discounted.discountCodes).toEqual([expect.objectContaining({ code: "TEA10", applied: true })]);
    // 10 % off €53.00, plus the shop's first shipping rate (€5.00) until one is chosen.
    expect(discounted.totals).toMatchObject({ discount: { amount: 530 }, shipping: { amount: 500 }, total: { amount: 5270 } });
    expect(text(page)).toContain("€52.70");

    button(page, ".link", "Remove").dispatchEvent("tap");
    await until(() => text(page).includes("Your cart is empty."), "the empty cart");
    expect((await apiCart()).lines).toEqual([]);
  });
});

describe("the WeChat checkout page", () => {
  it("checks out the API's cart, opens the payment page in the web-view page, and starts a new cart once paid", async () => {
    const product = openPage("product", { handle: "linen-tee" });
    await until(() => text(product).includes("Linen tee"), "the product");
    button(product, ".primary", "Add to cart").dispatchEvent("tap");
    await until(() => text(product).includes("Added to your cart."), "the confirmation");

    const page = openPage("checkout");
    await until(() => text(page).includes("€24.50"), `the cart's subtotal in "${text(page)}"`);
    page.querySelector(".in-email")!.dispatchEvent("input", { detail: { value: "ada@example.test" } });
    page.querySelector(".in-name")!.dispatchEvent("input", { detail: { value: "Ada Lovelace" } });
    page.querySelector(".in-line1")!.dispatchEvent("input", { detail: { value: "12 Rue de Rivoli" } });
    page.querySelector(".in-city")!.dispatchEvent("input", { detail: { value: "Paris" } });
    page.querySelector(".in-postalCode")!.dispatchEvent("input", { detail: { value: "75001" } });
    const france = (page.instance.data as unknown as { countryNames: string[] }).countryNames.indexOf("France");
    page.querySelector(".in-country")!.dispatchEvent("change", { detail: { value: String(france) } });
    await until(() => text(page).includes("Standard · €5.00"), "the shipping rate");

    button(page, ".primary", "Pay").dispatchEvent("tap");
    await until(() => navigations.some((url) => url.startsWith("/pages/pay/pay?url=")), "the web-view page opened");
    const paymentUrl = new URL(decodeURIComponent(navigations.find((url) => url.startsWith("/pages/pay/pay?url="))!.split("url=")[1]));
    expect(paymentUrl.pathname).toMatch(/^\/pay\/test\//);
    const order = await db.order.findFirstOrThrow({ where: { email: "ada@example.test" } });
    // TEA10 is still on the cart from the test before: 10 % off.
    expect(order).toMatchObject({
      status: "PENDING",
      subtotalAmount: 2450,
      discountAmount: 245,
      shippingAmount: 500,
      totalAmount: 2705,
      shippingRateName: "Standard",
    });

    // The shopper pays on the test provider's page inside the web-view.
    const paymentId = paymentUrl.pathname.split("/").at(-1)!;
    const form = new FormData();
    form.set("decision", "pay");
    const { POST } = await import("@/app/pay/test/[paymentId]/decide/route");
    expect((await POST(new Request(`http://localhost/pay/test/${paymentId}/decide`, { method: "POST", body: form }), params(paymentId))).status).toBe(303);

    // Back in the mini-program: the order shows as paid and the next visit to the cart finds it empty.
    const orders = openPage("order");
    await until(() => text(orders).includes("Paid"), "the paid order");
    expect(text(orders)).toContain(`Order #${order.number}`);
    const cart = openPage("cart");
    await until(() => text(cart).includes("Your cart is empty."), "a new, empty cart");
    expect(storage.get(`minishop.cart.${slug}`)).toBe("");
  });
});
