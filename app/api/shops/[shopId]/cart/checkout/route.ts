// POST { email, shippingAddress, shippingRateId, discountCodes }: checks out the shopper's cart
// (the same as the checkout page's "Pay"). 201 with the order and where to pay; 4xx
// { error: { code, message, fields } } with a message per field otherwise.
import { dropCartCookie, rememberCheckout, storefrontRoute } from "@/app/_entry/storefront";
import { placeOrder } from "@/lib/checkout/place-order";
import { reply } from "@/lib/core/respond";
import { db } from "@/lib/db/client";

export const POST = storefrontRoute(
  async ({ shopId, body, cart }) => {
    const placed = await placeOrder(db, shopId, await cart(), body);
    // Paid already (a free order): the cart is bought. Else the provider's return pages (Stripe)
    // find the order by the checkout cookie, signed like the status link.
    if (placed.paid) await dropCartCookie(shopId);
    else await rememberCheckout(shopId, placed.orderId);
    const { orderId, orderNumber, totalAmount, currency, redirectUrl } = placed;
    return reply(201, { orderId, orderNumber, totalAmount, currency, redirectUrl });
  },
  // The checkout's own read checks the shop (one statement fewer per order).
  { findShop: false, body: "json" },
);
