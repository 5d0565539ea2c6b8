// The server prices every order from the database: what the request claims about prices or
// totals is ignored, and quantities outside 1..99 are refused before anything happens.
import { describe, expect, it } from "vitest";
import { addLine, setQuantity } from "@/lib/cart/cart";
import { startCheckout } from "@/lib/checkout/checkout";
import { type StartCheckoutInput } from "@/lib/checkout/input";
import { completePayment } from "@/lib/orders/status";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/db/client";
import { testProvider } from "@/lib/payments/test-provider";
import { ADDRESS, cartWith, checkoutInput, makeDiscount, makeOpenShop, makeShippingRate, makeVariant, stockOf } from "@/tests/support/shop-fixtures";

const options = { provider: testProvider };

describe("server-side pricing", () => {
  it("ignores prices, totals and quantities smuggled into the checkout request", async () => {
    const shop = await makeOpenShop();
    const rate = await makeShippingRate(shop.id, { amount: 490 });
    const variant = await makeVariant(shop.id, { priceAmount: 2500, stock: 10 });
    const cartId = await cartWith(shop.id, [{ variantId: variant.id, quantity: 2 }]);
    const tampered = {
      ...checkoutInput(shop.id, cartId, rate.id),
      lines: [{ variantId: variant.id, quantity: 1, unitPriceAmount: 1 }],
      totalAmount: 1,
      subtotalAmount: 1,
      shippingAmount: 0,
    } as StartCheckoutInput;
    const started = await startCheckout(db, tampered, options);
    expect(started.totalAmount).toBe(2 * 2500 + 490);
    const order = await db.order.findUniqueOrThrow({ where: { id: started.orderId }, include: { lines: true, payments: true } });
    expect(order).toMatchObject({ subtotalAmount: 5000, shippingAmount: 490, totalAmount: 5490 });
    expect(order.lines).toMatchObject([{ unitPriceAmount: 2500, quantity: 2, totalAmount: 5000 }]);
    expect(order.payments).toMatchObject([{ amount: 5490, currency: "EUR", status: "PENDING", provider: "test" }]);
    expect(await stockOf(variant.id)).toEqual({ stock: 10, reserved: 2 });
  });

  it("charges the price of checkout time, not of when the item went into the cart", async () => {
    const shop = await makeOpenShop();
    const rate = await makeShippingRate(shop.id, { amount: 0 });
    const variant = await makeVariant(shop.id, { priceAmount: 1000 });
    const cartId = await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]);
    await db.variant.update({ where: { id: variant.id }, data: { priceAmount: 1200 } });
    expect((await startCheckout(db, checkoutInput(shop.id, cartId, rate.id), options)).totalAmount).toBe(1200);
  });

  it.each([0, -1, 100, 1e9, 1.5, "abc", "", null])("refuses quantity %s with a 400 and changes nothing", async (quantity) => {
    const shop = await makeOpenShop();
    const variant = await makeVariant(shop.id);
    const cartId = await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]);
    const line = await db.cartLine.findFirstOrThrow({ where: { cartId } });
    const added = await addLine(db, shop.id, cartId, { variantId: variant.id, quantity: quantity as number }).catch((e: unknown) => e);
    expect(added).toBeInstanceOf(AppError);
    expect(added).toMatchObject({ status: 400 });
    if (quantity !== 0) {
      const set = await setQuantity(db, shop.id, cartId, { lineId: line.id, quantity: quantity as number }).catch((e: unknown) => e);
      expect(set).toMatchObject({ status: 400 });
    }
    expect(await db.cartLine.findMany({ where: { cartId }, select: { quantity: true } })).toEqual([{ quantity: 1 }]);
  });

  it("refuses a quantity that would pass 99 in total", async () => {
    const shop = await makeOpenShop();
    const variant = await makeVariant(shop.id, { stock: 500 });
    const cartId = await cartWith(shop.id, [{ variantId: variant.id, quantity: 60 }]);
    await expect(addLine(db, shop.id, cartId, { variantId: variant.id, quantity: 40 })).rejects.toMatchObject({
      status: 400,
      fields: { quantity: "At most 99 of an item per order." },
    });
  });

  it("splits discount and tax over the order lines so refunds can reverse them line by line", async () => {
    const shop = await makeOpenShop({ taxRateBps: 2000, pricesIncludeTax: false, currency: "USD" });
    const rate = await makeShippingRate(shop.id, { amount: 1000, countries: ["US"] });
    const a = await makeVariant(shop.id, { priceAmount: 1999 });
    const b = await makeVariant(shop.id, { priceAmount: 333 });
    await makeDiscount(shop.id, { code: "SAVE", type: "FIXED_AMOUNT", value: 1000 });
    const cartId = await cartWith(shop.id, [
      { variantId: a.id, quantity: 1 },
      { variantId: b.id, quantity: 3 },
    ]);
    const address = { ...ADDRESS, country: "US", postalCode: "94103", region: "CA", city: "San Francisco" };
    const started = await startCheckout(db, { ...checkoutInput(shop.id, cartId, rate.id, { discountCodes: ["SAVE"] }), shippingAddress: address }, options);
    const order = await db.order.findUniqueOrThrow({ where: { id: started.orderId }, include: { lines: { orderBy: { unitPriceAmount: "desc" } } } });

    // 2998 − 1000 = 1998, + 1000 shipping = 2998 taxable; 20 % = 599.6 → 600; total 3598.
    expect(order).toMatchObject({
      subtotalAmount: 2998,
      discountAmount: 1000,
      shippingAmount: 1000,
      taxAmount: 600,
      totalAmount: 3598,
      pricesIncludeTax: false,
    });
    expect(order.lines.reduce((s, l) => s + l.discountAmount, 0)).toBe(1000);
    const shippingTax = order.taxAmount - order.lines.reduce((s, l) => s + l.taxAmount, 0);
    expect(shippingTax).toBe(200);
    expect(order.lines.reduce((s, l) => s + l.totalAmount, 0) + order.shippingAmount + shippingTax).toBe(order.totalAmount);
    expect(order.shippingAddress).toMatchObject({ country: "US", postalCode: "94103" });
  });

  it("refuses an address the shipping rate doesn't deliver to", async () => {
    const shop = await makeOpenShop();
    const rate = await makeShippingRate(shop.id, { countries: ["DE"] });
    const variant = await makeVariant(shop.id, { stock: 1 });
    const cartId = await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]);
    await expect(startCheckout(db, checkoutInput(shop.id, cartId, rate.id), options)).rejects.toMatchObject({
      status: 400,
      fields: { "shippingAddress.country": "This shipping option doesn't deliver to that country." },
    });
    expect(await stockOf(variant.id)).toEqual({ stock: 1, reserved: 0 });
  });

  it("completes an order with nothing to pay without a payment provider", async () => {
    const shop = await makeOpenShop();
    const rate = await makeShippingRate(shop.id, { amount: 500, freeAboveAmount: 0 });
    const variant = await makeVariant(shop.id, { stock: 3, priceAmount: 800 });
    await makeDiscount(shop.id, { code: "FREE", value: 10000 });
    const started = await startCheckout(
      db,
      checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]), rate.id, { discountCodes: ["FREE"] }),
      {
        ...options,
        successUrl: "https://shop.example/thanks",
      },
    );
    expect(started).toMatchObject({ totalAmount: 0, provider: "free", redirectUrl: "https://shop.example/thanks" });
    expect((await db.order.findUniqueOrThrow({ where: { id: started.orderId } })).status).toBe("PAID");
    expect(await stockOf(variant.id)).toEqual({ stock: 2, reserved: 0 });
    expect(await completePayment(db, { provider: "free", providerPaymentId: started.providerPaymentId })).toMatchObject({ outcome: "unchanged" });
  });

  it("keeps shops apart: another shop's cart, rate or code is not found", async () => {
    const shop = await makeOpenShop();
    const other = await makeOpenShop();
    const rate = await makeShippingRate(shop.id);
    const otherRate = await makeShippingRate(other.id);
    const variant = await makeVariant(shop.id);
    const otherVariant = await makeVariant(other.id);
    await makeDiscount(other.id, { code: "THEIRS" });
    const cartId = await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]);

    await expect(addLine(db, shop.id, cartId, { variantId: otherVariant.id, quantity: 1 })).rejects.toMatchObject({ status: 409 });
    await expect(startCheckout(db, checkoutInput(other.id, cartId, otherRate.id), options)).rejects.toMatchObject({ status: 404 });
    await expect(startCheckout(db, checkoutInput(shop.id, cartId, otherRate.id), options)).rejects.toMatchObject({
      fields: { shippingRateId: "Choose a shipping option." },
    });
    await expect(startCheckout(db, checkoutInput(shop.id, cartId, rate.id, { discountCodes: ["THEIRS"] }), options)).rejects.toMatchObject({
      fields: { discountCodes: "“THEIRS” isn't a valid code." },
    });
    expect(await stockOf(variant.id)).toEqual({ stock: 10, reserved: 0 });
  });
});
