// Checkout and order status for the Storefront API. Checkout is the web's: startCheckout prices
// the cart from the database, reserves its stock and claims its codes in one transaction, then
// asks the payment provider for its page. What differs is only where the inputs come from (the
// cart's saved details, not a form) and that no cookie is set: the client keeps the order
// token, `<orderId>.<signature>` signed as the web's order links are (lib/orders/link.ts).
//
// placeShopperOrder (lib/orders/place-order.ts) reads the shopper's cookies, so the API can't
// call it; this is its cookie-free counterpart until the cart identity is an argument there.
import "server-only";
import type { z } from "zod";
import { priceCart } from "@/lib/cart/price-cart";
import { storefrontChanged } from "@/lib/catalog/cache";
import { startCheckout } from "@/lib/checkout/checkout";
import type { Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { env } from "@/lib/env";
import { checkoutCookie } from "@/lib/orders/checkout-cookie";
import { orderStatusUrl } from "@/lib/orders/link";
import { getShopperOrder } from "@/lib/orders/orders";
import { afterSettlement } from "@/lib/orders/settled";
import { cartDetails } from "./cart";
import type { checkoutSchema, orderSchema } from "./schemas";

type Shop = { id: string; slug: string };

// The order token is what the web's checkout cookie holds: the order id and its signed link's token.
const apiOrderToken = checkoutCookie.value;
const orderIdFromToken = checkoutCookie.orderId;

export async function checkoutApiCart(db: Db, shop: Shop, cartId: string): Promise<z.infer<typeof checkoutSchema>> {
  const details = await cartDetails(db, shop.id, cartId);
  const cart = details && (await priceCart(db, shop.id, cartId, null));
  if (!details || !cart) throw AppError.notFound("cart");
  // Where the provider's page sends the shopper back: the shop (the order's own link can't be
  // known before the order exists; the client reads the status with the order token).
  const shopUrl = `${env().APP_URL}/s/${shop.slug}`;
  const started = await startCheckout(
    db,
    {
      shopId: shop.id,
      cartId,
      userId: null,
      email: details.email ?? "",
      shippingAddress: details.shippingAddress ?? {},
      shippingRateId: details.shippingRateId ?? "",
      discountCodes: details.discountCodes,
    },
    { successUrl: shopUrl, cancelUrl: shopUrl },
  );
  // Units are now held for this order: product pages and API reads show the new stock.
  storefrontChanged(shop.id, { productIds: [...new Set(cart.lines.map((l) => l.productId))] });
  if (started.provider === "free") await afterSettlement(db, { outcome: "paid", orderId: started.orderId, shopId: shop.id });
  return {
    orderToken: apiOrderToken(started.orderId),
    orderNumber: started.orderNumber,
    total: { amount: started.totalAmount, currency: started.currency },
    // Nothing to pay (100 % off): the order is paid already and its page is where to go.
    paymentUrl: started.provider === "free" ? orderStatusUrl(shop.slug, started.orderId) : new URL(started.redirectUrl, env().APP_URL).toString(),
    status: started.provider === "free" ? "paid" : "pending",
  };
}

const STATUS = { PENDING: "pending", PAID: "paid", CANCELLED: "cancelled", EXPIRED: "expired" } as const;
const FULFILLMENT = { UNFULFILLED: "unfulfilled", PARTIAL: "partial", FULFILLED: "fulfilled" } as const;

export async function apiOrder(db: Db, shop: Shop, token: string): Promise<z.infer<typeof orderSchema>> {
  const orderId = orderIdFromToken(token);
  const order = orderId ? await getShopperOrder(db, shop.id, orderId) : null;
  if (!order) throw AppError.notFound("order");
  const money = (amount: number) => ({ amount, currency: order.currency });
  const { name, line1, line2, city, region, postalCode, country, phone } = order.shippingAddress;
  return {
    number: order.number,
    status: STATUS[order.status],
    fulfillment: FULFILLMENT[order.fulfillmentStatus],
    email: order.email,
    createdAt: order.createdAt.toISOString(),
    paidAt: order.paidAt?.toISOString() ?? null,
    lines: order.lines.map((l) => ({
      title: l.title,
      variantTitle: l.variantTitle,
      sku: l.sku,
      quantity: l.quantity,
      unitPrice: money(l.unitPriceAmount),
      total: money(l.totalAmount),
    })),
    subtotal: money(order.subtotalAmount),
    discount: money(order.discountAmount),
    shipping: money(order.shippingAmount),
    tax: money(order.taxAmount),
    total: money(order.totalAmount),
    refunded: money(order.refundedAmount),
    discountCodes: order.discountCodes,
    shippingRateName: order.shippingRateName,
    // Only the fields the address has: optional ones are left out rather than null.
    shippingAddress: Object.fromEntries(
      Object.entries({ name, line1, line2, city, region, postalCode, country, phone }).filter(([, v]) => v != null),
    ) as z.infer<typeof orderSchema>["shippingAddress"],
    url: orderStatusUrl(shop.slug, order.id),
  };
}
