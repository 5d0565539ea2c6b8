// The payment provider's success URL: on to the order's status page (signed link).
import { redirect } from "next/navigation";
import { returnFromPayment } from "@/lib/orders/return";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: { params: Promise<{ shopSlug: string }> }) {
  const { shopSlug } = await ctx.params;
  redirect((await returnFromPayment(shopSlug)) ?? `/s/${shopSlug}/cart`);
}
