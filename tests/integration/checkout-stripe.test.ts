// Stripe end to end against a fake Stripe API started by the test: Checkout Sessions on the
// shop's connected account, Connect onboarding, and the webhook route — signatures, duplicate
// and out-of-order events, refunds, and a webhook racing the shopper's return.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Stripe from "stripe";
import { POST } from "@/app/api/webhooks/stripe/route";
import { startCheckout } from "@/lib/checkout/checkout";
import { completePayment } from "@/lib/orders/status";
import { db } from "@/lib/db/client";
import { listOutbox } from "@/lib/mail/outbox";
import { sendDueConfirmations } from "@/lib/orders/confirmation";
import { applicationFee, createStripeProvider, stripeClient } from "@/lib/payments/stripe";
import { testProvider } from "@/lib/payments/test-provider";
import { startStripeOnboarding } from "@/lib/payments/stripe-connect";
import { syncCheckoutSession } from "@/lib/payments/stripe-webhook";
import { startFakeStripe, stripeEvent, type FakeStripe } from "@/tests/support/fake-stripe";
import { cartWith, checkoutInput, makeDiscount, makeOpenShop, makeShippingRate, makeUser, makeVariant, stockOf } from "@/tests/support/shop-fixtures";

const SECRET = "whsec_test_minishop";
let fake: FakeStripe;

beforeAll(async () => {
  fake = await startFakeStripe();
  // Read once by env() on first use, which is after this.
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: "sk_test_minishop",
    STRIPE_WEBHOOK_SECRET: SECRET,
    STRIPE_API_HOST: fake.host,
    STRIPE_API_PORT: String(fake.port),
    STRIPE_API_PROTOCOL: "http",
    PLATFORM_FEE_BPS: "250",
    // The confirmation mail (signed order link) goes to a dev outbox of this run.
    BETTER_AUTH_SECRET: "test-secret-test-secret-test-secret-0123",
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "minishop-stripe-")),
  });
});
afterAll(() => fake.close());

async function stripeShop(data: { stripeChargesEnabled?: boolean } = {}) {
  const shop = await makeOpenShop({ stripeAccountId: `acct_${Math.random().toString(36).slice(2, 10)}`, stripeChargesEnabled: true, ...data });
  const rate = await makeShippingRate(shop.id, { amount: 500, name: "Colissimo" });
  const variant = await makeVariant(shop.id, { stock: 5, priceAmount: 1000, title: "M" });
  return { shop, rate, variant };
}

async function paidCheckout(quantity = 2) {
  const { shop, rate, variant } = await stripeShop();
  const input = checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity }]), rate.id);
  const started = await startCheckout(db, input);
  return { shop, variant, started, sessionId: started.providerPaymentId, account: shop.stripeAccountId!, email: input.email };
}

function webhook(payload: string, signature: string | null) {
  const headers = new Headers({ "content-type": "application/json" });
  if (signature !== null) headers.set("stripe-signature", signature);
  return POST(new Request("http://localhost/api/webhooks/stripe", { method: "POST", body: payload, headers }));
}

async function send(event: object, secret = SECRET) {
  const payload = JSON.stringify(event);
  const response = await webhook(payload, Stripe.webhooks.generateTestHeaderString({ payload, secret }));
  return { status: response.status, body: (await response.json()) as { outcome?: string; error?: string } };
}

const sessionEvent = (type: string, sessionId: string, account: string) => stripeEvent(type, { id: sessionId, object: "checkout.session" }, account);
const orderStatus = async (orderId: string) => (await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } })).status;

describe("Stripe Checkout on the shop's connected account", () => {
  it("creates the session as a direct charge with the platform fee, keyed by the order", async () => {
    const { shop, rate, variant } = await stripeShop();
    await makeDiscount(shop.id, { code: "TEN", type: "FIXED_AMOUNT", value: 10 });
    const before = fake.requests.length;
    const started = await startCheckout(
      db,
      checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity: 3 }]), rate.id, { discountCodes: ["TEN"] }),
      {
        successUrl: "https://shop.example/ok",
        cancelUrl: "https://shop.example/cart",
      },
    );
    expect(started).toMatchObject({ provider: "stripe", totalAmount: 3000 - 10 + 500 });
    expect(started.providerPaymentId).toMatch(/^cs_test_/);
    expect(started.redirectUrl).toBe(`https://checkout.stripe.test/c/pay/${started.providerPaymentId}`);

    const [request] = fake.requests.slice(before);
    expect(request).toMatchObject({ method: "POST", path: "/v1/checkout/sessions" });
    expect(request.headers["stripe-account"]).toBe(shop.stripeAccountId);
    expect(request.headers["idempotency-key"]).toBe(`checkout:${started.orderId}`);
    expect(request.headers.authorization).toBe("Bearer sk_test_minishop");
    const form = request.form;
    expect(form["payment_intent_data[application_fee_amount]"]).toBe(String(applicationFee(3490, 250)));
    expect(applicationFee(3490, 250)).toBe(87); // 87.25
    expect(form).toMatchObject({
      mode: "payment",
      client_reference_id: started.orderId,
      "metadata[orderId]": started.orderId,
      "metadata[shopId]": shop.id,
      "line_items[0][price_data][currency]": "eur",
      success_url: "https://shop.example/ok",
      cancel_url: "https://shop.example/cart",
      // 2990 for 3 doesn't divide: one item for the whole line, so Stripe charges exactly the order total.
      "line_items[0][quantity]": "1",
      "line_items[0][price_data][unit_amount]": "2990",
      "line_items[0][price_data][product_data][name]": "Tee — M × 3",
      "line_items[1][price_data][unit_amount]": "500",
      "line_items[1][price_data][product_data][name]": "Shipping: Colissimo",
    });
    const payment = await db.payment.findFirstOrThrow({ where: { orderId: started.orderId } });
    expect(payment).toMatchObject({ provider: "stripe", providerPaymentId: started.providerPaymentId, amount: 3490 });
    // Stripe keeps a session open 30 minutes at least: the reservation lasts as long, and ends with it.
    expect(Number(form.expires_at)).toBe(Math.floor(started.reservationExpiresAt.getTime() / 1000));
    expect(started.reservationExpiresAt.getTime() - Date.now()).toBeGreaterThan(30 * 60_000);
  });

  it("refuses a shop that can't take charges yet, and gives the stock back", async () => {
    const { shop, rate, variant } = await stripeShop({ stripeChargesEnabled: false });
    const before = fake.requests.length;
    const error = await startCheckout(db, checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]), rate.id)).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "unavailable", status: 409, fields: { form: "This shop can't take card payments yet." } });
    expect(fake.requests.length).toBe(before);
    expect(await stockOf(variant.id)).toEqual({ stock: 5, reserved: 0 });
    expect(await db.order.findMany({ where: { shopId: shop.id }, select: { status: true } })).toEqual([{ status: "CANCELLED" }]);
  });

  it("connects a shop: one account, then an onboarding link", async () => {
    const shop = await makeOpenShop({ contactEmail: "owner@example.com" });
    const owner = await makeUser();
    await db.shopMember.create({ data: { shopId: shop.id, userId: owner.id, role: "OWNER" } });
    const actor = { shopId: shop.id, userId: owner.id, role: "OWNER" as const };
    const before = fake.requests.length;
    const urls = { refreshUrl: "https://app.example/refresh", returnUrl: "https://app.example/return" };
    const link = await startStripeOnboarding(db, actor, urls);
    const [account, accountLink] = fake.requests.slice(before);
    expect(account).toMatchObject({
      method: "POST",
      path: "/v1/accounts",
      form: { type: "standard", email: "owner@example.com", "metadata[shopId]": shop.id },
    });
    expect(account.headers["idempotency-key"]).toBe(`account:${shop.id}`);
    expect(accountLink).toMatchObject({ path: "/v1/account_links", form: { account: link.accountId, type: "account_onboarding", return_url: urls.returnUrl } });
    expect(link.url).toBe(`https://connect.stripe.test/setup/${link.accountId}`);
    const stored = await db.shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(stored).toMatchObject({ stripeAccountId: link.accountId, stripeChargesEnabled: false });

    const again = await startStripeOnboarding(db, actor, urls);
    expect(again.accountId).toBe(link.accountId);
    expect(fake.requests.slice(before).filter((r) => r.path === "/v1/accounts")).toHaveLength(1);
  });
});

describe("refunds through the provider", () => {
  it("refunds a Stripe payment on the shop's account, once per idempotency key, and the webhook keeps the books", async () => {
    const { shop, started, sessionId, account } = await paidCheckout();
    fake.updateSession(sessionId, { status: "complete", payment_status: "paid", payment_intent: "pi_to_refund" });
    await send(sessionEvent("checkout.session.completed", sessionId, account));
    const provider = createStripeProvider(stripeClient());
    const request = { providerPaymentId: sessionId, stripeAccountId: account, amount: 700, currency: "EUR", idempotencyKey: `refund:${started.orderId}:1` };
    const before = fake.requests.length;
    const refund = await provider.refund(request);
    expect(refund).toMatchObject({ providerRefundId: expect.stringMatching(/^re_test_/), amount: 700, currency: "EUR", status: "succeeded" });
    expect(await provider.refund(request)).toEqual(refund); // a retried request: the same refund
    const created = fake.requests.slice(before).filter((r) => r.method === "POST" && r.path === "/v1/refunds");
    expect(created).toHaveLength(2);
    expect(created.map((r) => [r.headers["idempotency-key"], r.headers["stripe-account"], r.form.payment_intent, r.form.amount])).toEqual([
      [request.idempotencyKey, account, "pi_to_refund", "700"],
      [request.idempotencyKey, account, "pi_to_refund", "700"],
    ]);
    // Stripe then tells the webhook, which records the refund on the paid order.
    fake.refunds.set("ch_refunded", [
      { id: refund.providerRefundId, object: "refund", amount: 700, currency: "eur", status: "succeeded", charge: "ch_refunded" },
    ]);
    await send(stripeEvent("charge.refunded", { id: "ch_refunded", object: "charge", payment_intent: "pi_to_refund" }, account));
    expect(await db.order.findUniqueOrThrow({ where: { id: started.orderId }, select: { status: true, refundedAmount: true } })).toEqual({
      status: "PAID",
      refundedAmount: 700,
    });
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: "order.refunded", targetId: started.orderId } })).toBe(1);
  });

  it("refuses to refund a session that took no payment, and the test provider refunds at once", async () => {
    const { sessionId, account } = await paidCheckout();
    const provider = createStripeProvider(stripeClient());
    const request = { providerPaymentId: sessionId, stripeAccountId: account, amount: 100, currency: "EUR", idempotencyKey: "refund:none" };
    await expect(provider.refund(request)).rejects.toThrow(/no payment to refund/);
    const test = await testProvider.refund({ ...request, providerPaymentId: "test_0123456789abcdef01234567" });
    expect(test).toMatchObject({ amount: 100, currency: "EUR", status: "succeeded", providerRefundId: expect.stringMatching(/^test_re_/) });
    expect(await testProvider.refund({ ...request, providerPaymentId: "test_0123456789abcdef01234567" })).toEqual(test);
  });
});

describe("Stripe webhooks", () => {
  it("answers 400 to a forged or unsigned event and changes nothing", async () => {
    const { variant, started, sessionId, account } = await paidCheckout();
    fake.updateSession(sessionId, { status: "complete", payment_status: "paid" });
    const event = sessionEvent("checkout.session.completed", sessionId, account);
    const payload = JSON.stringify(event);

    expect((await send(event, "whsec_someone_else")).status).toBe(400);
    const signed = Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET });
    expect((await webhook(payload.replace(account, "acct_evil"), signed)).status).toBe(400); // body changed after signing
    expect((await webhook(payload, null)).status).toBe(400);
    expect((await webhook(payload, "t=1,v1=deadbeef")).status).toBe(400);

    expect(await orderStatus(started.orderId)).toBe("PENDING");
    expect(await stockOf(variant.id)).toEqual({ stock: 5, reserved: 2 });
    expect(await db.paymentEvent.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("applies the same event once", async () => {
    const { variant, started, sessionId, account } = await paidCheckout();
    fake.updateSession(sessionId, { status: "complete", payment_status: "paid" });
    const event = sessionEvent("checkout.session.completed", sessionId, account);
    expect(await send(event)).toEqual({ status: 200, body: { received: true, outcome: "paid" } });
    expect(await send(event)).toEqual({ status: 200, body: { received: true, outcome: "duplicate_event" } });
    expect(await orderStatus(started.orderId)).toBe("PAID");
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 });
    expect(await db.paymentEvent.count({ where: { eventId: event.id } })).toBe(1);
  });

  it("keeps an order paid when 'expired' arrives after 'completed'", async () => {
    const { variant, started, sessionId, account } = await paidCheckout();
    fake.updateSession(sessionId, { status: "complete", payment_status: "paid" });
    await send(sessionEvent("checkout.session.completed", sessionId, account));
    expect((await send(sessionEvent("checkout.session.expired", sessionId, account))).body.outcome).toBe("unchanged");
    expect(await orderStatus(started.orderId)).toBe("PAID");
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 });
  });

  it("waits for an async payment, then completes it", async () => {
    const { variant, started, sessionId, account } = await paidCheckout();
    fake.updateSession(sessionId, {
      status: "complete",
      payment_status: "unpaid",
      payment_intent: { id: "pi_async", object: "payment_intent", status: "processing" },
    });
    expect((await send(sessionEvent("checkout.session.completed", sessionId, account))).body.outcome).toBe("waiting");
    expect(await orderStatus(started.orderId)).toBe("PENDING");
    fake.updateSession(sessionId, { payment_status: "paid", payment_intent: { id: "pi_async", object: "payment_intent", status: "succeeded" } });
    expect((await send(sessionEvent("checkout.session.async_payment_succeeded", sessionId, account))).body.outcome).toBe("paid");
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 });
  });

  it("stays cancelled when a stale 'completed' arrives after 'async_payment_failed'", async () => {
    const { variant, started, sessionId, account } = await paidCheckout();
    fake.updateSession(sessionId, {
      status: "complete",
      payment_status: "unpaid",
      payment_intent: { id: "pi_x", object: "payment_intent", status: "requires_payment_method" },
    });
    expect((await send(sessionEvent("checkout.session.async_payment_failed", sessionId, account))).body.outcome).toBe("failed");
    expect((await send(sessionEvent("checkout.session.completed", sessionId, account))).body.outcome).toBe("unchanged");
    expect(await orderStatus(started.orderId)).toBe("CANCELLED");
    expect(await stockOf(variant.id)).toEqual({ stock: 5, reserved: 0 });
  });

  it("expires the order with its session, whatever came before", async () => {
    const { variant, started, sessionId, account } = await paidCheckout();
    fake.updateSession(sessionId, { status: "expired" });
    // 'completed' delivered late for a session that has since expired unpaid: the session's state wins.
    expect((await send(sessionEvent("checkout.session.completed", sessionId, account))).body.outcome).toBe("expired");
    expect((await send(sessionEvent("checkout.session.expired", sessionId, account))).body.outcome).toBe("unchanged");
    expect(await orderStatus(started.orderId)).toBe("EXPIRED");
    expect((await db.payment.findFirstOrThrow({ where: { orderId: started.orderId } })).status).toBe("CANCELLED");
    expect(await stockOf(variant.id)).toEqual({ stock: 5, reserved: 0 });
  });

  it("pays once when the webhook and the shopper's return race", async () => {
    const { variant, started, sessionId, account, email } = await paidCheckout();
    fake.updateSession(sessionId, { status: "complete", payment_status: "paid" });
    const results = await Promise.all([
      send(sessionEvent("checkout.session.completed", sessionId, account)).then((r) => r.body.outcome),
      syncCheckoutSession(db, sessionId), // the success page
      completePayment(db, { provider: "stripe", providerPaymentId: sessionId }).then((r) => r.outcome),
      send(sessionEvent("checkout.session.completed", sessionId, account)).then((r) => r.body.outcome), // a redelivery
    ]);
    expect(results.filter((o) => o === "paid")).toHaveLength(1);
    expect(await orderStatus(started.orderId)).toBe("PAID");
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 });
    expect(await db.auditLog.count({ where: { action: "order.paid", targetId: started.orderId } })).toBe(1);
    // The bare completePayment above may have won, and it sends no mail: the scheduled job does.
    await sendDueConfirmations(db);
    expect((await listOutbox()).filter((m) => m.to === email)).toHaveLength(1);
  });

  it("doesn't mark an order paid when Stripe charged another amount: held for review once", async () => {
    const { variant, started, sessionId, account, email } = await paidCheckout();
    expect(started.totalAmount).toBe(2500);
    fake.updateSession(sessionId, { status: "complete", payment_status: "paid", amount_total: 250 });
    expect((await send(sessionEvent("checkout.session.completed", sessionId, account))).body.outcome).toBe("amount_mismatch");
    // A redelivery under a new id and the shopper's return page: still not paid, still one entry.
    expect((await send(sessionEvent("checkout.session.completed", sessionId, account))).body.outcome).toBe("amount_mismatch");
    expect(await syncCheckoutSession(db, sessionId)).toBe("amount_mismatch");

    expect(await orderStatus(started.orderId)).toBe("PENDING");
    expect((await db.payment.findFirstOrThrow({ where: { orderId: started.orderId } })).status).toBe("PENDING");
    expect(await stockOf(variant.id)).toEqual({ stock: 5, reserved: 2 });
    const review = await db.auditLog.findMany({ where: { action: "payment.amount_mismatch", targetId: started.orderId } });
    expect(review).toHaveLength(1);
    expect(review[0]!.data).toMatchObject({
      providerPaymentId: sessionId,
      expected: { amount: 2500, currency: "EUR" },
      charged: { amount: 250, currency: "EUR" },
    });
    expect((await listOutbox()).filter((m) => m.to === email)).toHaveLength(0);
  });

  it("doesn't mark an order paid when Stripe charged another currency", async () => {
    const { started, sessionId, account } = await paidCheckout();
    fake.updateSession(sessionId, { status: "complete", payment_status: "paid", currency: "usd" });
    expect((await send(sessionEvent("checkout.session.completed", sessionId, account))).body.outcome).toBe("amount_mismatch");
    expect(await orderStatus(started.orderId)).toBe("PENDING");
    const [entry] = await db.auditLog.findMany({ where: { action: "payment.amount_mismatch", targetId: started.orderId } });
    expect(entry!.data).toMatchObject({ charged: { amount: 2500, currency: "USD" } });
  });

  it("ignores a session event sent by another account than the shop's", async () => {
    const { started, sessionId } = await paidCheckout();
    fake.updateSession(sessionId, { status: "complete", payment_status: "paid" });
    expect((await send(sessionEvent("checkout.session.completed", sessionId, "acct_other"))).body.outcome).toBe("ignored");
    expect(await orderStatus(started.orderId)).toBe("PENDING");
  });

  it("records each refund once and keeps the order's refunded amount", async () => {
    const { started, sessionId, account } = await paidCheckout();
    fake.updateSession(sessionId, { status: "complete", payment_status: "paid", payment_intent: "pi_refund_1" });
    await send(sessionEvent("checkout.session.completed", sessionId, account));
    const charge = { id: "ch_1", object: "charge", payment_intent: "pi_refund_1", amount_refunded: 500 };
    const refund = (id: string, amount: number) => ({
      id,
      object: "refund",
      amount,
      currency: "eur",
      status: "succeeded",
      charge: "ch_1",
      reason: "requested_by_customer",
    });
    fake.refunds.set("ch_1", [refund("re_1", 500)]);

    const first = stripeEvent("charge.refunded", charge, account);
    expect((await send(first)).body.outcome).toBe("refund_recorded");
    expect((await send(first)).body.outcome).toBe("duplicate_event");
    fake.refunds.set("ch_1", [refund("re_1", 500), refund("re_2", 700)]);
    await send(stripeEvent("charge.refunded", { ...charge, amount_refunded: 1200 }, account));
    await send(stripeEvent("charge.refunded", { ...charge, amount_refunded: 1200 }, account)); // another delivery, new id

    const refunds = await db.refund.findMany({ where: { orderId: started.orderId }, orderBy: { amount: "asc" } });
    expect(refunds.map((r) => [r.providerRefundId, r.amount, r.currency])).toEqual([
      ["re_1", 500, "EUR"],
      ["re_2", 700, "EUR"],
    ]);
    expect((await db.order.findUniqueOrThrow({ where: { id: started.orderId } })).refundedAmount).toBe(1200);
  });

  it("follows a refund's status changes, each once", async () => {
    const { started, sessionId, account } = await paidCheckout();
    fake.updateSession(sessionId, { status: "complete", payment_status: "paid", payment_intent: "pi_refund_2" });
    await send(sessionEvent("checkout.session.completed", sessionId, account));
    const refund = (status: string) => ({
      id: "re_3",
      object: "refund",
      amount: 800,
      currency: "eur",
      status,
      charge: "ch_2",
      payment_intent: "pi_refund_2",
      reason: null,
    });
    const audits = async (action: string) => db.auditLog.count({ where: { action, targetId: started.orderId } });
    const refunded = async () => (await db.order.findUniqueOrThrow({ where: { id: started.orderId } })).refundedAmount;

    fake.refunds.set("ch_2", [refund("pending")]);
    expect((await send(stripeEvent("charge.refund.updated", refund("pending"), account))).body.outcome).toBe("refund_recorded");
    expect([await refunded(), await audits("order.refunded")]).toEqual([800, 1]);

    fake.refunds.set("ch_2", [refund("succeeded")]);
    const succeeded = stripeEvent("charge.refund.updated", refund("succeeded"), account);
    expect((await send(succeeded)).body.outcome).toBe("refund_recorded");
    expect((await send(succeeded)).body.outcome).toBe("duplicate_event");
    expect([await refunded(), await audits("order.refunded"), await audits("order.refund_updated")]).toEqual([800, 1, 1]);

    // The bank sent the money back: the refund failed, the order is no longer refunded.
    fake.refunds.set("ch_2", [refund("failed")]);
    expect((await send(stripeEvent("charge.refund.updated", refund("failed"), account))).body.outcome).toBe("refund_recorded");
    expect(await db.refund.count({ where: { orderId: started.orderId } })).toBe(0);
    expect([await refunded(), await audits("order.refund_failed")]).toEqual([0, 1]);
  });

  it("ignores a refund update from an account that isn't a shop's", async () => {
    const refund = { id: "re_x", object: "refund", amount: 100, currency: "eur", status: "succeeded", charge: "ch_x", payment_intent: "pi_x" };
    expect((await send(stripeEvent("charge.refund.updated", refund, "acct_nobody"))).body.outcome).toBe("ignored");
  });

  it("keeps the shop's charges flag current from account.updated, reading the account as it is now", async () => {
    const { shop } = await stripeShop({ stripeChargesEnabled: false });
    fake.accounts.set(shop.stripeAccountId!, { id: shop.stripeAccountId, object: "account", charges_enabled: true });
    const stale = stripeEvent("account.updated", { id: shop.stripeAccountId, object: "account", charges_enabled: false }, shop.stripeAccountId!);
    expect((await send(stale)).body.outcome).toBe("account_updated");
    expect((await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).stripeChargesEnabled).toBe(true);
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: "shop.charges_enabled" } })).toBe(1);
  });

  it("keeps whether the account's details are submitted", async () => {
    const { shop } = await stripeShop({ stripeChargesEnabled: false });
    fake.accounts.set(shop.stripeAccountId!, { id: shop.stripeAccountId, object: "account", charges_enabled: false, details_submitted: true });
    await send(stripeEvent("account.updated", { id: shop.stripeAccountId, object: "account" }, shop.stripeAccountId!));
    expect(await db.shop.findUniqueOrThrow({ where: { id: shop.id }, select: { stripeChargesEnabled: true, stripeDetailsSubmitted: true } })).toEqual({
      stripeChargesEnabled: false,
      stripeDetailsSubmitted: true,
    });
  });
});
