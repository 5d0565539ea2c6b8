// DELETE /api/storefront/v1/shops/{slug}/cart/discount-codes/{code}
import { cartOperation, preflightFor } from "@/app/_entry/storefront-api";
import { db } from "@/lib/db/client";
import { removeApiCode } from "@/lib/storefront-api/cart";
import { codeParams } from "@/lib/storefront-api/schemas";

export const dynamic = "force-dynamic";
export const DELETE = cartOperation({ params: codeParams }, ({ shop, cartId, params }) => removeApiCode(db, shop, cartId, params.code));
export const OPTIONS = preflightFor(["DELETE"]);
