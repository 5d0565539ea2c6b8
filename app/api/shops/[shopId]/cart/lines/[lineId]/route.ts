// One line of the shopper's cart. PATCH { quantity }: sets it (0 removes the line). DELETE: removes it.
// Answers the whole cart priced now, so the page shows new totals and stock messages at once.
import { removeLine, setQuantity } from "@/lib/cart/cart";
import { cartBody, crossSiteGuard, errorReply, findCartShop, readJson, refuse, reply, writeGuard } from "@/lib/cart/api";
import { shopperCart } from "@/lib/cart/shopper-cart";
import { db } from "@/lib/db/client";

type Ctx = { params: Promise<{ shopId: string; lineId: string }> };

async function change(request: Request, ctx: Ctx, quantity: () => Promise<unknown>) {
  const { shopId, lineId } = await ctx.params;
  if (!(await findCartShop(shopId))) return refuse(404, "Shop not found.");
  const { cartId, userId } = await shopperCart(shopId);
  if (!cartId) return refuse(404, "Cart line not found.");
  try {
    const wanted = await quantity();
    if (wanted === undefined) return refuse(400, "Send a JSON object: { quantity }.");
    if (wanted === 0) await removeLine(db, shopId, cartId, lineId, userId);
    else await setQuantity(db, shopId, cartId, { lineId, quantity: wanted as number | string }, userId);
    return reply(200, await cartBody(shopId, cartId, userId));
  } catch (error) {
    return errorReply(error);
  }
}

export async function PATCH(request: Request, ctx: Ctx) {
  const refused = writeGuard(request);
  if (refused) return refused;
  return change(request, ctx, async () => {
    const body = await readJson(request);
    return body && "quantity" in body ? (body.quantity ?? null) : undefined;
  });
}

export async function DELETE(request: Request, ctx: Ctx) {
  return crossSiteGuard(request) ?? change(request, ctx, async () => 0);
}
