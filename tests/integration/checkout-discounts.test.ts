// Discount codes at checkout: usage limits hold under concurrency, per-customer limits count
// by email, and every refusal says why in the shopper's words.
import { describe, expect, it } from "vitest";
import { startCheckout } from "@/lib/checkout/checkout";
import { completePayment, expireReservations } from "@/lib/orders/status";
import { AppError } from "@/lib/core/errors";
import { validateDiscountCode as validate } from "@/lib/checkout/discounts";
import { renderMessage } from "@/lib/i18n/translate";
import { db } from "@/lib/db/client";
import { testProvider } from "@/lib/payments/test-provider";
import {
  cartWith,
  checkoutInput,
  makeCollection,
  makeDiscount,
  makeOpenShop,
  makeProduct,
  makeShippingRate,
  makeVariant,
  settle,
} from "@/tests/support/shop-fixtures";

const options = { provider: testProvider };
const day = 24 * 60 * 60_000;

async function setup() {
  const shop = await makeOpenShop();
  const rate = await makeShippingRate(shop.id, { amount: 0 });
  const variant = await makeVariant(shop.id, { stock: 100, priceAmount: 5000 });
  const cart = () => cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]);
  return { shop, rate, variant, cart };
}

/** The check as the shopper reads it in English. */
const validateDiscountCode = async (...args: Parameters<typeof validate>) => {
  const check = await validate(...args);
  return check.ok ? check : { ok: false, message: renderMessage(check.message, "en") };
};

describe("discount codes at checkout", () => {
  it("lets a code limited to one use succeed once under 20 concurrent tries", async () => {
    const { shop, rate, cart } = await setup();
    const code = await makeDiscount(shop.id, { code: "ONLYONE", usageLimit: 1, value: 2000 });
    const carts: string[] = [];
    for (let i = 0; i < 20; i++) carts.push(await cart());

    const { fulfilled, rejected } = await settle(
      carts.map((cartId) => startCheckout(db, checkoutInput(shop.id, cartId, rate.id, { discountCodes: ["onlyone"] }), options)),
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(19);
    for (const error of rejected)
      expect(error).toMatchObject({ code: "discount", status: 422, fields: { discountCodes: "This code has reached its usage limit." } });
    expect(fulfilled[0].totalAmount).toBe(4000);
    expect((await db.discount.findUniqueOrThrow({ where: { id: code.id } })).usedCount).toBe(1);
    expect(await db.discountRedemption.count({ where: { discountId: code.id } })).toBe(1);
    // The refused checkouts held nothing: only the one order's unit is reserved.
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(1);
  });

  it("limits uses per customer by email, counting only live orders", async () => {
    const { shop, rate, cart } = await setup();
    const code = await makeDiscount(shop.id, { code: "WELCOME", perCustomerLimit: 1 });
    const first = await startCheckout(db, checkoutInput(shop.id, await cart(), rate.id, { email: "ada@example.com", discountCodes: ["WELCOME"] }), options);
    await completePayment(db, { provider: "test", providerPaymentId: first.providerPaymentId });

    const again = await startCheckout(
      db,
      checkoutInput(shop.id, await cart(), rate.id, { email: " ADA@example.com ", discountCodes: ["welcome"] }),
      options,
    ).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: "discount", fields: { discountCodes: "You've already used this code." } });
    const check = await validateDiscountCode(db, shop.id, { cartId: await cart(), code: "welcome", email: "Ada@Example.com" });
    expect(check).toEqual({ ok: false, message: "You've already used this code." });

    // Someone else may; and an order that expired gives its use back.
    const grace = await startCheckout(db, checkoutInput(shop.id, await cart(), rate.id, { email: "grace@example.com", discountCodes: ["WELCOME"] }), options);
    await expireReservations(db, new Date(Date.now() + day), { shopId: shop.id });
    expect((await db.order.findUniqueOrThrow({ where: { id: grace.orderId } })).status).toBe("EXPIRED");
    await startCheckout(db, checkoutInput(shop.id, await cart(), rate.id, { email: "grace@example.com", discountCodes: ["WELCOME"] }), options);
    expect((await db.discount.findUniqueOrThrow({ where: { id: code.id } })).usedCount).toBe(2);
  });

  it("explains why a code can't be used", async () => {
    const { shop, cart } = await setup();
    const now = new Date();
    const other = await makeProduct(shop.id);
    const summer = await makeCollection(shop.id);
    await makeDiscount(shop.id, { code: "OFF", active: false });
    await makeDiscount(shop.id, { code: "SOON", startsAt: new Date(now.getTime() + day) });
    await makeDiscount(shop.id, { code: "OVER", endsAt: new Date(now.getTime() - day) });
    await makeDiscount(shop.id, { code: "BIG", minSubtotalAmount: 10000 });
    await makeDiscount(shop.id, { code: "USED", usageLimit: 3, usedCount: 3 });
    await makeDiscount(shop.id, { code: "MUGS", scope: "PRODUCTS", productIds: [other.product.id] });
    await makeDiscount(shop.id, { code: "SUMMER", scope: "COLLECTIONS", collectionIds: [summer.id] });
    await makeDiscount(shop.id, { code: "TEN", type: "FIXED_AMOUNT", value: 1000 });
    await makeDiscount(shop.id, { code: "STACK", combinable: true });
    const cartId = await cart();
    const check = (code: string, otherCodes: string[] = []) => validateDiscountCode(db, shop.id, { cartId, code, otherCodes, now });

    expect(await check("nope")).toEqual({ ok: false, message: "“NOPE” isn't a valid code." });
    expect(await check("off")).toEqual({ ok: false, message: "“OFF” isn't a valid code." });
    expect(await check("soon")).toEqual({ ok: false, message: "This code isn't active yet." });
    expect(await check("over")).toEqual({ ok: false, message: "This code has expired." });
    expect(await check("big")).toEqual({ ok: false, message: "Spend €100.00 or more to use this code." });
    expect(await check("used")).toEqual({ ok: false, message: "This code has reached its usage limit." });
    expect(await check("mugs")).toEqual({ ok: false, message: "This code doesn't apply to anything in your cart." });
    expect(await check("summer")).toEqual({ ok: false, message: "This code doesn't apply to anything in your cart." });
    expect(await check("ten", ["stack"])).toEqual({ ok: false, message: "These codes can't be combined. Use one code per order." });
    expect(await check("  ten ")).toMatchObject({ ok: true, discount: { code: "TEN" } });
    expect(await check("", [])).toEqual({ ok: false, message: "Enter a discount code." });
  });

  it("refuses non-combinable codes together at checkout and takes no use of either", async () => {
    const { shop, rate, cart } = await setup();
    const a = await makeDiscount(shop.id, { code: "A10" });
    const b = await makeDiscount(shop.id, { code: "B5", type: "FIXED_AMOUNT", value: 500, combinable: true });
    const error = await startCheckout(db, checkoutInput(shop.id, await cart(), rate.id, { discountCodes: ["A10", "B5"] }), options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "discount", fields: { discountCodes: "These codes can't be combined. Use one code per order." } });
    expect((await db.discount.findMany({ where: { id: { in: [a.id, b.id] } } })).map((d) => d.usedCount)).toEqual([0, 0]);
  });

  it("stacks combinable codes in the documented order and records each redemption", async () => {
    const { shop, rate, variant } = await setup(); // 50.00 a unit
    await makeDiscount(shop.id, { code: "PCT", value: 1000, combinable: true });
    await makeDiscount(shop.id, { code: "FIVE", type: "FIXED_AMOUNT", value: 500, combinable: true });
    await makeDiscount(shop.id, { code: "ITEM", scope: "PRODUCTS", productIds: [variant.productId], value: 2000, combinable: true });
    const cartId = await cartWith(shop.id, [{ variantId: variant.id, quantity: 2 }]);
    const started = await startCheckout(db, checkoutInput(shop.id, cartId, rate.id, { discountCodes: ["five", "pct", "item"] }), options);
    // 10000 → ITEM 20 % (2000) → 8000 → PCT 10 % (800) → 7200 → FIVE (500) → 6700
    expect(started.totalAmount).toBe(6700);
    const order = await db.order.findUniqueOrThrow({ where: { id: started.orderId }, include: { redemptions: { include: { discount: true } }, lines: true } });
    expect(order).toMatchObject({ subtotalAmount: 10000, discountAmount: 3300, totalAmount: 6700 });
    expect(Object.fromEntries(order.redemptions.map((r) => [r.discount.code, r.amount]))).toEqual({ ITEM: 2000, PCT: 800, FIVE: 500 });
    expect(order.lines[0]).toMatchObject({ discountAmount: 3300, totalAmount: 6700 });
    expect([...order.discountCodes].sort()).toEqual(["FIVE", "ITEM", "PCT"]);
  });
});
