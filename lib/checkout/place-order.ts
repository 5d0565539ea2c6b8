// "Pay", for every entry point (the checkout page's action, the cart's checkout route, the
// Storefront API): the shopper's cart becomes a pending order holding its stock (startCheckout
// prices it from the database), and the answer says where to send the shopper next.
import "server-only";
import { forgetCart, type CartIdentity } from "@/lib/cart/shopper-cart";
import { storefrontChanged } from "@/lib/catalog/cache";
import type { Db } from "@/lib/core/db";
import { orderStatusPath } from "@/lib/orders/link";
import { afterSettlement } from "@/lib/orders/status";
import { startCheckout, type StartCheckoutOptions } from "./checkout";
import type { CheckoutFields } from "./input";

export type PlacedOrder = {
  orderId: string;
  orderNumber: number;
  totalAmount: number;
  currency: string;
  /** The provider's payment page, or (paid: nothing to pay) the order's signed status page. */
  redirectUrl: string;
  /** Paid already (free order): the cart is bought and gone. Else the shopper pays at redirectUrl. */
  paid: boolean;
};

/**
 * Checks out the shopper's cart with what they sent (email, shippingAddress, shippingRateId,
 * discountCodes: checked here, every field at once). Throws AppError like startCheckout.
 * The provider's way back defaults to the web storefront's checkout success / cancel pages
 * (which find the order by the checkout cookie); another client passes its own.
 */
export async function placeOrder(
  db: Db,
  shopId: string,
  who: CartIdentity,
  fields: { [K in keyof CheckoutFields]?: unknown },
  options: Pick<StartCheckoutOptions, "provider" | "successUrl" | "cancelUrl"> = {},
): Promise<PlacedOrder> {
  const { email, shippingAddress, shippingRateId, discountCodes } = fields;
  const started = await startCheckout(db, { shopId, cartId: who.cartId, userId: who.userId, email, shippingAddress, shippingRateId, discountCodes }, options);
  // Units are now held for this order: product pages show the new stock.
  storefrontChanged(shopId, { productIds: started.productIds });
  const placed = { orderId: started.orderId, orderNumber: started.orderNumber, totalAmount: started.totalAmount, currency: started.currency };
  if (started.provider !== "free") return { ...placed, redirectUrl: started.redirectUrl, paid: false };
  // Nothing to pay: startCheckout already completed the order.
  await afterSettlement(db, { outcome: "paid", orderId: started.orderId, shopId });
  await forgetCart(db, shopId, who);
  return { ...placed, redirectUrl: orderStatusPath(started.shopSlug, started.orderId), paid: true };
}
