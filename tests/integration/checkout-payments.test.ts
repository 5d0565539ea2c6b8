// Payment completion with the built-in test provider: idempotent per payment, once per event,
// and each ending (paid, declined, abandoned) applied exactly once whatever the races.
import { describe, expect, it } from "vitest";
import { startCheckout } from "@/lib/checkout/checkout";
import { abandonCheckout, completePayment, failPayment } from "@/lib/orders/status";
import { db } from "@/lib/db/client";
import { testProvider } from "@/lib/payments/test-provider";
import { cartWith, checkoutInput, makeDiscount, makeOpenShop, makeShippingRate, makeVariant, stockOf } from "@/tests/support/shop-fixtures";

async function started(stock = 3, quantity = 2) {
  const shop = await makeOpenShop();
  const rate = await makeShippingRate(shop.id);
  const variant = await makeVariant(shop.id, { stock });
  const checkout = await startCheckout(db, checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity }]), rate.id), {
    provider: testProvider,
  });
  return { shop, variant, checkout, ref: { provider: "test", providerPaymentId: checkout.providerPaymentId } };
}

describe("payments", () => {
  it("redirects to the in-app test payment page", async () => {
    const { checkout, shop } = await started();
    expect(checkout.providerPaymentId).toMatch(/^test_[0-9a-f]{24}$/);
    expect(checkout.redirectUrl).toBe(`/pay/test/${checkout.providerPaymentId}`);
    const payment = await db.payment.findFirstOrThrow({ where: { orderId: checkout.orderId } });
    expect(payment).toMatchObject({ shopId: shop.id, provider: "test", providerPaymentId: checkout.providerPaymentId, status: "PENDING" });
    const order = await db.order.findUniqueOrThrow({ where: { id: checkout.orderId } });
    expect(order.number).toBe(1001);
    expect(order.reservationExpiresAt!.getTime() - order.createdAt.getTime()).toBeGreaterThan(14 * 60_000);
  });

  it("completes once when the webhook and the shopper's return race", async () => {
    const { variant, checkout, ref, shop } = await started();
    const results = await Promise.all(Array.from({ length: 6 }, () => completePayment(db, ref)));
    expect(results.filter((r) => r.outcome === "paid")).toHaveLength(1);
    expect(results.filter((r) => r.outcome === "unchanged")).toHaveLength(5);
    for (const r of results) expect(r).toMatchObject({ orderId: checkout.orderId, orderStatus: "PAID", paymentStatus: "SUCCEEDED" });
    expect(await stockOf(variant.id)).toEqual({ stock: 1, reserved: 0 });
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: "order.paid" } })).toBe(1);
    expect((await db.order.findUniqueOrThrow({ where: { id: checkout.orderId } })).paidAt).not.toBeNull();
  });

  it("applies an event once", async () => {
    const { variant, ref } = await started();
    const event = { ...ref, eventId: "evt_1", eventType: "payment.succeeded" };
    expect(await completePayment(db, event)).toMatchObject({ outcome: "paid" });
    expect(await completePayment(db, event)).toMatchObject({ outcome: "duplicate_event", orderStatus: "PAID" });
    expect(await failPayment(db, { ...ref, eventId: "evt_2" })).toMatchObject({ outcome: "unchanged", orderStatus: "PAID" });
    expect(await stockOf(variant.id)).toEqual({ stock: 1, reserved: 0 });
    expect(await db.paymentEvent.count({ where: { provider: "test" } })).toBe(2);
  });

  it("releases stock and code on a decline, and a later success changes nothing", async () => {
    const { shop, variant, ref } = await started();
    expect(await failPayment(db, ref)).toMatchObject({ outcome: "failed", orderStatus: "CANCELLED", paymentStatus: "FAILED" });
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 });
    expect(await completePayment(db, ref)).toMatchObject({ outcome: "unchanged", orderStatus: "CANCELLED", paymentStatus: "FAILED" });
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 });
    expect(await failPayment(db, { ...ref, shopId: shop.id })).toMatchObject({ outcome: "unchanged" });
  });

  it("abandons once; the payment can still arrive and is sold if stock allows", async () => {
    const { variant, ref } = await started();
    const [first, second] = await Promise.all([abandonCheckout(db, ref), abandonCheckout(db, ref)]);
    expect([first.outcome, second.outcome].sort()).toEqual(["cancelled", "unchanged"]);
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 });
    expect(await completePayment(db, ref)).toMatchObject({ outcome: "paid_late", orderStatus: "PAID" });
    expect(await stockOf(variant.id)).toEqual({ stock: 1, reserved: 0 });
  });

  it("doesn't let a late payment push a code past its usage limit", async () => {
    const shop = await makeOpenShop();
    const rate = await makeShippingRate(shop.id);
    const variant = await makeVariant(shop.id, { stock: 10 });
    const code = await makeDiscount(shop.id, { code: "ONE", usageLimit: 1 });
    const start = async () =>
      startCheckout(db, checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]), rate.id, { discountCodes: ["ONE"] }), {
        provider: testProvider,
      });
    const first = await start();
    await abandonCheckout(db, { provider: "test", providerPaymentId: first.providerPaymentId });
    const second = await start(); // the released use went to someone else
    await completePayment(db, { provider: "test", providerPaymentId: second.providerPaymentId });
    const late = await completePayment(db, { provider: "test", providerPaymentId: first.providerPaymentId });
    expect(late).toMatchObject({ outcome: "refund_required", refundRequired: true });
    expect((await db.discount.findUniqueOrThrow({ where: { id: code.id } })).usedCount).toBe(1);
    expect(await stockOf(variant.id)).toEqual({ stock: 9, reserved: 0 });
  });

  it("scopes the in-app pages' calls to their shop", async () => {
    const { ref } = await started();
    const other = await makeOpenShop();
    expect(await abandonCheckout(db, { ...ref, shopId: other.id })).toMatchObject({ outcome: "not_found" });
    expect(await completePayment(db, { ...ref, shopId: other.id })).toMatchObject({ outcome: "not_found" });
    expect(await completePayment(db, { provider: "test", providerPaymentId: "test_unknown" })).toMatchObject({ outcome: "not_found" });
  });
});
