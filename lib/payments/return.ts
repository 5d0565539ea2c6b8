// The shopper coming back from the payment provider's page (Stripe's success and cancel URLs).
// The order is the one the entry found in its signed checkout cookie; nothing in the address
// is trusted.
import "server-only";
import { transaction, type Db } from "@/lib/core/db";
import { orderStatusPath } from "@/lib/orders/link";
import { abandonCheckout, afterSettlement } from "@/lib/orders/status";
import { syncCheckoutSession } from "./stripe-webhook";

function latestPayment(db: Db, shopId: string, orderId: string) {
  return transaction(db, (tx) =>
    tx.payment.findFirst({
      where: { orderId, shopId },
      orderBy: { createdAt: "desc" },
      select: { provider: true, providerPaymentId: true, status: true },
    }),
  );
}

/**
 * Back from paying: the order's status page (Stripe's state is read now, not waited for), and
 * whether the order is paid (then its cart is bought). Null: no such order in the shop.
 */
export async function returnFromPayment(db: Db, shop: { id: string; slug: string }, orderId: string) {
  const payment = await latestPayment(db, shop.id, orderId);
  if (!payment) return null;
  // Completion is idempotent: the webhook may have done it already, or do it again later.
  if (payment.provider === "stripe" && payment.status === "PENDING") await syncCheckoutSession(db, payment.providerPaymentId);
  const order = await transaction(db, (tx) => tx.order.findFirst({ where: { id: orderId, shopId: shop.id }, select: { status: true } }));
  return { path: orderStatusPath(shop.slug, orderId), paid: order?.status === "PAID" };
}

/** Back without paying: the order is cancelled now, its stock and codes released; the cart is kept. False: no such order. */
export async function cancelFromPayment(db: Db, shopId: string, orderId: string): Promise<boolean> {
  const payment = await latestPayment(db, shopId, orderId);
  if (!payment) return false;
  const result = await abandonCheckout(db, { provider: payment.provider, providerPaymentId: payment.providerPaymentId, shopId });
  await afterSettlement(db, result);
  return true;
}
