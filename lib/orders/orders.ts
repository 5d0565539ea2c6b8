// Orders as shoppers see them: the status page, their account's list, the test payment page.
// Callers check access first (a signed link, the signed-in owner, the payment's secret id).
import "server-only";
import type { ShippingAddress } from "@/lib/checkout/address";
import type { Db } from "@/lib/core/db";

const orderSelect = {
  id: true,
  shopId: true,
  number: true,
  userId: true,
  email: true,
  status: true,
  fulfillmentStatus: true,
  currency: true,
  subtotalAmount: true,
  discountAmount: true,
  shippingAmount: true,
  taxAmount: true,
  totalAmount: true,
  refundedAmount: true,
  pricesIncludeTax: true,
  shippingAddress: true,
  shippingRateName: true,
  discountCodes: true,
  createdAt: true,
  paidAt: true,
  cancelledAt: true,
  lines: {
    orderBy: { id: "asc" },
    select: { id: true, title: true, variantTitle: true, sku: true, unitPriceAmount: true, quantity: true, discountAmount: true, totalAmount: true },
  },
  // What the shopper is told after the sale: each parcel with its tracking, each refund.
  fulfilments: {
    orderBy: { createdAt: "asc" },
    select: { id: true, carrier: true, trackingNumber: true, trackingUrl: true, createdAt: true, lines: { select: { orderLineId: true, quantity: true } } },
  },
  refunds: { orderBy: { createdAt: "asc" }, select: { id: true, amount: true, createdAt: true } },
} as const;

/** One order of a shop, with its lines; null when the shop has no such order. */
export async function getShopperOrder(db: Db, shopId: string, orderId: string) {
  const order = await db.order.findFirst({ where: { id: orderId, shopId }, select: orderSelect });
  return order && { ...order, shippingAddress: order.shippingAddress as ShippingAddress };
}

export type ShopperOrder = NonNullable<Awaited<ReturnType<typeof getShopperOrder>>>;

export const ACCOUNT_ORDERS_PAGE = 50;

/** A signed-in shopper's orders in every shop, newest first. */
export function listShopperOrders(db: Db, userId: string, page = 1) {
  return db.order.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    skip: (Math.max(1, page) - 1) * ACCOUNT_ORDERS_PAGE,
    take: ACCOUNT_ORDERS_PAGE + 1, // one more: is there a next page?
    select: {
      id: true,
      number: true,
      status: true,
      fulfillmentStatus: true,
      currency: true,
      totalAmount: true,
      refundedAmount: true,
      createdAt: true,
      shop: { select: { slug: true, name: true } },
      _count: { select: { lines: true } },
    },
  });
}

/** A payment of the built-in test provider, by its id (the secret in /pay/test/<id>). */
export function findTestPayment(db: Db, providerPaymentId: string) {
  return db.payment.findUnique({
    where: { provider_providerPaymentId: { provider: "test", providerPaymentId } },
    select: {
      status: true,
      amount: true,
      currency: true,
      shopId: true,
      orderId: true,
      order: { select: { number: true, status: true, email: true, reservationExpiresAt: true, lines: { select: { productId: true } } } },
      shop: { select: { slug: true, name: true, defaultLocale: true } },
    },
  });
}
