// POST /api/storefront/v1/shops/{slug}/cart/lines { variantId, quantity }: adds to the cart.
import { cartOperation, preflightFor } from "@/app/_entry/storefront-api";
import { db } from "@/lib/db/client";
import { addApiLine } from "@/lib/storefront-api/cart";
import { addLineBody, shopParams } from "@/lib/storefront-api/schemas";

export const dynamic = "force-dynamic";
export const POST = cartOperation({ params: shopParams, body: addLineBody }, ({ shop, cartId, body }) => addApiLine(db, shop, cartId, body));
export const OPTIONS = preflightFor(["POST"]);
