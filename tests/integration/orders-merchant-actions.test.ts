// The order page's server actions, called as Next.js calls them with only the session faked:
// the shop's owner and staff act; owners and staff of another shop, and guests, reach none of
// this shop's orders (every action tried) and nothing changes.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";
import { startCheckout } from "@/lib/checkout/checkout";
import { emptyFormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { completePayment } from "@/lib/orders/status";
import { testProvider } from "@/lib/payments/test-provider";
import { session } from "@/tests/support/session";
import { cartWith, checkoutInput, makeMember, makeOpenShop, makeShippingRate, makeVariant } from "@/tests/support/shop-fixtures";

const actions = await import("@/app/(merchant)/dashboard/[shop]/orders/actions");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

let shop: Awaited<ReturnType<typeof makeOpenShop>>;
let other: Awaited<ReturnType<typeof makeOpenShop>>;
let staff: CurrentUser;
let outsiders: CurrentUser[];

async function paidOrder() {
  const rate = await makeShippingRate(shop.id);
  const variant = await makeVariant(shop.id, { stock: 5 });
  const checkout = await startCheckout(db, checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity: 2 }]), rate.id), {
    provider: testProvider,
  });
  await completePayment(db, { provider: "test", providerPaymentId: checkout.providerPaymentId });
  const line = await db.orderLine.findFirstOrThrow({ where: { orderId: checkout.orderId } });
  return { orderId: checkout.orderId, line };
}

const state = async (orderId: string) => ({
  order: await db.order.findUniqueOrThrow({ where: { id: orderId }, omit: { updatedAt: true } }),
  fulfilments: await db.fulfilment.count({ where: { orderId } }),
  refunds: await db.refund.count({ where: { orderId } }),
  notes: await db.orderNote.count({ where: { orderId } }),
});

beforeAll(async () => {
  shop = await makeOpenShop();
  other = await makeOpenShop();
  staff = await makeMember(shop.id, "STAFF");
  outsiders = [await makeMember(other.id, "OWNER"), await makeMember(other.id, "STAFF")];
});

describe("order actions", () => {
  it("let the shop's staff fulfil, note, refund and mark delivered", async () => {
    const { orderId, line } = await paidOrder();
    session.user = staff;
    expect(await actions.fulfilOrderAction(shop.slug, orderId, emptyFormState, form({ [`qty.${line.id}`]: "1", trackingNumber: "T1" }))).toMatchObject({
      saved: "Fulfilled. The shopper was mailed.",
    });
    expect(await actions.addOrderNoteAction(shop.slug, orderId, emptyFormState, form({ body: "Fragile" }))).toMatchObject({ saved: "Note added." });
    expect(await actions.refundOrderAction(shop.slug, orderId, emptyFormState, form({ [`qty.${line.id}`]: "1", restock: "on" }))).toMatchObject({
      saved: "Refunded.",
    });
    expect(await actions.markDeliveredAction(shop.slug, orderId)).toMatchObject({ saved: "Marked delivered." });
    expect(await state(orderId)).toMatchObject({ order: { fulfillmentStatus: "DELIVERED" }, fulfilments: 1, refunds: 1, notes: 1 });
  });

  it("answer bad input and illegal changes with the form's message, changing nothing", async () => {
    const { orderId, line } = await paidOrder();
    session.user = staff;
    const before = await state(orderId);
    expect(await actions.fulfilOrderAction(shop.slug, orderId, emptyFormState, form({ [`qty.${line.id}`]: "9" }))).toMatchObject({
      fields: { "lines.0": "Only 2 left to fulfil." },
    });
    expect(await actions.markDeliveredAction(shop.slug, orderId)).toMatchObject({ form: "This order is unfulfilled: it can't be marked delivered." });
    expect(await state(orderId)).toEqual(before);
    expect(await actions.cancelOrderAction(shop.slug, orderId)).toMatchObject({ saved: "Order cancelled and refunded." });
    expect(await actions.cancelOrderAction(shop.slug, orderId)).toMatchObject({ form: "This order is already cancelled." });
  });

  it("reach no order of another shop: every action tried as its owner, its staff, and through their own shop's slug", async () => {
    const { orderId, line } = await paidOrder();
    const before = await state(orderId);
    const calls = (slug: string) => [
      () => actions.fulfilOrderAction(slug, orderId, emptyFormState, form({ [`qty.${line.id}`]: "1" })),
      () => actions.markDeliveredAction(slug, orderId),
      () => actions.cancelOrderAction(slug, orderId),
      () => actions.refundOrderAction(slug, orderId, emptyFormState, form({ [`qty.${line.id}`]: "1" })),
      () => actions.addOrderNoteAction(slug, orderId, emptyFormState, form({ body: "hi" })),
    ];
    for (const user of outsiders) {
      session.user = user;
      // Their own shop: the order isn't found there.
      for (const call of calls(other.slug)) expect((await call()).form).toMatch(/not found/i);
      // This shop: they are no member, so the page's check refuses before anything runs.
      for (const call of calls(shop.slug)) await expect(call()).rejects.toThrow();
    }
    session.user = null;
    for (const call of calls(shop.slug)) await expect(call()).rejects.toThrow(); // to the sign-in page
    expect(await state(orderId)).toEqual(before);
  });
});
