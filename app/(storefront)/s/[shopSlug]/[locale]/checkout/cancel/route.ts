// The payment provider's cancel URL: the order the signed checkout cookie names is given up
// (stock and codes released) and the shopper is back at their cart, which still holds everything.
import { redirect } from "next/navigation";
import { checkoutOrderId, forgetCheckout } from "@/app/_entry/storefront";
import { db } from "@/lib/db/client";
import { cancelFromPayment } from "@/lib/payments/return";
import { findShop } from "@/lib/storefront/storefront";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: { params: Promise<{ shopSlug: string }> }) {
  const { shopSlug } = await ctx.params;
  const shop = await findShop(db, { slug: String(shopSlug) });
  const orderId = shop && (await checkoutOrderId(shop.id));
  if (shop && orderId && (await cancelFromPayment(db, shop.id, orderId))) await forgetCheckout(shop.id);
  redirect(`/s/${shopSlug}/cart?payment=cancelled`);
}
