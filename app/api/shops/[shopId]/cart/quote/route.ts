// POST { shippingRateId?, discountCodes?, email? }: the checkout's order summary for the
// shopper's cart, priced on the server (lib/checkout/quote.ts). A refused code is not an
// error of the request: it comes back in codeErrors, with the reason the shopper reads.
import { z } from "zod";
import { errorReply, findCartShop, readJson, refuse, reply, writeGuard } from "@/lib/cart/api";
import { shopperCart } from "@/lib/cart/shopper-cart";
import { MAX_CODES } from "@/lib/checkout/discounts";
import { quoteCheckout } from "@/lib/checkout/quote";
import { db } from "@/lib/db/client";

const inputSchema = z.object({
  shippingRateId: z.string().max(64).nullish(),
  discountCodes: z
    .array(z.string().max(64))
    .max(MAX_CODES + 1)
    .default([]),
  email: z.string().trim().max(254).nullish(),
});

export async function POST(request: Request, ctx: { params: Promise<{ shopId: string }> }) {
  const refused = writeGuard(request);
  if (refused) return refused;
  const { shopId } = await ctx.params;
  if (!(await findCartShop(shopId))) return refuse(404, "Shop not found.");
  const input = inputSchema.safeParse((await readJson(request)) ?? {});
  if (!input.success) return refuse(400, "Send { shippingRateId, discountCodes, email }.");
  try {
    const { cartId, userId } = await shopperCart(shopId);
    const quote = cartId ? await quoteCheckout(db, shopId, cartId, userId, input.data) : null;
    return quote ? reply(200, { quote }) : refuse(404, "Your cart is empty.");
  } catch (error) {
    return errorReply(error);
  }
}
