// POST /api/storefront/v1/shops/{slug}/carts: a new cart and its token (201).
import { cartOperation, preflightFor } from "@/app/_entry/storefront-api";
import { db } from "@/lib/db/client";
import { apiCart, createApiCart } from "@/lib/storefront-api/cart";
import { cartIdFromToken } from "@/lib/storefront-api/cart-token";
import { emptyBody, shopParams } from "@/lib/storefront-api/schemas";

export const dynamic = "force-dynamic";
export const POST = cartOperation({ params: shopParams, body: emptyBody, cart: false, status: 201 }, async ({ shop }) => {
  const token = await createApiCart(db, shop.id);
  return apiCart(db, shop, cartIdFromToken(shop.id, token)!);
});
export const OPTIONS = preflightFor(["POST"]);
