// Checkout and order status for the Storefront API. Checkout is the web's placeOrder: it prices
// the cart from the database, reserves its stock and claims its codes in one transaction, then
// asks the payment provider for its page. What differs is only where the inputs come from (the
// cart's saved details, not a form) and that no cookie is set: the client keeps the order
// token, `<orderId>.<signature>` signed as the web's order links are (lib/orders/link.ts).
import "server-only";
import type { z } from "zod";
import { placeOrder } from "@/lib/checkout/place-order";
import type { Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { env } from "@/lib/env";
import { checkoutCookie } from "@/lib/orders/checkout-cookie";
import { orderStatusUrl } from "@/lib/orders/link";
import { getShopperOrder } from "@/lib/orders/orders";
import { cartDetails } from "./cart";
import type { checkoutSchema, orderSchema } from "./schemas";

type Shop = { id: string; slug: string };

// The order token is what the web's checkout cookie holds: the order id and its signed link's token.
const apiOrderToken = checkoutCookie.value;
const orderIdFromToken = checkoutCookie.orderId;

export async function checkoutApiCart(db: Db, shop: Shop, cartId: string): Promise<z.infer<typeof checkoutSchema>> {
  const details = await cartDetails(db, shop.id, cartId);
  if (!details) throw AppError.notFound("cart");
  const placed = await placeOrder(
    db,
    shop.id,
    { cartId, userId: null },
    {
      email: details.email ?? "",
      shippingAddress: details.shippingAddress ?? {},
      shippingRateId: details.shippingRateId ?? "",
      discountCodes: details.discountCodes,
    },
  );
  return {
    orderToken: apiOrderToken(placed.orderId),
    orderNumber: placed.orderNumber,
    total: { amount: placed.totalAmount, currency: placed.currency },
    // The provider's page, or (nothing to pay: 100 % off) the order's own page.
    paymentUrl: new URL(placed.redirectUrl, env().APP_URL).toString(),
    status: placed.paid ? "paid" : "pending",
  };
}

const STATUS = { PENDING: "pending", PAID: "paid", CANCELLED: "cancelled", EXPIRED: "expired" } as const;
const FULFILLMENT = { UNFULFILLED: "unfulfilled", PARTIAL: "partial", FULFILLED: "fulfilled", DELIVERED: "delivered" } as const;

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
