// GET /api/storefront/v1/shops/{slug}/orders/{orderToken}: how the order stands (the signed token is the access).
import { cartOperation, preflightFor } from "@/app/_entry/storefront-api";
import { db } from "@/lib/db/client";
import { apiOrder } from "@/lib/storefront-api/checkout";
import { orderParams } from "@/lib/storefront-api/schemas";

export const dynamic = "force-dynamic";
export const GET = cartOperation({ params: orderParams, read: true, cart: false, open: false }, ({ shop, params }) => apiOrder(db, shop, params.orderToken));
export const OPTIONS = preflightFor(["GET"]);
