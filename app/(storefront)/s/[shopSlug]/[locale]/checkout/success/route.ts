// The payment provider's success URL: on to the order's status page (signed link). The order
// is the one the signed checkout cookie names; once paid, the cart and the cookie go.
import { redirect } from "next/navigation";
import { checkoutOrderId, forgetCheckout, forgetPaidCart } from "@/app/_entry/storefront";
import { db } from "@/lib/db/client";
import { returnFromPayment } from "@/lib/payments/return";
import { findShop } from "@/lib/storefront/storefront";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: { params: Promise<{ shopSlug: string }> }) {
  const { shopSlug } = await ctx.params;
  const shop = await findShop(db, { slug: String(shopSlug) });
  const orderId = shop && (await checkoutOrderId(shop.id));
  const back = shop && orderId ? await returnFromPayment(db, shop, orderId) : null;
  if (!shop || !back) redirect(`/s/${shopSlug}/cart`);
  if (back.paid) {
    await forgetPaidCart(shop.id);
    await forgetCheckout(shop.id);
  }
  redirect(back.path);
}
