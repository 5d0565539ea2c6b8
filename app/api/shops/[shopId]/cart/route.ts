// The shopper's cart in one shop. GET: the cart priced now (?view=count: only the number of
// items, for the header badge). POST { variantId, quantity }: adds to it, creating the cart
// (and its cookie) on the first add, and answers the line and the cart priced now
// (?view=count: the line and the number of items). Prices and stock always come from the database.
import { storefrontRoute } from "@/app/_entry/storefront";
import { addToCart, countCartItems, readCart } from "@/lib/cart/shopper-cart";
import { reply } from "@/lib/core/respond";
import { db } from "@/lib/db/client";

const countOnly = (request: Request) => new URL(request.url).searchParams.get("view") === "count";

export const GET = storefrontRoute(async ({ request, shopId, cart }) => {
  if (countOnly(request)) return { itemCount: await countCartItems(db, shopId, await cart()) };
  return readCart(db, shopId, await cart());
});

export const POST = storefrontRoute(
  async ({ request, shopId, body, cart, cartCreated }) => {
    const who = await cart();
    // A cookie naming a cart that is gone (paid, merged) is stale: the shopper gets a new cart.
    const added = await addToCart(db, shopId, who, { variantId: body.variantId, quantity: body.quantity }, { replaceGone: true });
    if (added.created) await cartCreated(added.cartId);
    // ?view=count (the product page's button): only the new line and the badge's count, no re-read.
    if (countOnly(request)) return reply(201, { line: added.line, itemCount: added.itemCount });
    return reply(201, { line: added.line, ...(await readCart(db, shopId, { ...who, cartId: added.cartId })) });
  },
  // The shop's existence and status are checked with the write (404 / 409): no look-up first.
  { findShop: false, body: "json" },
);
