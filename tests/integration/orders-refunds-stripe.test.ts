// Refunds of a card order through the Stripe provider, against the fake Stripe API
// (tests/support/fake-stripe.ts, POST /v1/refunds), from the merchant's refund form: the
// partial amount and the idempotency key reach Stripe on the shop's account; a retry after a
// crash refunds once; a refusal from Stripe is the form's message and changes nothing here.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";
import { startCheckout } from "@/lib/checkout/checkout";
import { emptyFormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { refundOrder } from "@/lib/orders/refunds";
import { completePayment } from "@/lib/orders/status";
import { createStripeProvider, stripeClient } from "@/lib/payments/stripe";
import type { PaymentProvider } from "@/lib/payments/types";
import { startFakeStripe, type FakeStripe } from "@/tests/support/fake-stripe";
import { session } from "@/tests/support/session";
import { cartWith, checkoutInput, makeMember, makeOpenShop, makeShippingRate, makeVariant, stockOf } from "@/tests/support/shop-fixtures";

const actions = await import("@/app/(merchant)/dashboard/[shop]/orders/actions");

let fake: FakeStripe;
beforeAll(async () => {
  fake = await startFakeStripe();
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: "sk_test_refunds",
    STRIPE_WEBHOOK_SECRET: "whsec_test_refunds",
    STRIPE_API_HOST: fake.host,
    STRIPE_API_PORT: String(fake.port),
    STRIPE_API_PROTOCOL: "http",
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "minishop-stripe-refunds-")),
  });
});
afterAll(() => fake.close());
beforeEach(() => fake.failRefunds(null));

/** A card order paid on the shop's Stripe account: 3 × €10.00 and €5.00 shipping. */
async function paidStripeOrder() {
  const shop = await makeOpenShop({ stripeAccountId: `acct_${Math.random().toString(36).slice(2, 10)}`, stripeChargesEnabled: true });
  const rate = await makeShippingRate(shop.id, { amount: 500 });
  const variant = await makeVariant(shop.id, { stock: 5, priceAmount: 1000 });
  const started = await startCheckout(db, checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity: 3 }]), rate.id));
  const intent = `pi_${started.orderId}`;
  fake.updateSession(started.providerPaymentId, { status: "complete", payment_status: "paid", payment_intent: intent });
  expect(await completePayment(db, { provider: "stripe", providerPaymentId: started.providerPaymentId })).toMatchObject({ outcome: "paid" });
  const owner = await makeMember(shop.id);
  const line = await db.orderLine.findFirstOrThrow({ where: { orderId: started.orderId } });
  return { shop, owner, variant, intent, orderId: started.orderId, line, actor: { shopId: shop.id, userId: owner.id, role: "OWNER" as const } };
}

const refundPosts = () => fake.requests.filter((r) => r.method === "POST" && r.path === "/v1/refunds");
const books = async (orderId: string, variantId: string) => ({
  order: await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { refundedAmount: true, status: true, fulfillmentStatus: true } }),
  lines: await db.orderLine.findMany({ where: { orderId }, select: { refundedQuantity: true } }),
  refunds: await db.refund.findMany({ where: { orderId }, select: { amount: true, providerRefundId: true } }),
  stock: await stockOf(variantId),
  audit: await db.auditLog.count({ where: { targetId: orderId, action: "order.refunded" } }),
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("refunds through Stripe", () => {
  it("sends a partial refund's amount and idempotency key to Stripe on the shop's account, and books it", async () => {
    const { shop, owner, variant, intent, orderId, line } = await paidStripeOrder();
    const sent = refundPosts().length;
    session.user = owner as CurrentUser;
    expect(await actions.refundOrderAction(shop.slug, orderId, emptyFormState, form({ [`qty.${line.id}`]: "1", restock: "on" }))).toMatchObject({
      saved: "Refunded.",
    });
    const [post] = refundPosts().slice(sent);
    expect(post.headers["stripe-account"]).toBe(shop.stripeAccountId);
    expect(post.headers["idempotency-key"]).toBe(`refund-${orderId}-0-1000`);
    expect(post.form).toMatchObject({ payment_intent: intent, amount: "1000", reason: "requested_by_customer" });
    expect(await books(orderId, variant.id)).toMatchObject({
      order: { refundedAmount: 1000, status: "PAID" },
      lines: [{ refundedQuantity: 1 }],
      refunds: [{ amount: 1000, providerRefundId: expect.stringMatching(/^re_test_/) }],
      stock: { stock: 3 }, // 5 − 3 sold + 1 restocked
      audit: 1,
    });
  });

  it("refunds once when the same refund is retried after a crash between Stripe's answer and our commit", async () => {
    const { variant, orderId, line, actor } = await paidStripeOrder();
    const stripe = createStripeProvider(stripeClient());
    const answers: string[] = [];
    const crashing: PaymentProvider = {
      ...stripe,
      refund: async (r) => {
        const refund = await stripe.refund(r);
        answers.push(refund.providerRefundId);
        throw new Error("the app server died before the commit");
      },
    };
    const input = { lines: [{ orderLineId: line.id, quantity: 2 }] };
    const sent = refundPosts().length;
    await expect(refundOrder(db, actor, orderId, input, { provider: crashing })).rejects.toThrow(/died/);
    expect((await books(orderId, variant.id)).refunds).toEqual([]); // rolled back
    const retried = await refundOrder(db, actor, orderId, input, { provider: stripe });
    const posts = refundPosts().slice(sent);
    expect(posts.map((p) => [p.headers["idempotency-key"], p.form.amount])).toEqual([
      [`refund-${orderId}-0-2000`, "2000"],
      [`refund-${orderId}-0-2000`, "2000"], // the same key: Stripe answers the first refund again
    ]);
    const after = await books(orderId, variant.id);
    expect(after.refunds).toEqual([{ amount: 2000, providerRefundId: answers[0] }]);
    expect(after.order.refundedAmount).toBe(2000);
    expect(retried.amount).toBe(2000);
  });

  it("changes nothing when Stripe refuses: amounts, lines, stock and the timeline stay, and the form says why", async () => {
    const { shop, owner, variant, orderId, line } = await paidStripeOrder();
    const before = await books(orderId, variant.id);
    fake.failRefunds({ status: 400, error: { type: "invalid_request_error", code: "charge_already_refunded", message: "Charge has already been refunded." } });
    session.user = owner as CurrentUser;
    const answer = await actions.refundOrderAction(shop.slug, orderId, emptyFormState, form({ [`qty.${line.id}`]: "2", shipping: "on", restock: "on" }));
    expect(answer.form).toBe("Stripe refused the refund: Charge has already been refunded. Nothing was refunded.");
    expect(answer.saved).toBeUndefined();
    expect(await books(orderId, variant.id)).toEqual(before);
    // Cancelling (which refunds what was paid) is refused the same way, and the order stays paid with its stock sold.
    expect((await actions.cancelOrderAction(shop.slug, orderId)).form).toMatch(/^Stripe refused the refund/);
    expect(await books(orderId, variant.id)).toEqual(before);
  });
});
