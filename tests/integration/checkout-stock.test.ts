// Stock under concurrency: reservations, completion, expiry and late payments never oversell
// and release each reservation exactly once.
import { describe, expect, it } from "vitest";
import { startCheckout } from "@/lib/checkout/checkout";
import { completePayment, expireReservations, failPayment, abandonCheckout } from "@/lib/orders/status";
import { transaction } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { reserveStock } from "@/lib/orders/stock";
import { db } from "@/lib/db/client";
import { testProvider } from "@/lib/payments/test-provider";
import { cartWith, checkoutInput, makeDiscount, makeOpenShop, makeShippingRate, makeVariant, settle, stockOf } from "@/tests/support/shop-fixtures";

const options = { provider: testProvider };
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe("checkout stock", () => {
  it("sells exactly 5 units to 50 concurrent checkouts, then completes them once", async () => {
    const shop = await makeOpenShop();
    const rate = await makeShippingRate(shop.id);
    const variant = await makeVariant(shop.id, { stock: 5, priceAmount: 1500 });
    const carts: string[] = [];
    for (let i = 0; i < 50; i++) carts.push(await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]));

    const { fulfilled, rejected } = await settle(carts.map((cartId) => startCheckout(db, checkoutInput(shop.id, cartId, rate.id), options)));
    expect(fulfilled).toHaveLength(5);
    expect(rejected).toHaveLength(45);
    for (const error of rejected) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "out_of_stock", status: 409 });
      expect(Object.values((error as AppError).fields)).toEqual(["Sold out"]);
    }
    expect(await stockOf(variant.id)).toEqual({ stock: 5, reserved: 5 });
    expect(new Set(fulfilled.map((c) => c.orderNumber)).size).toBe(5);

    const results = await Promise.all(fulfilled.map((c) => completePayment(db, { provider: "test", providerPaymentId: c.providerPaymentId })));
    expect(results.map((r) => r.outcome)).toEqual(Array(5).fill("paid"));
    expect(await stockOf(variant.id)).toEqual({ stock: 0, reserved: 0 });
    expect(await db.order.count({ where: { shopId: shop.id, status: "PAID" } })).toBe(5);
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(5); // the refused ones left nothing behind
  });

  it("checks lines that share a variant's stock together", async () => {
    const shop = await makeOpenShop();
    const variant = await makeVariant(shop.id, { stock: 5 });
    const lines = [
      { key: "a", variantId: variant.id, quantity: 3 },
      { key: "b", variantId: variant.id, quantity: 3 },
    ];
    const error = await transaction(db, (tx) => reserveStock(tx, shop.id, lines)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "out_of_stock", fields: { "lines.a": "Only 5 left", "lines.b": "Only 5 left" } });
    expect(await stockOf(variant.id)).toEqual({ stock: 5, reserved: 0 });
    await transaction(db, (tx) => reserveStock(tx, shop.id, [lines[0], { ...lines[1], quantity: 2 }]));
    expect(await stockOf(variant.id)).toEqual({ stock: 5, reserved: 5 });
  });

  it("takes nothing when one line can't be had, and names that line", async () => {
    const shop = await makeOpenShop();
    const rate = await makeShippingRate(shop.id);
    const plenty = await makeVariant(shop.id, { stock: 10 });
    const scarce = await makeVariant(shop.id, { stock: 3 });
    const cartId = await cartWith(shop.id, [
      { variantId: plenty.id, quantity: 2 },
      { variantId: scarce.id, quantity: 3 },
    ]);
    await db.variant.update({ where: { id: scarce.id }, data: { reserved: 1 } }); // someone else is checking out one
    const lineId = (await db.cartLine.findFirstOrThrow({ where: { cartId, variantId: scarce.id } })).id;

    const error = await startCheckout(db, checkoutInput(shop.id, cartId, rate.id), options).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "out_of_stock", fields: { [`lines.${lineId}`]: "Only 2 left" } });
    expect(await stockOf(plenty.id)).toEqual({ stock: 10, reserved: 0 });
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(0);
  });

  it("doesn't count untracked variants against stock", async () => {
    const shop = await makeOpenShop();
    const rate = await makeShippingRate(shop.id);
    const variant = await makeVariant(shop.id, { stock: 0, trackStock: false });
    const started = await startCheckout(db, checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity: 7 }]), rate.id), options);
    await completePayment(db, { provider: "test", providerPaymentId: started.providerPaymentId });
    expect(await stockOf(variant.id)).toEqual({ stock: 0, reserved: 0 });
  });

  it("returns the stock and the discount use of expired reservations, once", async () => {
    const shop = await makeOpenShop();
    const rate = await makeShippingRate(shop.id);
    const variant = await makeVariant(shop.id, { stock: 4 });
    const code = await makeDiscount(shop.id, { code: "ONCE", usageLimit: 1 });
    const started = await startCheckout(
      db,
      checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity: 3 }]), rate.id, { discountCodes: ["once"] }),
      options,
    );
    expect(await stockOf(variant.id)).toEqual({ stock: 4, reserved: 3 });
    expect((await db.discount.findUniqueOrThrow({ where: { id: code.id } })).usedCount).toBe(1);

    expect(await expireReservations(db, later(14), { shopId: shop.id })).toEqual({ expired: 0 }); // not yet
    expect(await expireReservations(db, later(16), { shopId: shop.id })).toEqual({ expired: 1 });
    expect(await expireReservations(db, later(17), { shopId: shop.id })).toEqual({ expired: 0 });
    expect(await stockOf(variant.id)).toEqual({ stock: 4, reserved: 0 });
    expect((await db.discount.findUniqueOrThrow({ where: { id: code.id } })).usedCount).toBe(0);
    const order = await db.order.findUniqueOrThrow({ where: { id: started.orderId } });
    expect(order).toMatchObject({ status: "EXPIRED" });
    expect(order.cancelledAt).not.toBeNull();

    // The code is free again for someone else.
    await startCheckout(
      db,
      checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]), rate.id, { discountCodes: ["ONCE"] }),
      options,
    );
    expect((await db.discount.findUniqueOrThrow({ where: { id: code.id } })).usedCount).toBe(1);
  });

  it("releases once when decline, abandon and expiry race", async () => {
    const shop = await makeOpenShop();
    const rate = await makeShippingRate(shop.id);
    const variant = await makeVariant(shop.id, { stock: 2 });
    const started = await startCheckout(db, checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity: 2 }]), rate.id), options);
    const ref = { provider: "test", providerPaymentId: started.providerPaymentId };
    await Promise.all([failPayment(db, ref), abandonCheckout(db, ref), expireReservations(db, later(60)), failPayment(db, ref)]);
    expect(await stockOf(variant.id)).toEqual({ stock: 2, reserved: 0 });
    expect(await db.order.findUniqueOrThrow({ where: { id: started.orderId }, select: { status: true } })).toEqual({ status: "CANCELLED" });
  });

  it("sells a late payment if the stock is still there, else flags it for refund without overselling", async () => {
    const shop = await makeOpenShop();
    const rate = await makeShippingRate(shop.id);
    const variant = await makeVariant(shop.id, { stock: 2 });
    const first = await startCheckout(db, checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity: 2 }]), rate.id), options);
    await expireReservations(db, later(20), { shopId: shop.id });

    const late = await completePayment(db, { provider: "test", providerPaymentId: first.providerPaymentId });
    expect(late).toMatchObject({ outcome: "paid_late", orderStatus: "PAID", refundRequired: false });
    expect(await stockOf(variant.id)).toEqual({ stock: 0, reserved: 0 });

    await db.variant.update({ where: { id: variant.id }, data: { stock: 1 } });
    const second = await startCheckout(db, checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]), rate.id), options);
    await abandonCheckout(db, { provider: "test", providerPaymentId: second.providerPaymentId });
    const third = await startCheckout(db, checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]), rate.id), options);
    await completePayment(db, { provider: "test", providerPaymentId: third.providerPaymentId });

    const refused = await completePayment(db, { provider: "test", providerPaymentId: second.providerPaymentId });
    expect(refused).toMatchObject({ outcome: "refund_required", orderStatus: "CANCELLED", paymentStatus: "SUCCEEDED", refundRequired: true });
    expect(await stockOf(variant.id)).toEqual({ stock: 0, reserved: 0 });
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: "payment.refund_required", targetId: second.orderId } })).toBe(1);
    // Asked again (a webhook retry): nothing more happens.
    expect(await completePayment(db, { provider: "test", providerPaymentId: second.providerPaymentId })).toMatchObject({ outcome: "unchanged" });
  });
});
