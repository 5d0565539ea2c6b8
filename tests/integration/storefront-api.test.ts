// The Storefront API v1 through its route handlers, as Next.js calls them, against a real
// PostgreSQL: each operation's answers checked against the OpenAPI document (ajv), a whole
// purchase through the API alone, tokens bound to their shop, CORS per shop, languages, what
// shoppers may see, and cached reads that show a merchant's edit at once. Next's data cache is
// a tag-aware fake here (tests/support/fake-next-cache.ts); the rest of the request is the
// shared harness's (tests/support/session.ts).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ADDRESS, makeCollection, makeDiscount, makeOpenShop, makeProduct, makeShippingRate, stockOf } from "@/tests/support/shop-fixtures";
import { API, api } from "@/tests/support/storefront-api";

process.env.APP_URL = "http://localhost:3000";

vi.mock("next/cache", async () => (await import("@/tests/support/fake-next-cache")).fakeNextCacheModule());

const { storefrontChanged } = await import("@/lib/catalog/cache");
const payRoute = await import("@/app/pay/test/[paymentId]/decide/route");

type Shop = Awaited<ReturnType<typeof makeOpenShop>>;
let shop: Shop;
let other: Shop;
let tee: Awaited<ReturnType<typeof makeProduct>>;
let mug: Awaited<ReturnType<typeof makeProduct>>;
let rateId: string;

const shopUrl = (s: Shop = shop) => `${API}/shops/${s.slug}`;
const newCart = async (s: Shop = shop) => {
  const created = await api("POST", `${shopUrl(s)}/carts`);
  expect(created.status).toBe(201);
  return created.body!.token as string;
};

beforeAll(async () => {
  shop = await makeOpenShop({ name: "Linen & Co", taxRateBps: 2000, allowedOrigins: ["https://shop.example"] });
  other = await makeOpenShop();
  const collection = await makeCollection(shop.id);
  tee = await makeProduct(shop.id, {
    title: "Linen Tee",
    variants: [
      { title: "S", priceAmount: 2500, stock: 5, sku: "TEE-S" },
      { title: "M", priceAmount: 2700, stock: 0, sku: "TEE-M" },
    ],
    collectionIds: [collection.id],
  });
  await db.productOption.create({ data: { shopId: shop.id, productId: tee.product.id, name: "Size", position: 0, values: ["S", "M"] } });
  await db.variant.update({ where: { id: tee.variants[0]!.id }, data: { option1: "S", compareAtAmount: 3000 } });
  await db.variant.update({ where: { id: tee.variants[1]!.id }, data: { option1: "M" } });
  await db.productImage.create({
    data: { shopId: shop.id, productId: tee.product.id, url: "/uploads/images/tee.webp", alt: "A linen tee", width: 800, height: 600 },
  });
  mug = await makeProduct(shop.id, { title: "Stoneware Mug", variants: [{ priceAmount: 1200, stock: 50 }] });
  await makeProduct(shop.id, { title: "Secret Draft", status: "DRAFT" });
  rateId = (await makeShippingRate(shop.id, { name: "Colissimo", amount: 600, freeAboveAmount: 10_000, countries: ["FR", "BE"] })).id;
  await makeShippingRate(shop.id, { name: "US Post", amount: 1500, countries: ["US"] });
  await makeDiscount(shop.id, { code: "WELCOME10" });
});

describe("catalogue", () => {
  it("answers the shop, its products, one product and its collections", async () => {
    const shopAnswer = await api("GET", shopUrl());
    expect(shopAnswer.status).toBe(200);
    expect(shopAnswer.body).toMatchObject({ slug: shop.slug, name: "Linen & Co", currency: "EUR", takesOrders: true, locales: ["en", "fr", "zh-CN"] });
    expect(shopAnswer.headers.get("etag")).toMatch(/^"[\w-]+"$/);

    const list = await api("GET", `${shopUrl()}/products?limit=1`);
    expect(list.body).toMatchObject({ total: 2, fuzzy: false });
    const products = list.body!.products as { title: string; variants: unknown[] }[];
    expect(products).toHaveLength(1);
    const second = await api("GET", `${shopUrl()}/products?cursor=${list.body!.nextCursor}`);
    const titles = [...products, ...(second.body!.products as { title: string }[])].map((p) => p.title).sort();
    expect(titles).toEqual(["Linen Tee", "Stoneware Mug"]); // never the draft
    expect(second.body!.nextCursor).toBeNull();

    const product = await api("GET", `${shopUrl()}/products/${tee.product.handle}`);
    expect(product.body).toMatchObject({
      title: "Linen Tee",
      priceRange: { min: { amount: 2500, currency: "EUR" }, max: { amount: 2700, currency: "EUR" } },
      compareAtPrice: { amount: 3000, currency: "EUR" },
      available: true,
      options: [{ name: "Size", values: ["S", "M"] }],
      images: [{ url: "http://localhost:3000/uploads/images/tee.webp", alt: "A linen tee", width: 800, height: 600 }],
    });
    expect(product.body!.variants).toEqual([
      expect.objectContaining({ title: "S", options: ["S"], price: { amount: 2500, currency: "EUR" }, available: true, quantityAvailable: 5 }),
      expect.objectContaining({ title: "M", options: ["M"], available: false, quantityAvailable: 0 }),
    ]);

    const collections = await api("GET", `${shopUrl()}/collections`);
    const [collection] = collections.body!.collections as { handle: string }[];
    expect((await api("GET", `${shopUrl()}/collections/${collection!.handle}`)).status).toBe(200);
    const inCollection = await api("GET", `${shopUrl()}/products?collection=${collection!.handle}`);
    expect((inCollection.body!.products as { title: string }[]).map((p) => p.title)).toEqual(["Linen Tee"]);
  });

  it("searches with the storefront's typo-tolerant search", async () => {
    const exact = await api("GET", `${shopUrl()}/products?q=mug`);
    expect(exact.body).toMatchObject({ total: 1, fuzzy: false });
    const typo = await api("GET", `${shopUrl()}/products?q=stonewear`);
    expect(typo.body).toMatchObject({ fuzzy: true });
    expect((typo.body!.products as { title: string }[])[0]!.title).toBe("Stoneware Mug");
  });

  it("hides drafts, unknown handles and shops that aren't active", async () => {
    const draft = await db.product.findFirstOrThrow({ where: { shopId: shop.id, status: "DRAFT" } });
    expect((await api("GET", `${shopUrl()}/products/${draft.handle}`)).status).toBe(404);
    expect((await api("GET", `${shopUrl()}/products/no-such-thing`)).body).toMatchObject({ error: { code: "not_found", message: "Product not found." } });
    const suspended = await makeOpenShop({ status: "SUSPENDED" });
    await makeProduct(suspended.id);
    expect((await api("GET", shopUrl(suspended))).status).toBe(404);
    expect((await api("GET", `${shopUrl(suspended)}/products`)).status).toBe(404);
    const refused = await api("POST", `${shopUrl(suspended)}/carts`);
    expect(refused).toMatchObject({ status: 409, body: { error: { code: "unavailable", message: "This shop isn't taking orders right now." } } });
    expect(await db.cart.count({ where: { shopId: suspended.id } })).toBe(0);
  });

  it("answers 304 to If-None-Match, and a cached read shows a price edit at once", async () => {
    const url = `${shopUrl()}/products/${mug.product.handle}`;
    const first = await api("GET", url);
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    expect((await api("GET", url, { headers: { "If-None-Match": etag } })).status).toBe(304);

    // The read is cached: a write nobody announced isn't seen…
    await db.variant.update({ where: { id: mug.variant!.id }, data: { priceAmount: 1500 } });
    expect(((await api("GET", url)).body!.priceRange as { min: { amount: number } }).min.amount).toBe(1200);
    // …and storefrontChanged, which every merchant edit calls, shows it on the next request.
    storefrontChanged(shop.id, { productIds: [mug.product.id] });
    const edited = await api("GET", url, { headers: { "If-None-Match": etag } });
    expect(edited.status).toBe(200);
    expect((edited.body!.priceRange as { min: { amount: number } }).min.amount).toBe(1500);
    expect(edited.headers.get("etag")).not.toBe(etag);
    const list = await api("GET", `${shopUrl()}/products?q=mug`);
    expect((list.body!.products as { priceRange: { min: { amount: number } } }[])[0]!.priceRange.min.amount).toBe(1500);
    await db.variant.update({ where: { id: mug.variant!.id }, data: { priceAmount: 1200 } });
    storefrontChanged(shop.id, { productIds: [mug.product.id] });
  });

  it("answers messages in the first language of Accept-Language", async () => {
    const fr = await api("GET", `${shopUrl()}/products/nope`, { headers: { "Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5" } });
    expect(fr.body).toMatchObject({ error: { code: "not_found", message: "Produit introuvable." } });
    const zh = await api("GET", `${API}/shops/no-such-shop`, { headers: { "Accept-Language": "zh-TW" } });
    expect((zh.body!.error as { message: string }).message).not.toMatch(/[a-z]{4}/);
  });
});

describe("a whole purchase through the API", () => {
  it("cart → lines → code → rates → email and address → checkout → Pay → status by token", async () => {
    const token = await newCart();
    let cart = await api("POST", `${shopUrl()}/cart/lines`, { token, body: { variantId: tee.variants[0]!.id, quantity: 2 } });
    expect(cart.status).toBe(200);
    cart = await api("POST", `${shopUrl()}/cart/lines`, { token, body: { variantId: mug.variant!.id } });
    const mugLine = (cart.body!.lines as { id: string; variantId: string }[]).find((l) => l.variantId === mug.variant!.id)!;
    cart = await api("PATCH", `${shopUrl()}/cart/lines/${mugLine.id}`, { token, body: { quantity: 3 } });
    expect(cart.body).toMatchObject({ itemCount: 5, canCheckout: false, totals: { subtotal: { amount: 2 * 2500 + 3 * 1200 } } });

    const badCode = await api("POST", `${shopUrl()}/cart/discount-codes`, { token, body: { code: "NOPE" } });
    expect(badCode).toMatchObject({ status: 422, body: { error: { code: "discount" } } });
    cart = await api("POST", `${shopUrl()}/cart/discount-codes`, { token, body: { code: "welcome10" } });
    expect(cart.body!.discountCodes).toEqual([{ code: "WELCOME10", applied: true, message: null }]);
    expect(cart.body!.totals).toMatchObject({ discount: { amount: 860 } });

    const rates = await api("GET", `${shopUrl()}/cart/shipping-rates?country=fr`, { token });
    expect(rates.body).toEqual({
      rates: [{ id: rateId, name: "Colissimo", price: { amount: 600, currency: "EUR" }, freeAbove: { amount: 10_000, currency: "EUR" } }],
    });

    const wrongCountry = await api("PATCH", `${shopUrl()}/cart`, { token, body: { shippingAddress: { ...ADDRESS, postalCode: "abc" } } });
    expect(wrongCountry).toMatchObject({ status: 400, body: { error: { code: "invalid", fields: { "shippingAddress.postalCode": expect.any(String) } } } });
    cart = await api("PATCH", `${shopUrl()}/cart`, { token, body: { email: " Ada@Example.com ", shippingAddress: ADDRESS, shippingRateId: rateId } });
    expect(cart.body).toMatchObject({ email: "ada@example.com", shippingRateId: rateId, canCheckout: true, shippingAddress: { city: "Paris", country: "FR" } });
    const total = (cart.body!.totals as { total: { amount: number } }).total.amount;
    expect(total).toBe(8600 - 860 + 600);

    const checkout = await api("POST", `${shopUrl()}/cart/checkout`, { token });
    expect(checkout.status).toBe(201);
    expect(checkout.body).toMatchObject({ status: "pending", total: { amount: total, currency: "EUR" } });
    expect(await stockOf(tee.variants[0]!.id)).toEqual({ stock: 5, reserved: 2 });

    const orderToken = checkout.body!.orderToken as string;
    const pending = await api("GET", `${shopUrl()}/orders/${orderToken}`);
    expect(pending.body).toMatchObject({ status: "pending", total: { amount: total } });

    // The shopper presses Pay on the test provider's page.
    const paymentUrl = new URL(checkout.body!.paymentUrl as string);
    const paymentId = paymentUrl.pathname.split("/").at(-1)!;
    const form = new FormData();
    form.set("decision", "pay");
    const paid = await payRoute.POST(new Request(`http://localhost/pay/test/${paymentId}/decide`, { method: "POST", body: form }), {
      params: Promise.resolve({ paymentId }),
    });
    expect(paid.status).toBe(303);

    const order = await api("GET", `${shopUrl()}/orders/${orderToken}`);
    expect(order.body).toMatchObject({
      status: "paid",
      email: "ada@example.com",
      discountCodes: ["WELCOME10"],
      shippingRateName: "Colissimo",
      total: { amount: total, currency: "EUR" },
      lines: expect.arrayContaining([expect.objectContaining({ title: "Linen Tee", quantity: 2 })]),
    });
    expect(await stockOf(tee.variants[0]!.id)).toEqual({ stock: 3, reserved: 0 });
    // A forged or truncated token names no order.
    expect((await api("GET", `${shopUrl()}/orders/${orderToken.slice(0, -2)}xx`)).status).toBe(404);
    expect((await api("GET", `${shopUrl(other)}/orders/${orderToken}`)).status).toBe(404);
  });

  it("refuses to check out what isn't complete, with a message per field", async () => {
    const token = await newCart();
    await api("POST", `${shopUrl()}/cart/lines`, { token, body: { variantId: mug.variant!.id } });
    const refused = await api("POST", `${shopUrl()}/cart/checkout`, { token });
    expect(refused).toMatchObject({ status: 400, body: { error: { code: "invalid", fields: { email: expect.any(String) } } } });
    expect(await db.order.count({ where: { shopId: shop.id, email: "" } })).toBe(0);
    const soldOut = await api("POST", `${shopUrl()}/cart/lines`, { token, body: { variantId: tee.variants[1]!.id } });
    expect(soldOut).toMatchObject({ status: 409, body: { error: { code: "unavailable" } } });
  });
});

describe("PUT, for super-app hosts that can't send PATCH", () => {
  it("changes a line and the cart as PATCH does, answering what the document's PUT operations describe", async () => {
    const token = await newCart();
    let cart = await api("POST", `${shopUrl()}/cart/lines`, { token, body: { variantId: mug.variant!.id } });
    const line = (cart.body!.lines as { id: string }[])[0]!;
    cart = await api("PUT", `${shopUrl()}/cart/lines/${line.id}`, { token, body: { quantity: 4 } });
    expect(cart).toMatchObject({ status: 200, body: { itemCount: 4 } });
    cart = await api("PUT", `${shopUrl()}/cart`, { token, body: { email: "put@example.com", shippingAddress: ADDRESS, shippingRateId: rateId } });
    expect(cart).toMatchObject({ status: 200, body: { email: "put@example.com", shippingRateId: rateId } });
    const bad = await api("PUT", `${shopUrl()}/cart/lines/${line.id}`, { token, body: { quantity: -1 } });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "invalid" } } });
  });
});

describe("cart tokens", () => {
  it("work in their own shop only", async () => {
    const token = await newCart();
    await api("POST", `${shopUrl()}/cart/lines`, { token, body: { variantId: mug.variant!.id } });
    for (const [method, path] of [
      ["GET", "/cart"],
      ["POST", "/cart/lines"],
      ["PATCH", "/cart"],
      ["POST", "/cart/checkout"],
    ] as const) {
      const answer = await api(method, `${shopUrl(other)}${path}`, { token, body: method === "GET" ? undefined : { variantId: mug.variant!.id } });
      expect(answer, `${method} ${path}`).toMatchObject({ status: 404, body: { error: { code: "not_found", message: "Cart not found." } } });
    }
    expect((await api("GET", `${shopUrl()}/cart`, { token })).body).toMatchObject({ itemCount: 1 });
    expect((await api("GET", `${shopUrl()}/cart`)).status).toBe(404); // no token
    const forged = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect((await api("GET", `${shopUrl()}/cart`, { token: forged })).status).toBe(404);
  });

  it("never set a cookie", async () => {
    const created = await api("POST", `${shopUrl()}/carts`);
    expect(created.headers.get("set-cookie")).toBeNull();
    expect(created.headers.get("cache-control")).toBe("no-store");
  });
});

describe("CORS", () => {
  const allowed = { Origin: "https://shop.example" };
  const stranger = { Origin: "https://evil.example" };

  it("allows the shop's listed origins and no others", async () => {
    const read = await api("GET", shopUrl(), { headers: allowed });
    expect(read.headers.get("access-control-allow-origin")).toBe("https://shop.example");
    expect(read.headers.get("vary")).toContain("Origin");
    const unlisted = await api("GET", shopUrl(), { headers: stranger });
    expect(unlisted.status).toBe(200);
    expect(unlisted.headers.get("access-control-allow-origin")).toBeNull();
    // Another shop doesn't list it.
    expect((await api("GET", shopUrl(other), { headers: allowed })).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers preflights, with the allowance for listed origins only", async () => {
    const preflight = await api("OPTIONS", `${shopUrl()}/cart/lines`, { headers: { ...allowed, "Access-Control-Request-Method": "POST" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://shop.example");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("X-Cart-Token");
    const refused = await api("OPTIONS", `${shopUrl()}/cart/lines`, { headers: { ...stranger, "Access-Control-Request-Method": "POST" } });
    expect(refused.status).toBe(204);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuses writes from an origin the shop doesn't list, and changes nothing", async () => {
    const before = await db.cart.count({ where: { shopId: shop.id } });
    const refused = await api("POST", `${shopUrl()}/carts`, { headers: stranger });
    expect(refused).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect(await db.cart.count({ where: { shopId: shop.id } })).toBe(before);
    expect((await api("POST", `${shopUrl()}/carts`, { headers: allowed })).status).toBe(201);
    expect((await api("POST", `${shopUrl()}/carts`)).status).toBe(201); // no Origin: a mini-program, a server
  });
});
