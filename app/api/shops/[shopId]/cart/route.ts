// The shopper's cart in one shop. GET: the cart priced now (?view=count: only the number of
// items, for the header badge). POST { variantId, quantity }: adds to it, creating the cart
// (and its cookie) on the first add, and answers the line and the cart priced now
// (?view=count: the line and the number of items). Prices and stock always come from the database.
import { getCart } from "@/lib/cart/cart";
import { cartBody, errorReply, findCartShop, readJson, refuse, reply, writeGuard } from "@/lib/cart/api";
import { addToShopperCart, shopperCart } from "@/lib/cart/shopper-cart";
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
  const body = await readJson(request);
  if (!body) return refuse(400, "Send a JSON object: { variantId, quantity }.");
  try {
    // The shop's existence and status are checked with the write (404 / 409).
    const { cartId, userId, line, itemCount } = await addToShopperCart(shopId, {
      variantId: String(body.variantId ?? ""),
      quantity: body.quantity as number | string | undefined,
    });
    // ?view=count (the product page's button): only the new line and the badge's count, no re-read.
    if (new URL(request.url).searchParams.get("view") === "count") return reply(201, { line, itemCount });
    return reply(201, { line, ...(await cartBody(shopId, cartId, userId)) });
  } catch (error) {
    return errorReply(error);
  }
}
