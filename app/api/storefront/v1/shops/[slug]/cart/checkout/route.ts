// POST /api/storefront/v1/shops/{slug}/cart/checkout: the order (201) and where to pay.
import { cartOperation, preflightFor } from "@/app/_entry/storefront-api";
import { db } from "@/lib/db/client";
import { checkoutApiCart } from "@/lib/storefront-api/checkout";
import { emptyBody, shopParams } from "@/lib/storefront-api/schemas";

export const dynamic = "force-dynamic";
export const POST = cartOperation({ params: shopParams, body: emptyBody, status: 201 }, ({ shop, cartId }) => checkoutApiCart(db, shop, cartId));
export const OPTIONS = preflightFor(["POST"]);
