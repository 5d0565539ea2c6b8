// The merchant's status machine after checkout: fulfil in parcels (tracking, shipment mail),
// delivered, cancel (restock, refund if paid), notes. Every change legal and illegal; an
// illegal one is refused with a clear message and writes nothing.
import { describe, expect, it } from "vitest";
import { startCheckout } from "@/lib/checkout/checkout";
import type { ShopActor } from "@/lib/core/actor";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/db/client";
import type { FulfillmentStatus, OrderStatus } from "@/lib/generated/prisma/enums";
import type { Mail } from "@/lib/mail/send";
import { addOrderNote, cancelOrder, FULFILMENT_CHANGES, fulfilOrder, markDelivered } from "@/lib/orders/after-sale";
import { completePayment, expirePayment } from "@/lib/orders/status";
import { testProvider } from "@/lib/payments/test-provider";
import type { PaymentProvider } from "@/lib/payments/types";
import { cartWith, checkoutInput, makeMember, makeOpenShop, makeShippingRate, makeVariant, stockOf } from "@/tests/support/shop-fixtures";

const mails: Mail[] = [];
const send = async (mail: Mail) => void mails.push(mail);

/** A shop with two items (3 and 5 in stock), an order for 2 + 1 of them and its owner. */
async function order(state: "PENDING" | "PAID" | "EXPIRED" = "PAID") {
  const shop = await makeOpenShop();
  const rate = await makeShippingRate(shop.id);
  const a = await makeVariant(shop.id, { stock: 3, priceAmount: 1000 });
  const b = await makeVariant(shop.id, { stock: 5, priceAmount: 500 });
  const cart = await cartWith(shop.id, [
    { variantId: a.id, quantity: 2 },
    { variantId: b.id, quantity: 1 },
  ]);
  const checkout = await startCheckout(db, checkoutInput(shop.id, cart, rate.id), { provider: testProvider });
  const ref = { provider: "test", providerPaymentId: checkout.providerPaymentId };
  if (state === "PAID") await completePayment(db, ref);
  if (state === "EXPIRED") await expirePayment(db, ref);
  const owner = await makeMember(shop.id);
  const actor: ShopActor = { shopId: shop.id, userId: owner.id, role: "OWNER" };
  const lines = await db.orderLine.findMany({ where: { orderId: checkout.orderId }, orderBy: { unitPriceAmount: "desc" } });
  return { shop, a, b, actor, orderId: checkout.orderId, lineA: lines[0], lineB: lines[1] };
}

const snapshot = async (orderId: string) => ({
  order: await db.order.findUniqueOrThrow({ where: { id: orderId }, omit: { updatedAt: true } }),
  lines: await db.orderLine.findMany({ where: { orderId }, orderBy: { id: "asc" } }),
  fulfilments: await db.fulfilment.count({ where: { orderId } }),
  refunds: await db.refund.count({ where: { orderId } }),
  audit: await db.auditLog.count({ where: { targetId: orderId } }),
  variants: await db.variant.findMany({
    where: { orderLines: { some: { orderId } } },
    select: { id: true, stock: true, reserved: true },
    orderBy: { id: "asc" },
  }),
});

/** Runs `change`, expects it refused with `code` and `message`, and that nothing was written. */
async function refused(orderId: string, change: () => Promise<unknown>, code: string, message: string | RegExp) {
  const before = await snapshot(orderId);
  const error = await change().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect(Object.values((error as AppError).fields).join(" ")).toMatch(message);
  expect(await snapshot(orderId)).toEqual(before);
}

const track = { carrier: "La Poste", trackingNumber: "LP123", trackingUrl: "https://track.example/LP123" };

describe("fulfilment", () => {
  it("fulfils in parcels with tracking, mails the shopper each time, then marks delivered", async () => {
    const { actor, orderId, lineA, lineB } = await order();
    mails.length = 0;
    const first = await fulfilOrder(db, actor, orderId, { lines: [{ orderLineId: lineA.id, quantity: 1 }], ...track }, { send });
    expect(first).toMatchObject({ fulfillmentStatus: "PARTIAL", mailed: true });
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toBe((await db.order.findUniqueOrThrow({ where: { id: orderId } })).email);
    expect(mails[0].text).toContain("LP123");
    expect(mails[0].text).toContain("https://track.example/LP123");

    // Another parcel: PARTIAL → PARTIAL.
    expect(await fulfilOrder(db, actor, orderId, { lines: [{ orderLineId: lineB.id, quantity: 1 }] }, { send })).toMatchObject({
      fulfillmentStatus: "PARTIAL",
    });
    const last = await fulfilOrder(db, actor, orderId, { lines: [{ orderLineId: lineA.id, quantity: 1 }], ...track }, { send });
    expect(last).toMatchObject({ fulfillmentStatus: "FULFILLED", mailed: true });
    expect(mails).toHaveLength(3);
    const lines = await db.orderLine.findMany({ where: { orderId }, select: { quantity: true, fulfilledQuantity: true } });
    for (const l of lines) expect(l.fulfilledQuantity).toBe(l.quantity);
    const parcels = await db.fulfilment.findMany({ where: { orderId }, include: { lines: true }, orderBy: { createdAt: "asc" } });
    expect(parcels.map((p) => [p.trackingNumber, p.lines.map((l) => l.quantity), !!p.mailSentAt])).toEqual([
      ["LP123", [1], true],
      ["", [1], true],
      ["LP123", [1], true],
    ]);

    await markDelivered(db, actor, orderId);
    const delivered = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(delivered).toMatchObject({ status: "PAID", fulfillmentStatus: "DELIVERED" });
    expect(delivered.deliveredAt).not.toBeNull();
    const actions = (await db.auditLog.findMany({ where: { targetId: orderId }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions.filter((a) => a !== "order.paid")).toEqual([
      "order.partially_fulfilled",
      "order.shipment_mailed",
      "order.partially_fulfilled",
      "order.shipment_mailed",
      "order.fulfilled",
      "order.shipment_mailed",
      "order.delivered",
    ]);
  });

  it("fulfils every line at once: UNFULFILLED → FULFILLED", async () => {
    const { actor, orderId, lineA, lineB } = await order();
    const all = [
      { orderLineId: lineA.id, quantity: 2 },
      { orderLineId: lineB.id, quantity: 1 },
    ];
    expect(await fulfilOrder(db, actor, orderId, { lines: all }, { send })).toMatchObject({ fulfillmentStatus: "FULFILLED" });
  });

  it("keeps the fulfilment when the shipment mail fails, without a mailed entry", async () => {
    const { actor, orderId, lineA } = await order();
    const failing = async () => {
      throw new Error("SMTP down");
    };
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(await fulfilOrder(db, actor, orderId, { lines: [{ orderLineId: lineA.id, quantity: 1 }] }, { send: failing })).toMatchObject({ mailed: false });
    } finally {
      console.error = quiet;
    }
    expect(await db.fulfilment.findFirstOrThrow({ where: { orderId } })).toMatchObject({ mailSentAt: null });
    expect(await db.auditLog.count({ where: { targetId: orderId, action: "order.shipment_mailed" } })).toBe(0);
  });

  it("refuses more than is left to fulfil, unknown or another order's lines, and empty parcels, writing nothing", async () => {
    const { actor, orderId, lineA, lineB } = await order();
    const other = await order();
    const fulfil =
      (lines: { orderLineId: string; quantity: number }[], extra = {}) =>
      () =>
        fulfilOrder(db, actor, orderId, { lines, ...extra }, { send });
    await refused(orderId, fulfil([{ orderLineId: lineA.id, quantity: 3 }]), "invalid", "Only 2 left to fulfil.");
    await refused(orderId, fulfil([{ orderLineId: other.lineA.id, quantity: 1 }]), "invalid", "This item isn't in the order.");
    await refused(orderId, fulfil([{ orderLineId: lineB.id, quantity: 0 }]), "invalid", "Choose at least one item to fulfil.");
    await refused(
      orderId,
      fulfil([
        { orderLineId: lineA.id, quantity: 1 },
        { orderLineId: lineA.id, quantity: 1 },
      ]),
      "invalid",
      "Each item once.",
    );
    await refused(orderId, fulfil([{ orderLineId: lineA.id, quantity: 1 }], { trackingUrl: "javascript:alert(1)" }), "invalid", /https:\/\//);
    await fulfilOrder(db, actor, orderId, { lines: [{ orderLineId: lineA.id, quantity: 2 }] }, { send });
    await refused(orderId, fulfil([{ orderLineId: lineA.id, quantity: 1 }]), "invalid", "Nothing left to fulfil.");
  });

  it("follows the fulfilment table exactly", () => {
    const ALL: FulfillmentStatus[] = ["UNFULFILLED", "PARTIAL", "FULFILLED", "DELIVERED"];
    const allowed = ALL.flatMap((from) => (FULFILMENT_CHANGES[from] as readonly FulfillmentStatus[]).map((to) => `${from} → ${to}`));
    expect(allowed).toEqual(["UNFULFILLED → PARTIAL", "UNFULFILLED → FULFILLED", "PARTIAL → PARTIAL", "PARTIAL → FULFILLED", "FULFILLED → DELIVERED"]);
  });

  it("refuses delivered before everything was sent, twice, and on orders that aren't paid", async () => {
    const { actor, orderId, lineA } = await order();
    await refused(orderId, () => markDelivered(db, actor, orderId), "conflict", "This order is unfulfilled: it can't be marked delivered.");
    await fulfilOrder(db, actor, orderId, { lines: [{ orderLineId: lineA.id, quantity: 1 }] }, { send });
    await refused(orderId, () => markDelivered(db, actor, orderId), "conflict", "This order is partially fulfilled: it can't be marked delivered.");
    const { lineB } = await db.orderLine.findMany({ where: { orderId } }).then((ls) => ({ lineB: ls.find((l) => l.id !== lineA.id)! }));
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
      { send },
    );
    await markDelivered(db, actor, orderId);
    await refused(orderId, () => markDelivered(db, actor, orderId), "conflict", "This order is delivered: it can't be marked delivered.");
    await refused(orderId, () => fulfilOrder(db, actor, orderId, { lines: [{ orderLineId: lineA.id, quantity: 1 }] }, { send }), "invalid", "Nothing left");
  });

  for (const state of ["PENDING", "EXPIRED"] as const) {
    it(`refuses to fulfil or deliver an order ${state.toLowerCase()}`, async () => {
      const { actor, orderId, lineA } = await order(state);
      const words = state === "PENDING" ? "awaiting payment" : "expired";
      await refused(
        orderId,
        () => fulfilOrder(db, actor, orderId, { lines: [{ orderLineId: lineA.id, quantity: 1 }] }, { send }),
        "conflict",
        `This order is ${words}: only a paid order can be partially fulfilled.`,
      );
      await refused(orderId, () => markDelivered(db, actor, orderId), "conflict", `This order is ${words}: only a paid order can be delivered.`);
    });
  }
});

describe("merchant cancel", () => {
  it("cancels a paid order: refunds all that was paid through the provider and restocks", async () => {
    const { actor, orderId, a, b } = await order();
    expect(await stockOf(a.id)).toEqual({ stock: 1, reserved: 0 });
    const refunds: unknown[] = [];
    const provider: PaymentProvider = { ...testProvider, refund: (r) => (refunds.push(r), testProvider.refund(r)) };
    const { totalAmount } = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(await cancelOrder(db, actor, orderId, { provider })).toEqual({ refunded: totalAmount });
    expect(refunds).toEqual([expect.objectContaining({ amount: totalAmount, currency: "EUR", idempotencyKey: `cancel-${orderId}` })]);
    const cancelled = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(cancelled).toMatchObject({ status: "CANCELLED", refundedAmount: totalAmount });
    expect(cancelled.cancelledAt).not.toBeNull();
    expect(await db.refund.findMany({ where: { orderId }, select: { amount: true, shopId: true } })).toEqual([{ amount: totalAmount, shopId: actor.shopId }]);
    expect(await stockOf(a.id)).toEqual({ stock: 3, reserved: 0 });
    expect(await stockOf(b.id)).toEqual({ stock: 5, reserved: 0 });
    // Cancelled is final for the merchant.
    await refused(orderId, () => cancelOrder(db, actor, orderId), "conflict", "This order is already cancelled.");
    await refused(orderId, () => markDelivered(db, actor, orderId), "conflict", "This order is cancelled");
  });

  it("cancels an order awaiting payment: the reservation goes back, nothing is refunded", async () => {
    const { actor, orderId, a } = await order("PENDING");
    expect(await stockOf(a.id)).toEqual({ stock: 3, reserved: 2 });
    expect(await cancelOrder(db, actor, orderId)).toEqual({ refunded: 0 });
    expect(await stockOf(a.id)).toEqual({ stock: 3, reserved: 0 });
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "CANCELLED", refundedAmount: 0 });
    expect(await db.refund.count({ where: { orderId } })).toBe(0);
  });

  it("two concurrent cancels: one refund, stock back once", async () => {
    const { actor, orderId, a } = await order();
    const results = await Promise.allSettled([cancelOrder(db, actor, orderId), cancelOrder(db, actor, orderId)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.refund.count({ where: { orderId } })).toBe(1);
    expect(await stockOf(a.id)).toEqual({ stock: 3, reserved: 0 });
  });

  it("refuses to cancel an order with a parcel sent, or expired, writing nothing", async () => {
    const { actor, orderId, lineA } = await order();
    await fulfilOrder(db, actor, orderId, { lines: [{ orderLineId: lineA.id, quantity: 1 }] }, { send });
    await refused(orderId, () => cancelOrder(db, actor, orderId), "conflict", "This order is partially fulfilled: it can't be cancelled. Refund it instead.");
    const expired = await order("EXPIRED");
    await refused(expired.orderId, () => cancelOrder(db, expired.actor, expired.orderId), "conflict", "This order is already expired.");
  });

  it("writes nothing when the provider's refund fails", async () => {
    const { actor, orderId } = await order();
    const provider: PaymentProvider = {
      ...testProvider,
      refund: async () => {
        throw new AppError("payment", { form: "The payment provider refused the refund." });
      },
    };
    await refused(orderId, () => cancelOrder(db, actor, orderId, { provider }), "payment", "refused the refund");
  });
});

describe("who may act", () => {
  it("staff and owners of another shop can neither fulfil, deliver, cancel nor note; a member without the shop gets not found", async () => {
    const { orderId, lineA } = await order();
    const other = await order();
    const staffElsewhere: ShopActor = { ...other.actor, role: "STAFF" };
    const attempts = (actor: ShopActor) => [
      () => fulfilOrder(db, actor, orderId, { lines: [{ orderLineId: lineA.id, quantity: 1 }] }, { send }),
      () => markDelivered(db, actor, orderId),
      () => cancelOrder(db, actor, orderId),
      () => addOrderNote(db, actor, orderId, { body: "hello" }),
    ];
    // Acting in their own shop on this order's id: the order isn't found there.
    for (const attempt of [...attempts(other.actor), ...attempts(staffElsewhere)]) await refused(orderId, attempt, "not_found", /./);
    // Naming this order's shop without being a member of it: the role check refuses.
    const intruder: ShopActor = { ...other.actor, shopId: (await db.order.findUniqueOrThrow({ where: { id: orderId } })).shopId };
    for (const attempt of attempts(intruder)) await refused(orderId, attempt, "not_found", /./);
    expect(await db.orderNote.count({ where: { orderId } })).toBe(0);
  });

  it("staff of the shop may run its orders", async () => {
    const { shop, orderId, lineA } = await order();
    const staff = await makeMember(shop.id, "STAFF");
    const actor: ShopActor = { shopId: shop.id, userId: staff.id, role: "STAFF" };
    await fulfilOrder(db, actor, orderId, { lines: [{ orderLineId: lineA.id, quantity: 1 }] }, { send });
    await addOrderNote(db, actor, orderId, { body: "  Sent the blue one  " });
    expect(await db.orderNote.findMany({ where: { orderId }, select: { body: true, authorId: true, shopId: true } })).toEqual([
      { body: "Sent the blue one", authorId: staff.id, shopId: shop.id },
    ]);
    await refused(orderId, () => addOrderNote(db, actor, orderId, { body: "   " }), "invalid", "Write a note.");
  });
});

// The order statuses a merchant can reach from each: only PAID and PENDING can be cancelled.
it("cancels exactly the orders the status table allows", async () => {
  const outcomes: Record<string, string> = {};
  for (const state of ["PENDING", "PAID", "EXPIRED"] as const) {
    const { actor, orderId } = await order(state);
    outcomes[state] = await cancelOrder(db, actor, orderId).then(
      () => (db.order.findUniqueOrThrow({ where: { id: orderId } }) as Promise<{ status: OrderStatus }>).then((o) => o.status),
      (e: AppError) => e.code,
    );
  }
  expect(outcomes).toEqual({ PENDING: "CANCELLED", PAID: "CANCELLED", EXPIRED: "conflict" });
});
