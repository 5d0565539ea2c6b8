// POST /api/storefront/v1/shops/{slug}/cart/discount-codes { code }: 422 with the reason when it can't be used.
import { cartOperation, preflightFor } from "@/app/_entry/storefront-api";
import { db } from "@/lib/db/client";
import { applyApiCode } from "@/lib/storefront-api/cart";
import { applyCodeBody, shopParams } from "@/lib/storefront-api/schemas";

export const dynamic = "force-dynamic";
export const POST = cartOperation({ params: shopParams, body: applyCodeBody }, ({ shop, cartId, body }) => applyApiCode(db, shop, cartId, body.code));
export const OPTIONS = preflightFor(["POST"]);
