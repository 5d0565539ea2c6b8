// One line of the shopper's cart. PATCH { quantity }: sets it (0 removes the line). DELETE: removes it.
// Answers the whole cart priced now, so the page shows new totals and stock messages at once.
import { storefrontRoute } from "@/app/_entry/storefront";
import { readCart, removeCartLine, setCartLine } from "@/lib/cart/shopper-cart";
import { AppError, msg } from "@/lib/core/errors";
import { db } from "@/lib/db/client";

type Params = { shopId: string; lineId: string };

export const PATCH = storefrontRoute<Params>(
  async ({ shopId, params, body, cart }) => {
    if (!("quantity" in body)) throw AppError.invalid({ quantity: msg("quantityRequired") });
    const who = await cart();
    await setCartLine(db, shopId, who, String(params.lineId), body.quantity);
    return readCart(db, shopId, who);
  },
  { body: "json" },
);

export const DELETE = storefrontRoute<Params>(async ({ shopId, params, cart }) => {
  const who = await cart();
  await removeCartLine(db, shopId, who, String(params.lineId));
  return readCart(db, shopId, who);
});
