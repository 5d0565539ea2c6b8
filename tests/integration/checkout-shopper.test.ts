// The shopper's side of carts and checkout, called as Next.js calls it: the cart API's route
// handlers (with a cookie jar), the quote, the test payment page's action, the signed order
// link and the confirmation mail. Only the cookie jar, the session and Next's cache and
// after() are faked; the domain code and the database are real.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { session as state } from "@/tests/support/session";
import { cartWith, checkoutInput, makeDiscount, makeOpenShop, makeShippingRate, makeUser, makeVariant, stockOf } from "@/tests/support/shop-fixtures";

process.env.BETTER_AUTH_SECRET = "test-secret-test-secret-test-secret-0123";
process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "minishop-shopper-"));

const { revalidateTag } = await import("next/cache");
const cartRoute = await import("@/app/api/shops/[shopId]/cart/route");
const lineRoute = await import("@/app/api/shops/[shopId]/cart/lines/[lineId]/route");
const quoteRoute = await import("@/app/api/shops/[shopId]/cart/quote/route");
const checkoutRoute = await import("@/app/api/shops/[shopId]/cart/checkout/route");
const payRoute = await import("@/app/pay/test/[paymentId]/decide/route");
const checkoutActions = await import("@/app/(storefront)/s/[shopSlug]/[locale]/checkout/actions");
const { NOTHING_PLACED } = await import("@/components/checkout/place-order-state");
const { startCheckout } = await import("@/lib/checkout/checkout");
const { completePayment } = await import("@/lib/orders/status");
const { testProvider } = await import("@/lib/payments/test-provider");
const { orderStatusPath, orderToken, verifyOrderToken } = await import("@/lib/orders/link");
const { checkoutCookie } = await import("@/lib/orders/checkout-cookie");
const { afterSettlement } = await import("@/lib/orders/status");
const { listOutbox } = await import("@/lib/mail/outbox");

const json = (body: unknown, headers: Record<string, string> = { "Content-Type": "application/json" }) => ({
  method: "POST",
  body: typeof body === "string" ? body : JSON.stringify(body),
  headers,
});
const call = {
  get: (shopId: string, query = "") => cartRoute.GET(new Request(`http://localhost/api/shops/${shopId}/cart${query}`), { params: Promise.resolve({ shopId }) }),
  add: (shopId: string, body: unknown, headers?: Record<string, string>) =>
    cartRoute.POST(new Request("http://localhost/x", json(body, headers)), { params: Promise.resolve({ shopId }) }),
  patch: (shopId: string, lineId: string, body: unknown) =>
    lineRoute.PATCH(new Request("http://localhost/x", { ...json(body), method: "PATCH" }), { params: Promise.resolve({ shopId, lineId }) }),
  remove: (shopId: string, lineId: string) =>
    lineRoute.DELETE(new Request("http://localhost/x", { method: "DELETE" }), { params: Promise.resolve({ shopId, lineId }) }),
  quote: (shopId: string, body: unknown) => quoteRoute.POST(new Request("http://localhost/x", json(body)), { params: Promise.resolve({ shopId }) }),
  checkout: (shopId: string, body: unknown) => checkoutRoute.POST(new Request("http://localhost/x", json(body)), { params: Promise.resolve({ shopId }) }),
};

/** A response's status and where it sends the browser. */
const answer = async (response: Promise<Response>) => {
  const r = await response;
  return { status: r.status, location: r.headers.get("location") };
};
const mailsTo = async (email: string) => (await listOutbox()).filter((m) => m.to === email);
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

let shop: Awaited<ReturnType<typeof makeOpenShop>>;

beforeAll(async () => {
  shop = await makeOpenShop({ taxRateBps: 2000, pricesIncludeTax: true });
});

beforeEach(() => {
  state.user = null;
  state.jar = new Map();
  state.after = [];
  vi.mocked(revalidateTag).mockClear();
});

describe("cart API", () => {
  it("creates the cart on the first add, keeps its id in the shop's cookie and prices from the database", async () => {
    const variant = await makeVariant(shop.id, { priceAmount: 1500, stock: 4 });
    expect(await (await call.get(shop.id)).json()).toEqual({ cart: null, itemCount: 0 });
    const added = await call.add(shop.id, { variantId: variant.id, quantity: 2, priceAmount: 1 });
    expect(added.status).toBe(201);
    const body = await added.json();
    expect(body.itemCount).toBe(2);
    expect(body.cart.lines[0]).toMatchObject({ variantId: variant.id, quantity: 2, unitPriceAmount: 1500, lineAmount: 3000, problem: null });
    expect(state.jar.get(`cart_${shop.id}`)).toBe(body.cart.id);
    expect(await (await call.get(shop.id, "?view=count")).json()).toEqual({ itemCount: 2 });

    const line = body.cart.lines[0].id;
    const tooMany = await (await call.patch(shop.id, line, { quantity: 9 })).json();
    expect(tooMany.cart.lines[0].problem).toEqual({ code: "insufficient_stock", available: 4 });
    expect(tooMany.cart.canCheckout).toBe(false);
    const removed = await call.remove(shop.id, line);
    expect(await removed.json()).toMatchObject({ itemCount: 0, cart: { lines: [] } });
  });

  it("gives a shopper whose cookie names a cart that is gone a new cart", async () => {
    const variant = await makeVariant(shop.id, { stock: 3 });
    state.jar.set(`cart_${shop.id}`, "aaaaaaaaaaaaaaaaaaaaaaaa"); // paid and deleted, or never was
    const added = await call.add(shop.id, { variantId: variant.id });
    expect(added.status).toBe(201);
    const cartId = state.jar.get(`cart_${shop.id}`)!;
    expect(cartId).not.toBe("aaaaaaaaaaaaaaaaaaaaaaaa");
    expect((await added.json()).cart).toMatchObject({ id: cartId, itemCount: 1 });
  });

  it("answers the product page's add (?view=count) with the line and the item count only", async () => {
    const [a, b] = [await makeVariant(shop.id, { stock: 9 }), await makeVariant(shop.id, { stock: 9 })];
    const addCounted = async (variantId: string, quantity: number) => {
      const response = await cartRoute.POST(new Request("http://localhost/x?view=count", json({ variantId, quantity })), {
        params: Promise.resolve({ shopId: shop.id }),
      });
      return { status: response.status, body: await response.json() };
    };
    const first = await addCounted(a.id, 2); // a new cart
    expect(first).toEqual({ status: 201, body: { line: { id: expect.any(String), variantId: a.id, quantity: 2 }, itemCount: 2 } });
    expect(await addCounted(b.id, 3)).toMatchObject({ status: 201, body: { line: { variantId: b.id, quantity: 3 }, itemCount: 5 } });
    expect(await addCounted(a.id, 1)).toEqual({ status: 201, body: { line: { id: first.body.line.id, variantId: a.id, quantity: 3 }, itemCount: 6 } });
    expect(await (await call.get(shop.id, "?view=count")).json()).toEqual({ itemCount: 6 });
  });

  it("answers bad input with a 4xx and a message, never a 500", async () => {
    const variant = await makeVariant(shop.id, { stock: 0 });
    const cases: [Response, number][] = [
      [await call.add(shop.id, "{not json"), 400],
      [await call.add(shop.id, [1, 2]), 400],
      [await call.add(shop.id, { variantId: variant.id }, { "Content-Type": "text/plain" }), 415],
      [await call.add(shop.id, { variantId: variant.id }, { "Content-Type": "application/json", "Sec-Fetch-Site": "cross-site" }), 403],
      [await call.add(shop.id, { variantId: variant.id }), 409], // sold out
      [await call.add(shop.id, { variantId: "no-such-variant" }), 409],
      [await call.add(shop.id, { variantId: { $ne: 1 } }), 400],
      [await call.add(shop.id, { variantId: variant.id, quantity: -3 }), 400],
      [await call.add(shop.id, { variantId: variant.id, quantity: "lots" }), 400],
      [await call.add("no-such-shop", { variantId: variant.id }), 404],
      [await call.patch(shop.id, "no-such-line", { quantity: 1 }), 404],
      [await call.quote(shop.id, { discountCodes: "WELCOME" }), 400],
      [await call.add(shop.id, "x".repeat(70_000)), 413],
      [await call.add(shop.id, { variantId: variant.id }, { "Content-Type": "application/json", "Content-Length": "9999999" }), 413],
      [
        await cartRoute.POST(
          new Request("http://localhost/x", { method: "POST", body: new Uint8Array([0x7b, 0xff, 0x7d]), headers: { "Content-Type": "application/json" } }),
          { params: Promise.resolve({ shopId: shop.id }) },
        ),
        400,
      ],
      [await call.remove(shop.id, "no-such-line"), 404],
      [
        await lineRoute.DELETE(new Request("http://localhost/x", { method: "DELETE", headers: { "Sec-Fetch-Site": "cross-site" } }), {
          params: Promise.resolve({ shopId: shop.id, lineId: "x" }),
        }),
        403,
      ],
      [await call.checkout("no-such-shop", { email: "a@b.co" }), 404],
    ];
    for (const [response, status] of cases) {
      expect(response.status).toBe(status);
      const { error } = await response.json();
      expect(error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
  });

  it("never shows or changes another shopper's cart", async () => {
    const variant = await makeVariant(shop.id);
    const owner = await makeUser();
    const theirs = await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }], owner.id);
    state.jar.set(`cart_${shop.id}`, theirs); // a guest who got hold of the id
    expect(await (await call.get(shop.id)).json()).toEqual({ cart: null, itemCount: 0 });
    const line = (await db.cartLine.findFirstOrThrow({ where: { cartId: theirs } })).id;
    expect((await call.patch(shop.id, line, { quantity: 5 })).status).toBe(404);
    expect((await db.cartLine.findUniqueOrThrow({ where: { id: line } })).quantity).toBe(1);
  });

  it("merges a guest cart into the shopper's own when they read it signed in", async () => {
    const [a, b] = [await makeVariant(shop.id, { stock: 10 }), await makeVariant(shop.id, { stock: 10 })];
    const user = await makeUser();
    await cartWith(shop.id, [{ variantId: a.id, quantity: 1 }], user.id);
    await call.add(shop.id, { variantId: a.id, quantity: 2 });
    await call.add(shop.id, { variantId: b.id, quantity: 1 });
    state.user = { id: user.id, name: "Shopper", email: user.email, role: "user" };
    const body = await (await call.get(shop.id)).json();
    expect(body.cart.lines.map((l: { variantId: string; quantity: number }) => [l.variantId, l.quantity])).toEqual([
      [a.id, 3],
      [b.id, 1],
    ]);
    expect(state.jar.has(`cart_${shop.id}`)).toBe(false);
    expect(await db.cart.count({ where: { shopId: shop.id, userId: user.id } })).toBe(1);
  });
});

describe("in the shopper's language", () => {
  const french = { "Content-Type": "application/json", "Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5" };

  it("answers a French shopper's refused add in French, with the stable code", async () => {
    const soldOut = await makeVariant(shop.id, { stock: 0 });
    const response = await call.add(shop.id, { variantId: soldOut.id }, french);
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: { code: "unavailable", message: "Épuisé", fields: { variantId: "Épuisé" } } });
    const tooMany = await call.add(shop.id, { variantId: soldOut.id, quantity: 100 }, french);
    expect((await tooMany.json()).error).toEqual({
      code: "invalid",
      message: "99 exemplaires au plus par article et par commande.",
      fields: { quantity: "99 exemplaires au plus par article et par commande." },
    });
    expect(state.jar.size).toBe(0); // no cart was made
  });

  it("shows a French shopper at checkout that only one is left, in French, and holds nothing", async () => {
    const rate = await makeShippingRate(shop.id);
    const variant = await makeVariant(shop.id, { stock: 3 });
    await call.add(shop.id, { variantId: variant.id, quantity: 3 });
    await db.variant.update({ where: { id: variant.id }, data: { stock: 1 } }); // sold elsewhere meanwhile
    const line = await db.cartLine.findFirstOrThrow({ where: { variantId: variant.id } });
    const state = await checkoutActions.placeOrder(shop.id, "fr", NOTHING_PLACED, checkoutForm(rate.id));
    expect(state).toMatchObject({ fields: { [`lines.${line.id}`]: "Plus que 1 en stock" }, refresh: true });
    expect(await stockOf(variant.id)).toEqual({ stock: 1, reserved: 0 });
    expect(await db.order.count({ where: { shopId: shop.id, lines: { some: { variantId: variant.id } } } })).toBe(0);
  });

  it("answers in the shop's language when the shopper names none we have", async () => {
    const chinese = await makeOpenShop({ defaultLocale: "zh-CN" });
    const soldOut = await makeVariant(chinese.id, { stock: 0 });
    const response = await call.add(chinese.id, { variantId: soldOut.id }, { "Content-Type": "application/json", "Accept-Language": "de" });
    expect((await response.json()).error.message).toBe("已售罄");
    const unknown = await call.get("no-such-shop");
    expect(await unknown.json()).toEqual({ error: { code: "not_found", message: "Shop not found." } });
  });
});

/** The checkout page's form, as the browser sends it. */
function checkoutForm(shippingRateId: string, fields: Record<string, string> = {}) {
  return form({
    email: "Ada@Example.com",
    shippingRateId,
    name: "Ada Lovelace",
    line1: "12 Rue de Rivoli",
    city: "Paris",
    postalCode: "75001",
    country: "FR",
    ...fields,
  });
}

describe("checkout page's Pay action", () => {
  it("holds the stock, remembers the order and sends the shopper to pay", async () => {
    const rate = await makeShippingRate(shop.id);
    const variant = await makeVariant(shop.id, { stock: 2, priceAmount: 1000 });
    await call.add(shop.id, { variantId: variant.id, quantity: 2 });
    const sent = await checkoutActions.placeOrder(shop.id, "en", NOTHING_PLACED, checkoutForm(rate.id)).catch((e: unknown) => e);
    expect(sent).toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;\w+;\/pay\/test\/test_[0-9a-f]{24};/) });
    const orderId = checkoutCookie.orderId(state.jar.get(`checkout_${shop.id}`));
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId! }, select: { status: true, email: true } })).toEqual({
      status: "PENDING",
      email: "ada@example.com",
    });
    expect(await stockOf(variant.id)).toEqual({ stock: 2, reserved: 2 });
  });

  it("says what is wrong with each field, in the page's language, and holds nothing", async () => {
    const rate = await makeShippingRate(shop.id, { countries: ["DE"] });
    const variant = await makeVariant(shop.id, { stock: 2 });
    await call.add(shop.id, { variantId: variant.id, quantity: 1 });
    const wrong = await checkoutActions.placeOrder(shop.id, "fr", NOTHING_PLACED, checkoutForm(rate.id, { email: "nope", city: "", postalCode: "7500" }));
    expect(wrong).toMatchObject({
      fields: {
        email: "Saisissez une adresse e-mail valide.",
        "shippingAddress.city": "Indiquez la ville.",
      },
      refresh: false,
    });
    // Fixed, but the rate doesn't deliver there.
    const undeliverable = await checkoutActions.placeOrder(shop.id, "zh-CN", NOTHING_PLACED, checkoutForm(rate.id));
    expect(undeliverable.fields).toEqual({ "shippingAddress.country": "此配送方式不配送到该国家或地区。" });
    const noShop = await checkoutActions.placeOrder({ not: "an id" }, "en", NOTHING_PLACED, checkoutForm(rate.id));
    expect(noShop).toMatchObject({ form: "Shop not found.", refresh: true });
    expect(await stockOf(variant.id)).toEqual({ stock: 2, reserved: 0 });
    expect(state.jar.has(`checkout_${shop.id}`)).toBe(false);
  });

  it("pays a free order at once: the cart and its cookie go, the shopper sees the order", async () => {
    const rate = await makeShippingRate(shop.id, { amount: 0 });
    await makeDiscount(shop.id, { code: "ALLFREE", value: 10_000 });
    const variant = await makeVariant(shop.id, { stock: 2 });
    await call.add(shop.id, { variantId: variant.id, quantity: 1 });
    const cartId = state.jar.get(`cart_${shop.id}`)!;
    const data = checkoutForm(rate.id);
    data.append("discountCodes", "allfree");
    const sent = await checkoutActions.placeOrder(shop.id, "en", NOTHING_PLACED, data).catch((e: unknown) => e);
    expect(sent).toMatchObject({ digest: expect.stringMatching(new RegExp(`^NEXT_REDIRECT;\\w+;/s/${shop.slug}/orders/`)) });
    await Promise.all(state.after!);
    expect(await db.cart.count({ where: { id: cartId } })).toBe(0);
    expect(state.jar.has(`cart_${shop.id}`)).toBe(false);
    expect(await stockOf(variant.id)).toEqual({ stock: 1, reserved: 0 });
  });
});

describe("checkout quote", () => {
  it("prices exactly what startCheckout then charges, and says why a code is refused", async () => {
    const rate = await makeShippingRate(shop.id, { amount: 490, freeAboveAmount: 5000 });
    await makeDiscount(shop.id, { code: "TENOFF" });
    await makeDiscount(shop.id, { code: "BIG", minSubtotalAmount: 100_000 });
    const variant = await makeVariant(shop.id, { priceAmount: 1999, stock: 5 });
    await call.add(shop.id, { variantId: variant.id, quantity: 2 });
    const { quote } = await (await call.quote(shop.id, { shippingRateId: rate.id, discountCodes: ["tenoff", "BIG", "NOPE"] })).json();
    expect(quote.codes).toEqual(["TENOFF"]);
    expect(quote.codeErrors).toEqual({ BIG: "Spend €1,000.00 or more to use this code.", NOPE: "“NOPE” isn't a valid code." });
    expect(quote.totals).toMatchObject({ subtotalAmount: 3998, discountAmount: 400, shippingAmount: 490, totalAmount: 4088 });

    const started = await startCheckout(
      db,
      { ...checkoutInput(shop.id, state.jar.get(`cart_${shop.id}`)!, rate.id), discountCodes: ["TENOFF"] },
      { provider: testProvider },
    );
    expect(started.totalAmount).toBe(quote.totals.totalAmount);
  });
});

describe("checkout API", () => {
  it("says what is wrong with every field at once, holding nothing", async () => {
    const rate = await makeShippingRate(shop.id);
    const variant = await makeVariant(shop.id, { stock: 2 });
    await call.add(shop.id, { variantId: variant.id, quantity: 2 });
    const response = await call.checkout(shop.id, { email: "nope", shippingRateId: rate.id, shippingAddress: { country: "US", name: "Ada" } });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual({
      email: "Enter a valid email address.",
      "shippingAddress.line1": "Enter the street address.",
      "shippingAddress.city": "Enter the city.",
    });
    expect((await call.checkout(shop.id, "not json")).status).toBe(400);
    expect(await stockOf(variant.id)).toEqual({ stock: 2, reserved: 0 });
  });

  it("holds the stock, remembers the order for the provider's return and answers where to pay", async () => {
    const rate = await makeShippingRate(shop.id);
    const variant = await makeVariant(shop.id, { stock: 2, priceAmount: 1000 });
    await call.add(shop.id, { variantId: variant.id, quantity: 2 });
    const response = await call.checkout(shop.id, { ...checkoutInput(shop.id, "ignored", rate.id), totalAmount: 1 });
    expect(response.status).toBe(201);
    const order = await response.json();
    expect(order).toMatchObject({ totalAmount: 2500, currency: "EUR", redirectUrl: expect.stringMatching(/^\/pay\/test\/test_[0-9a-f]{24}$/) });
    expect(checkoutCookie.orderId(state.jar.get(`checkout_${shop.id}`))).toBe(order.orderId);
    expect(await stockOf(variant.id)).toEqual({ stock: 2, reserved: 2 });
    expect(revalidateTag).toHaveBeenCalledWith(`product:${variant.productId}`, { expire: 0 });
    // Everything is held: a second shopper's checkout of the same item is refused per line.
    state.jar = new Map();
    await call.add(shop.id, { variantId: variant.id, quantity: 1 }).then((r) => expect(r.status).toBe(409));
  });
});

describe("signed order links", () => {
  it("accepts the order's own token and refuses any other, a missing one or another order's", () => {
    const token = orderToken("order_a");
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(verifyOrderToken("order_a", token)).toBe(true);
    expect(verifyOrderToken("order_b", token)).toBe(false);
    expect(verifyOrderToken("order_a", token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).toBe(false);
    expect(verifyOrderToken("order_a", token.slice(0, 10))).toBe(false);
    expect(verifyOrderToken("order_a", undefined)).toBe(false);
    expect(verifyOrderToken("order_a", [token])).toBe(false);
    expect(orderStatusPath("demo", "order_a")).toBe(`/s/demo/orders/order_a?token=${token}`);
  });

  it("reads the checkout cookie only when we signed it", () => {
    expect(checkoutCookie.orderId(checkoutCookie.value("order_a"))).toBe("order_a");
    expect(checkoutCookie.orderId(`order_b.${orderToken("order_a")}`)).toBeNull();
    expect(checkoutCookie.orderId("order_a")).toBeNull();
    expect(checkoutCookie.orderId(undefined)).toBeNull();
  });
});

describe("test payment page and confirmation mail", () => {
  async function started(stock = 3) {
    const rate = await makeShippingRate(shop.id);
    const variant = await makeVariant(shop.id, { stock });
    await call.add(shop.id, { variantId: variant.id, quantity: 2 });
    const input = checkoutInput(shop.id, state.jar.get(`cart_${shop.id}`)!, rate.id);
    const checkout = await startCheckout(db, input, { provider: testProvider });
    return { variant, checkout, email: input.email };
  }
  // The page's form, as a browser posts it (no JavaScript needed).
  const decide = (paymentId: string, decision: string, headers: Record<string, string> = { Origin: "http://localhost" }) =>
    payRoute.POST(
      new Request(`http://localhost/pay/test/${paymentId}/decide`, { method: "POST", body: form({ decision }), headers: { Host: "localhost", ...headers } }),
      {
        params: Promise.resolve({ paymentId }),
      },
    );

  it("Pay: the order is paid, the cart emptied, the shopper sent to the signed status page, one mail", async () => {
    const { variant, checkout, email } = await started();
    expect(await answer(decide(checkout.providerPaymentId, "pay"))).toEqual({ status: 303, location: orderStatusPath(shop.slug, checkout.orderId) });
    // A second click, and the webhook-style completion racing it: nothing more happens.
    expect(await answer(decide(checkout.providerPaymentId, "pay"))).toEqual({ status: 303, location: orderStatusPath(shop.slug, checkout.orderId) });
    await afterSettlement(db, await completePayment(db, { provider: "test", providerPaymentId: checkout.providerPaymentId }));
    await Promise.all(state.after!);

    expect(await db.order.findUniqueOrThrow({ where: { id: checkout.orderId }, select: { status: true } })).toEqual({ status: "PAID" });
    expect(await stockOf(variant.id)).toEqual({ stock: 1, reserved: 0 });
    expect(state.jar.has(`cart_${shop.id}`)).toBe(false);
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`Order #${checkout.orderNumber} confirmed · ${shop.name}`);
    const link = /https?:\/\/\S+\/orders\/(\w+)\?token=([\w-]+)/.exec(mails[0]!.text)!;
    expect(link[1]).toBe(checkout.orderId);
    expect(verifyOrderToken(link[1]!, link[2])).toBe(true);
  });

  it("Decline: nothing paid, the units back on sale, their pages expired, no mail, back to the cart", async () => {
    const { variant, checkout, email } = await started();
    // As a browser posts the page's form: the page sends no referrer, so its Origin is "null".
    const fromPage = { Origin: "null", "Sec-Fetch-Site": "same-origin" };
    expect(await answer(decide(checkout.providerPaymentId, "decline", fromPage))).toEqual({ status: 303, location: `/s/${shop.slug}/cart?payment=declined` });
    await Promise.all(state.after!);
    expect(await db.order.findUniqueOrThrow({ where: { id: checkout.orderId }, select: { status: true, paidAt: true } })).toEqual({
      status: "CANCELLED",
      paidAt: null,
    });
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 });
    expect(revalidateTag).toHaveBeenCalledWith(`product:${variant.productId}`, { expire: 0 });
    expect(state.jar.has(`cart_${shop.id}`)).toBe(true); // the cart is kept for another try
    expect(await mailsTo(email)).toEqual([]);
  });

  it("refuses a made-up payment id or decision, and a form posted from another site", async () => {
    expect((await decide("test_000000000000000000000000", "pay")).status).toBe(404);
    expect((await decide("anything", "pay")).status).toBe(404);
    const { variant, checkout } = await started();
    expect((await decide(checkout.providerPaymentId, "refund")).status).toBe(400);
    expect((await decide(checkout.providerPaymentId, "pay", { Origin: "https://evil.example" })).status).toBe(403);
    expect((await decide(checkout.providerPaymentId, "pay", { "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
    // Nothing was paid: the units are still only held.
    expect(await db.order.findUniqueOrThrow({ where: { id: checkout.orderId }, select: { status: true } })).toEqual({ status: "PENDING" });
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 2 });
  });
});
