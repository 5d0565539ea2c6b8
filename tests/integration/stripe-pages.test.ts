// Stripe as people reach it through pages, against the fake Stripe API: the shopper coming back
// to the Checkout Session's success and cancel URLs (racing the webhook), and the owner's
// "Connect Stripe" in the shop's settings. Only the session, the cookie jar and Next's cache
// and after() are faked; routes, actions, domain code and the database are real.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { startFakeStripe, stripeEvent, type FakeStripe } from "@/tests/support/fake-stripe";
import { session as state } from "@/tests/support/session";
import { cartWith, checkoutInput, makeOpenShop, makeShippingRate, makeVariant, stockOf } from "@/tests/support/shop-fixtures";

const SECRET = "whsec_test_pages";
let fake: FakeStripe;

beforeAll(async () => {
  fake = await startFakeStripe();
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: "sk_test_pages",
    STRIPE_WEBHOOK_SECRET: SECRET,
    STRIPE_API_HOST: fake.host,
    STRIPE_API_PORT: String(fake.port),
    STRIPE_API_PROTOCOL: "http",
    BETTER_AUTH_SECRET: "test-secret-test-secret-test-secret-0123",
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "minishop-stripe-pages-")),
  });
});
afterAll(() => fake.close());

beforeEach(() => {
  state.user = null;
  state.jar = new Map();
  state.after = [];
});

const checkoutRoute = await import("@/app/api/shops/[shopId]/cart/checkout/route");
const successRoute = await import("@/app/(storefront)/s/[shopSlug]/[locale]/checkout/success/route");
const cancelRoute = await import("@/app/(storefront)/s/[shopSlug]/[locale]/checkout/cancel/route");
const webhookRoute = await import("@/app/api/webhooks/stripe/route");
const settings = await import("@/app/(merchant)/dashboard/[shop]/settings/actions");
const { StripeConnect } = await import("@/components/shops/stripe-connect");
const { orderStatusPath } = await import("@/lib/orders/link");
const { listOutbox } = await import("@/lib/mail/outbox");

const redirectTo = (url: string) => ({ digest: expect.stringMatching(new RegExp(`^NEXT_REDIRECT;\\w+;${url.replace(/[?.]/g, "\\$&")};`)) });
const httpError = (status: number) => ({ digest: expect.stringMatching(new RegExp(`^NEXT_HTTP_ERROR_FALLBACK;${status}`)) });
const page = (shopSlug: string) => ({ params: Promise.resolve({ shopSlug, locale: "en" }) });
const back = (route: typeof successRoute, shopSlug: string) => route.GET(new Request(`http://localhost/s/${shopSlug}/checkout`), page(shopSlug));

async function sendEvent(type: string, sessionId: string, account: string) {
  const payload = JSON.stringify(stripeEvent(type, { id: sessionId, object: "checkout.session" }, account));
  const headers = { "content-type": "application/json", "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }) };
  const response = await webhookRoute.POST(new Request("http://localhost/api/webhooks/stripe", { method: "POST", body: payload, headers }));
  return ((await response.json()) as { outcome?: string }).outcome;
}

/** A shopper with 2 of 5 units in their cart who pressed Pay: sent to Stripe, the order remembered in the checkout cookie. */
async function sentToStripe() {
  const shop = await makeOpenShop({ stripeAccountId: `acct_${randomBytes(5).toString("hex")}`, stripeChargesEnabled: true });
  const rate = await makeShippingRate(shop.id);
  const variant = await makeVariant(shop.id, { stock: 5, priceAmount: 1000 });
  const cartId = await cartWith(shop.id, [{ variantId: variant.id, quantity: 2 }]);
  state.jar.set(`cart_${shop.id}`, cartId);
  const input = checkoutInput(shop.id, cartId, rate.id);
  const response = await checkoutRoute.POST(
    new Request("http://localhost/x", { method: "POST", body: JSON.stringify(input), headers: { "Content-Type": "application/json" } }),
    {
      params: Promise.resolve({ shopId: shop.id }),
    },
  );
  expect(response.status).toBe(201);
  const { orderId, redirectUrl } = (await response.json()) as { orderId: string; redirectUrl: string };
  const sessionId = redirectUrl.split("/").pop()!;
  return { shop, variant, orderId, sessionId, account: shop.stripeAccountId!, email: input.email, cartId };
}

const orderOf = (id: string) => db.order.findUniqueOrThrow({ where: { id }, select: { status: true } });

describe("Stripe's success URL", () => {
  it("shows the order paid when the session completed, once, whoever gets there first", async () => {
    const { shop, variant, orderId, sessionId, account, email } = await sentToStripe();
    fake.updateSession(sessionId, { status: "complete", payment_status: "paid" });
    const [returned, ...hooks] = await Promise.allSettled([
      back(successRoute, shop.slug),
      sendEvent("checkout.session.completed", sessionId, account),
      sendEvent("checkout.session.completed", sessionId, account),
    ]);
    expect(returned).toMatchObject({ status: "rejected", reason: redirectTo(orderStatusPath(shop.slug, orderId)) });
    expect(hooks.every((h) => h.status === "fulfilled")).toBe(true);
    await Promise.all(state.after!);

    expect(await orderOf(orderId)).toEqual({ status: "PAID" });
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 });
    expect(await db.auditLog.count({ where: { action: "order.paid", targetId: orderId } })).toBe(1);
    expect((await listOutbox()).filter((m) => m.to === email)).toHaveLength(1);
    // Bought: the cart and the checkout cookie are gone.
    expect(state.jar.has(`cart_${shop.id}`)).toBe(false);
    expect(state.jar.has(`checkout_${shop.id}`)).toBe(false);
  });

  it("shows the order still pending while Stripe hasn't the money yet, and the webhook completes it later", async () => {
    const { shop, orderId, sessionId, account } = await sentToStripe();
    await expect(back(successRoute, shop.slug)).rejects.toMatchObject(redirectTo(orderStatusPath(shop.slug, orderId)));
    expect(await orderOf(orderId)).toEqual({ status: "PENDING" });
    expect(state.jar.has(`checkout_${shop.id}`)).toBe(true); // a reload reads Stripe again

    fake.updateSession(sessionId, { status: "complete", payment_status: "paid" });
    expect(await sendEvent("checkout.session.completed", sessionId, account)).toBe("paid");
    await expect(back(successRoute, shop.slug)).rejects.toMatchObject(redirectTo(orderStatusPath(shop.slug, orderId)));
    expect(await orderOf(orderId)).toEqual({ status: "PAID" });
  });

  it("sends a visitor without the checkout cookie to the cart", async () => {
    const { shop, orderId } = await sentToStripe();
    state.jar.set(`checkout_${shop.id}`, `${orderId}.forged`);
    await expect(back(successRoute, shop.slug)).rejects.toMatchObject(redirectTo(`/s/${shop.slug}/cart`));
    expect(await orderOf(orderId)).toEqual({ status: "PENDING" });
  });
});

describe("Stripe's cancel URL", () => {
  it("gives the units back at once and keeps the cart", async () => {
    const { shop, variant, orderId, cartId } = await sentToStripe();
    expect(await stockOf(variant.id)).toEqual({ stock: 5, reserved: 2 });
    await expect(back(cancelRoute, shop.slug)).rejects.toMatchObject(redirectTo(`/s/${shop.slug}/cart?payment=cancelled`));
    expect(await orderOf(orderId)).toEqual({ status: "CANCELLED" });
    expect(await stockOf(variant.id)).toEqual({ stock: 5, reserved: 0 });
    expect(state.jar.get(`cart_${shop.id}`)).toBe(cartId);
    expect(state.jar.has(`checkout_${shop.id}`)).toBe(false);
  });

  it("leaves an order paid when the payment went through before the shopper pressed back", async () => {
    const { shop, variant, orderId, sessionId, account } = await sentToStripe();
    fake.updateSession(sessionId, { status: "complete", payment_status: "paid" });
    expect(await sendEvent("checkout.session.completed", sessionId, account)).toBe("paid");
    await expect(back(cancelRoute, shop.slug)).rejects.toMatchObject(redirectTo(`/s/${shop.slug}/cart?payment=cancelled`));
    expect(await orderOf(orderId)).toEqual({ status: "PAID" });
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 });
  });
});

describe("Connect Stripe in the shop's settings", () => {
  async function member(shopId: string, role: "OWNER" | "STAFF"): Promise<CurrentUser> {
    const id = randomBytes(8).toString("hex");
    const user = await db.user.create({
      data: { id, name: `User ${id}`, email: `${id}@example.test` },
      select: { id: true, name: true, email: true, role: true },
    });
    await db.shopMember.create({ data: { shopId, userId: user.id, role } });
    return user;
  }
  const connect = (slug: string) => settings.connectStripeAction(slug);

  it("creates the shop's account once and sends the owner to Stripe's onboarding", async () => {
    const shop = await makeOpenShop({ contactEmail: "owner@example.com" });
    state.user = await member(shop.id, "OWNER");
    const before = fake.requests.length;
    const error = await connect(shop.slug).catch((e: unknown) => e);
    const { stripeAccountId } = await db.shop.findUniqueOrThrow({ where: { id: shop.id }, select: { stripeAccountId: true } });
    expect(stripeAccountId).toMatch(/^acct_test_/);
    expect(error).toMatchObject(redirectTo(`https://connect.stripe.test/setup/${stripeAccountId}`));
    const link = fake.requests.slice(before).find((r) => r.path === "/v1/account_links")!;
    expect(link.form).toMatchObject({
      account: stripeAccountId,
      type: "account_onboarding",
      return_url: `http://localhost:3000/dashboard/${shop.slug}/settings?stripe=returned#payments`,
      refresh_url: `http://localhost:3000/dashboard/${shop.slug}/settings?stripe=expired#payments`,
    });
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: "shop.stripe_connected", actorId: state.user.id } })).toBe(1);

    // Continuing later: a new link on the same account.
    await expect(connect(shop.slug)).rejects.toMatchObject(redirectTo(`https://connect.stripe.test/setup/${stripeAccountId}`));
    expect(fake.requests.slice(before).filter((r) => r.path === "/v1/accounts")).toHaveLength(1);
  });

  it("refuses staff (403), other shops' members (404) and guests, calling Stripe for none", async () => {
    const shop = await makeOpenShop();
    const other = await makeOpenShop();
    const before = fake.requests.length;
    state.user = await member(shop.id, "STAFF");
    await expect(connect(shop.slug)).rejects.toMatchObject(httpError(403));
    state.user = await member(other.id, "OWNER");
    await expect(connect(shop.slug)).rejects.toMatchObject(httpError(404));
    state.user = null;
    await expect(connect(shop.slug)).rejects.toMatchObject(redirectTo(`/sign-in?next=${encodeURIComponent(`/dashboard/${shop.slug}`)}`));
    expect(fake.requests.length).toBe(before);
    expect((await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).stripeAccountId).toBeNull();
  });

  it("tells the owner when Stripe fails, holding nothing back", async () => {
    // An account Stripe doesn't know (deleted on Stripe's side): the link is refused with a 404.
    const shop = await makeOpenShop({ stripeAccountId: "acct_deleted_on_stripe" });
    state.user = await member(shop.id, "OWNER");
    expect(await connect(shop.slug)).toMatchObject({ form: "Stripe didn't answer as expected. Please try again in a moment." });
    expect((await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).stripeAccountId).toBe("acct_deleted_on_stripe");
  });

  it("shows where the account stands, or that checkout uses the test provider", () => {
    const render = (connection: Parameters<typeof StripeConnect>[0]["connection"]) =>
      renderToStaticMarkup(createElement(StripeConnect, { connection, action: async () => ({ fields: {} }) }));
    const none = render({ configured: false, accountId: null, chargesEnabled: false, detailsSubmitted: false });
    expect(none).toContain("built-in test payment provider");
    expect(none).not.toContain("<button");
    expect(render({ configured: true, accountId: null, chargesEnabled: false, detailsSubmitted: false })).toContain("Connect Stripe</button>");
    const reviewing = render({ configured: true, accountId: "acct_1", chargesEnabled: false, detailsSubmitted: true });
    expect(reviewing).toContain("Details submitted: <strong>yes</strong>");
    expect(reviewing).toContain("Charges enabled: <strong>not yet</strong>");
    expect(reviewing).toContain("Continue setup on Stripe</button>");
  });
});
