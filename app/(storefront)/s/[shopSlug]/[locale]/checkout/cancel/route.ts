// The payment provider's cancel URL: the order is given up (stock and codes released) and the
// shopper is back at their cart, which still holds everything.
import { redirect } from "next/navigation";
import { cancelFromPayment } from "@/lib/orders/return";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: { params: Promise<{ shopSlug: string }> }) {
  const { shopSlug } = await ctx.params;
  await cancelFromPayment(shopSlug);
  redirect(`/s/${shopSlug}/cart?payment=cancelled`);
}
