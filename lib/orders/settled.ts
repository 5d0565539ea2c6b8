// What follows a checkout's ending, wherever it ended (test payment page, Stripe's webhook or
// return, the free-order path): the confirmation mail once the order is newly paid, and fresh
// product pages where units went back on sale. The mail is claimed before it is sent (see
// confirmation.ts), so racing callers send one; if this attempt fails, the scheduled job retries.
import "server-only";
import { after } from "next/server";
import { storefrontChanged } from "@/lib/catalog/cache";
import type { PaymentOutcome } from "@/lib/checkout/checkout";
import { transaction, type Db } from "@/lib/checkout/db";
import { sendOrderConfirmation } from "./confirmation";

const NEWLY_PAID = new Set<PaymentOutcome["outcome"]>(["paid", "paid_late"]);
// Outcomes after which the order's units can be bought again (or, paid late, were sold from stock).
const STOCK_MOVED = new Set<PaymentOutcome["outcome"]>(["paid_late", "failed", "cancelled", "expired"]);

/** After the response when in a request (a slow mail server doesn't hold the shopper up); else now. */
function inBackground(task: () => Promise<void>) {
  const run = () => task().catch((error) => console.error("Sending the order confirmation failed", error));
  try {
    after(run);
  } catch {
    return run(); // outside a request (scripts, tests)
  }
}

export async function afterSettlement(db: Db, result: Pick<PaymentOutcome, "outcome" | "orderId" | "shopId">) {
  const { orderId, shopId } = result;
  if (!orderId || !shopId) return;
  if (STOCK_MOVED.has(result.outcome)) await productsChanged(db, shopId, orderId);
  if (NEWLY_PAID.has(result.outcome)) await inBackground(async () => void (await sendOrderConfirmation(db, orderId)));
}

/** The order's product pages show stock: expire them. */
export async function productsChanged(db: Db, shopId: string, orderId: string) {
  // In a transaction, as every read on the payment paths (see lib/checkout/db.ts).
  const lines = await transaction(db, (tx) => tx.orderLine.findMany({ where: { orderId, shopId }, select: { productId: true } }));
  const productIds = [...new Set(lines.flatMap((l) => (l.productId ? [l.productId] : [])))];
  if (productIds.length) storefrontChanged(shopId, { productIds });
}
