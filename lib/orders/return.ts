// The shopper coming back from the payment provider's page (Stripe's success and cancel URLs).
// The order is the one named by the signed checkout cookie; nothing in the address is trusted.
import "server-only";
import { cookies } from "next/headers";
import { forgetShopperCart, shopperCart } from "@/lib/cart/shopper-cart";
import { abandonCheckout } from "@/lib/checkout/checkout";
import { transaction } from "@/lib/checkout/db";
import { db } from "@/lib/db/client";
import { syncCheckoutSession } from "@/lib/payments/stripe-webhook";
import { checkoutCookie } from "./checkout-cookie";
import { orderStatusPath } from "./link";
import { afterSettlement } from "./settled";

async function returningOrder(shopSlug: string) {
  const shop = await db.shop.findUnique({ where: { slug: shopSlug }, select: { id: true, slug: true } });
  if (!shop) return null;
  const jar = await cookies();
  const orderId = checkoutCookie.orderId(jar.get(checkoutCookie.name(shop.id))?.value);
  if (!orderId) return null;
  const payment = await transaction(db, (tx) =>
    tx.payment.findFirst({
      where: { orderId, shopId: shop.id },
      orderBy: { createdAt: "desc" },
      select: { provider: true, providerPaymentId: true, status: true },
    }),
  );
  return payment ? { shop, orderId, payment, jar } : null;
}

/** Back from paying: the order's status page (Stripe's state is read now, not waited for). Null: no order to show. */
export async function returnFromPayment(shopSlug: string): Promise<string | null> {
  const found = await returningOrder(shopSlug);
  if (!found) return null;
  const { shop, orderId, payment, jar } = found;
  // Completion is idempotent: the webhook may have done it already, or do it again later.
  if (payment.provider === "stripe" && payment.status === "PENDING") await syncCheckoutSession(db, payment.providerPaymentId);
  const order = await transaction(db, (tx) => tx.order.findFirst({ where: { id: orderId, shopId: shop.id }, select: { status: true } }));
  if (order?.status === "PAID") {
    await forgetShopperCart(shop.id, (await shopperCart(shop.id)).cartId);
    jar.delete(checkoutCookie.name(shop.id));
  }
  return orderStatusPath(shop.slug, orderId);
}

/** Back without paying: the order is cancelled now, its stock and codes released; the cart is kept. */
export async function cancelFromPayment(shopSlug: string): Promise<void> {
  const found = await returningOrder(shopSlug);
  if (!found) return;
  const { shop, payment, jar } = found;
  const result = await abandonCheckout(db, { provider: payment.provider, providerPaymentId: payment.providerPaymentId, shopId: shop.id });
  await afterSettlement(db, result);
  jar.delete(checkoutCookie.name(shop.id));
}
