// What follows a checkout's ending, wherever it ended (test payment page, Stripe's webhook or
// return, the free-order path): fresh product pages where units went back on sale. (The
// confirmation mail was queued by the payment's own transaction: lib/orders/confirmation.ts.)
import "server-only";
import { storefrontChanged } from "@/lib/catalog/cache";
import type { PaymentOutcome } from "@/lib/checkout/checkout";
import { transaction, type Db } from "@/lib/checkout/db";

// Outcomes after which the order's units can be bought again (or, paid late, were sold from stock).
const STOCK_MOVED = new Set<PaymentOutcome["outcome"]>(["paid_late", "failed", "cancelled", "expired"]);

export async function afterSettlement(db: Db, result: Pick<PaymentOutcome, "outcome" | "orderId" | "shopId">) {
  const { orderId, shopId } = result;
  if (orderId && shopId && STOCK_MOVED.has(result.outcome)) await productsChanged(db, shopId, orderId);
}

/** The order's product pages show stock: expire them. */
export async function productsChanged(db: Db, shopId: string, orderId: string) {
  // In a transaction, as every read on the payment paths (see lib/checkout/db.ts).
  const lines = await transaction(db, (tx) => tx.orderLine.findMany({ where: { orderId, shopId }, select: { productId: true } }));
  const productIds = [...new Set(lines.flatMap((l) => (l.productId ? [l.productId] : [])))];
  if (productIds.length) storefrontChanged(shopId, { productIds });
}
