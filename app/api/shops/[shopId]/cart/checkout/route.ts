// POST { email, shippingAddress, shippingRateId, discountCodes }: checks out the shopper's cart
// (the same as the checkout page's "Pay"; for the mini-program and scripts). 201 with the order
// and where to pay; 4xx { error, fields } with a message per field otherwise.
import { readJson, refuse, reply, writeGuard } from "@/lib/cart/api";
import { placeOrderSchema, placeShopperOrder } from "@/lib/orders/place-order";

export async function POST(request: Request, ctx: { params: Promise<{ shopId: string }> }) {
  const refused = writeGuard(request);
  if (refused) return refused;
  const { shopId } = await ctx.params;
  const input = placeOrderSchema.safeParse((await readJson(request)) ?? undefined);
  if (!input.success) return refuse(400, "Send { email, shippingAddress, shippingRateId, discountCodes }.");
  const placed = await placeShopperOrder(shopId, input.data);
  if (!placed.ok) return refuse(placed.status, Object.values(placed.errors)[0] ?? "Checkout failed.", placed.errors);
  return reply(201, {
    orderId: placed.orderId,
    orderNumber: placed.orderNumber,
    totalAmount: placed.totalAmount,
    currency: placed.currency,
    redirectUrl: placed.redirectUrl,
  });
}
