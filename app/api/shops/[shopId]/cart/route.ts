// The shopper's cart in one shop. GET: the cart priced now (?view=count: only the number of
// items, for the header badge). POST { variantId, quantity }: adds to it, creating the cart
// (and its cookie) on the first add. Prices and stock always come from the database.
import { addLine, getCart } from "@/lib/cart/cart";
import { cartBody, errorReply, findCartShop, readJson, refuse, reply, writeGuard } from "@/lib/cart/api";
import { shopperCart } from "@/lib/cart/shopper-cart";
import { db } from "@/lib/db/client";

type Ctx = { params: Promise<{ shopId: string }> };

export async function GET(request: Request, ctx: Ctx) {
  const { shopId } = await ctx.params;
  if (!(await findCartShop(shopId))) return refuse(404, "Shop not found.");
  const { cartId, userId } = await shopperCart(shopId);
  if (new URL(request.url).searchParams.get("view") === "count") {
    const cart = cartId ? await getCart(db, shopId, cartId, userId) : null;
    return reply(200, { itemCount: cart?.lines.reduce((sum, l) => sum + l.quantity, 0) ?? 0 });
  }
  return reply(200, await cartBody(shopId, cartId, userId));
}

export async function POST(request: Request, ctx: Ctx) {
  const refused = writeGuard(request);
  if (refused) return refused;
  const { shopId } = await ctx.params;
  const shop = await findCartShop(shopId);
  if (!shop) return refuse(404, "Shop not found.");
  if (shop.status !== "ACTIVE") return refuse(409, "This shop isn't taking orders right now.");
  const body = await readJson(request);
  if (!body) return refuse(400, "Send a JSON object: { variantId, quantity }.");
  try {
    const { cartId, userId } = await shopperCart(shopId, { create: true });
    const line = await addLine(db, shopId, cartId!, { variantId: String(body.variantId ?? ""), quantity: body.quantity as number | string | undefined }, userId);
    return reply(201, { line, ...(await cartBody(shopId, cartId, userId)) });
  } catch (error) {
    return errorReply(error);
  }
}
