// Refunds by line, quantity and shipping through the order's provider: discounts and tax
// reversed to the cent, optional restock, never more than was paid (also under racing clicks).
import { describe, expect, it } from "vitest";
import { startCheckout } from "@/lib/checkout/checkout";
import type { ShopActor } from "@/lib/core/actor";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/db/client";
import { cancelOrder, fulfilOrder } from "@/lib/orders/after-sale";
import { refundOrder, type RefundInput } from "@/lib/orders/refunds";
import { completePayment, recordRefunds } from "@/lib/orders/status";
import { testProvider } from "@/lib/payments/test-provider";
import type { PaymentProvider, RefundRequest } from "@/lib/payments/types";
import {
  ADDRESS,
  cartWith,
  checkoutInput,
  makeDiscount,
  makeMember,
  makeOpenShop,
  makeShippingRate,
  makeVariant,
  stockOf,
} from "@/tests/support/shop-fixtures";

/** The paid order of checkout-pricing.test.ts: 1 × 19.99 + 3 × 3.33, $10 off, $10 shipping, 20 % tax on top: $35.98. */
async function taxedOrder(opts: { pay?: boolean } = {}) {
  const shop = await makeOpenShop({ taxRateBps: 2000, pricesIncludeTax: false, currency: "USD" });
  const rate = await makeShippingRate(shop.id, { amount: 1000, countries: ["US"] });
  const a = await makeVariant(shop.id, { priceAmount: 1999, stock: 5 });
  const b = await makeVariant(shop.id, { priceAmount: 333, stock: 5 });
  await makeDiscount(shop.id, { code: "SAVE", type: "FIXED_AMOUNT", value: 1000 });
  const cartId = await cartWith(shop.id, [
    { variantId: a.id, quantity: 1 },
    { variantId: b.id, quantity: 3 },
  ]);
  const address = { ...ADDRESS, country: "US", postalCode: "94103", region: "CA", city: "San Francisco" };
  const started = await startCheckout(
    db,
    { ...checkoutInput(shop.id, cartId, rate.id, { discountCodes: ["SAVE"] }), shippingAddress: address },
    { provider: testProvider },
  );
  if (opts.pay !== false) await completePayment(db, { provider: "test", providerPaymentId: started.providerPaymentId });
  const owner = await makeMember(shop.id);
  const actor: ShopActor = { shopId: shop.id, userId: owner.id, role: "OWNER" };
  const order = await db.order.findUniqueOrThrow({ where: { id: started.orderId }, include: { lines: { orderBy: { unitPriceAmount: "desc" } } } });
  return { shop, a, b, actor, order, orderId: order.id, lineA: order.lines[0], lineB: order.lines[1] };
}

const calls: RefundRequest[] = [];
const provider: PaymentProvider = { ...testProvider, refund: (r) => (calls.push(r), testProvider.refund(r)) };

async function rejection(p: Promise<unknown>) {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return { code: (error as AppError).code, fields: (error as AppError).fields };
}

const books = async (orderId: string) => ({
  order: await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { refundedAmount: true, status: true } }),
  lines: await db.orderLine.findMany({ where: { orderId }, select: { refundedQuantity: true }, orderBy: { id: "asc" } }),
  refunds: await db.refund.count({ where: { orderId } }),
});

describe("refunds", () => {
  it("reverses a discounted, taxed order to the cent, piece by piece, through the provider", async () => {
    const { actor, order, orderId, lineA, lineB } = await taxedOrder();
    expect(order).toMatchObject({ totalAmount: 3598, taxAmount: 600, discountAmount: 1000, shippingAmount: 1000 });
    calls.length = 0;
    const pieces: RefundInput[] = [
      { lines: [{ orderLineId: lineB.id, quantity: 1 }] },
      { lines: [{ orderLineId: lineA.id, quantity: 1 }], shipping: true },
      { lines: [{ orderLineId: lineB.id, quantity: 2 }] },
    ];
    const results = [];
    for (const piece of pieces) results.push(await refundOrder(db, actor, orderId, piece, { provider }));
    expect(results.reduce((s, r) => s + r.amount, 0)).toBe(3598);
    const parts = results.flatMap((r) => r.lines);
    expect(parts.reduce((s, l) => s + l.taxAmount, 0)).toBe(600);
    expect(parts.reduce((s, l) => s + ("discountAmount" in l ? l.discountAmount : 0), 0)).toBe(1000);
    // Each line's pieces add up to what it cost, its discount and its tax.
    for (const line of [lineA, lineB]) {
      const mine = parts.filter((l) => "orderLineId" in l && l.orderLineId === line.id) as { amount: number; discountAmount: number; taxAmount: number }[];
      expect([mine.reduce((s, l) => s + l.amount, 0), mine.reduce((s, l) => s + l.discountAmount, 0), mine.reduce((s, l) => s + l.taxAmount, 0)]).toEqual([
        line.totalAmount,
        line.discountAmount,
        line.taxAmount,
      ]);
    }
    expect(parts.find((l) => "shipping" in l)).toEqual({ shipping: true, amount: 1200, taxAmount: 200 });
    expect(calls.map((c) => c.amount)).toEqual(results.map((r) => r.amount));
    expect(new Set(calls.map((c) => c.idempotencyKey)).size).toBe(3);
    const after = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { refunds: true, lines: true } });
    expect(after.refundedAmount).toBe(3598);
    expect(after.refunds.reduce((s, r) => s + r.amount, 0)).toBe(3598);
    for (const l of after.lines) expect(l.refundedQuantity).toBe(l.quantity);
    // Nothing left: a further refund is refused and writes nothing.
    const before = await books(orderId);
    expect(await rejection(refundOrder(db, actor, orderId, { lines: [], shipping: true }, { provider }))).toMatchObject({
      code: "invalid",
      fields: { shipping: "The shipping was refunded already." },
    });
    expect(await rejection(refundOrder(db, actor, orderId, { lines: [{ orderLineId: lineA.id, quantity: 1 }] }, { provider }))).toMatchObject({
      code: "invalid",
      fields: { "lines.0": "Nothing left to refund." },
    });
    expect(await books(orderId)).toEqual(before);
  });

  it("two concurrent full refunds: one succeeds, the other is refused, the provider is asked once", async () => {
    const { actor, orderId, lineA, lineB } = await taxedOrder();
    calls.length = 0;
    const full: RefundInput = {
      lines: [
        { orderLineId: lineA.id, quantity: 1 },
        { orderLineId: lineB.id, quantity: 3 },
      ],
      shipping: true,
    };
    const results = await Promise.allSettled([refundOrder(db, actor, orderId, full, { provider }), refundOrder(db, actor, orderId, full, { provider })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(AppError);
    expect((failed.reason as AppError).code).toBe("invalid");
    expect(calls).toHaveLength(1);
    expect(await books(orderId)).toMatchObject({ order: { refundedAmount: 3598 }, refunds: 1 });
  });

  it("restocks only when asked", async () => {
    const { actor, orderId, a, b, lineA, lineB } = await taxedOrder();
    expect(await stockOf(b.id)).toEqual({ stock: 2, reserved: 0 });
    await refundOrder(db, actor, orderId, { lines: [{ orderLineId: lineB.id, quantity: 2 }], restock: true }, { provider });
    expect(await stockOf(b.id)).toEqual({ stock: 4, reserved: 0 });
    await refundOrder(db, actor, orderId, { lines: [{ orderLineId: lineA.id, quantity: 1 }] }, { provider });
    expect(await stockOf(a.id)).toEqual({ stock: 4, reserved: 0 });
    expect((await db.refund.findMany({ where: { orderId }, orderBy: { createdAt: "asc" } })).map((r) => r.restocked)).toEqual([true, false]);
  });

  it("refunding what was left to send makes a partially fulfilled order fulfilled", async () => {
    const { actor, orderId, lineA, lineB } = await taxedOrder();
    await fulfilOrder(
      db,
      actor,
      orderId,
      {
        lines: [
          { orderLineId: lineA.id, quantity: 1 },
          { orderLineId: lineB.id, quantity: 1 },
        ],
      },
      { send: async () => {} },
    );
    await refundOrder(db, actor, orderId, { lines: [{ orderLineId: lineB.id, quantity: 1 }] }, { provider });
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).fulfillmentStatus).toBe("PARTIAL");
    await refundOrder(db, actor, orderId, { lines: [{ orderLineId: lineB.id, quantity: 1 }] }, { provider });
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).fulfillmentStatus).toBe("FULFILLED");
  });

  it("never refunds more than was paid, counting refunds made at the provider", async () => {
    const { actor, orderId, lineA } = await taxedOrder();
    const payment = await db.payment.findFirstOrThrow({ where: { orderId } });
    // A refund of $30 made in Stripe's dashboard, booked by the webhook.
    await db.$transaction((tx) =>
      recordRefunds(tx, payment, [{ providerRefundId: "re_outside", amount: 3000, currency: "usd", status: "succeeded", reason: null }]),
    );
    const before = await books(orderId);
    expect(await rejection(refundOrder(db, actor, orderId, { lines: [{ orderLineId: lineA.id, quantity: 1 }] }, { provider }))).toEqual({
      code: "conflict",
      fields: { form: "Only $5.98 is left to refund." },
    });
    expect(await books(orderId)).toEqual(before);
  });

  it("refuses bad input, unpaid or cancelled orders and a provider's refusal, writing nothing", async () => {
    const { actor, orderId, lineA } = await taxedOrder();
    const other = await taxedOrder();
    const before = await books(orderId);
    const tries: [RefundInput, string, Record<string, string>][] = [
      [{ lines: [] }, "invalid", { form: "Choose the items or the shipping to refund." }],
      [{ lines: [{ orderLineId: lineA.id, quantity: 2 }] }, "invalid", { "lines.0": "Only 1 left to refund." }],
      [{ lines: [{ orderLineId: other.lineA.id, quantity: 1 }] }, "invalid", { "lines.0": "This item isn't in the order." }],
      [{ lines: [{ orderLineId: lineA.id, quantity: -1 }] }, "invalid", { "lines.0.quantity": "At least 0." }],
    ];
    for (const [input, code, fields] of tries) expect(await rejection(refundOrder(db, actor, orderId, input, { provider }))).toEqual({ code, fields });
    const refusing: PaymentProvider = { ...testProvider, refund: async (r) => ({ ...(await testProvider.refund(r)), status: "failed" }) };
    expect(await rejection(refundOrder(db, actor, orderId, { lines: [{ orderLineId: lineA.id, quantity: 1 }] }, { provider: refusing }))).toMatchObject({
      code: "payment",
    });
    expect(await books(orderId)).toEqual(before);

    const pending = await taxedOrder({ pay: false });
    expect(await rejection(refundOrder(db, pending.actor, pending.orderId, { shipping: true }, { provider }))).toEqual({
      code: "conflict",
      fields: { form: "This order is awaiting payment: only a paid order can be refunded." },
    });
    await cancelOrder(db, actor, orderId, { provider });
    expect(await rejection(refundOrder(db, actor, orderId, { shipping: true }, { provider }))).toEqual({
      code: "conflict",
      fields: { form: "This order is cancelled: only a paid order can be refunded." },
    });
  });

  it("is refused to staff and owners of another shop and to non-members", async () => {
    const { orderId, lineA, shop } = await taxedOrder();
    const other = await taxedOrder();
    const before = await books(orderId);
    const input = { lines: [{ orderLineId: lineA.id, quantity: 1 }] };
    const staff = await makeMember(other.shop.id, "STAFF");
    for (const actor of [other.actor, { shopId: other.shop.id, userId: staff.id, role: "STAFF" as const }, { ...other.actor, shopId: shop.id }]) {
      expect((await rejection(refundOrder(db, actor, orderId, input, { provider }))).code).toBe("not_found");
    }
    expect(await books(orderId)).toEqual(before);
  });
});
