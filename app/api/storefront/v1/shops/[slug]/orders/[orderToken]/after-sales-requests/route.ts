// GET/POST /api/storefront/v1/shops/{slug}/orders/{orderToken}/after-sales-requests: the order's
// after-sales requests, and a new one (the signed order token is the access).
import { cartOperation, preflightFor } from "@/app/_entry/storefront-api";
import { db } from "@/lib/db/client";
import { apiAfterSalesRequests, apiCreateAfterSalesRequest, createAfterSalesBody } from "@/lib/storefront-api/after-sales";
import { orderParams } from "@/lib/storefront-api/schemas";

export const dynamic = "force-dynamic";
export const GET = cartOperation({ params: orderParams, read: true, cart: false, open: false }, ({ shop, params }) =>
  apiAfterSalesRequests(db, shop, params.orderToken),
);
export const POST = cartOperation({ params: orderParams, body: createAfterSalesBody, cart: false, open: false, status: 201 }, ({ shop, params, body }) =>
  apiCreateAfterSalesRequest(db, shop, params.orderToken, body),
);
export const OPTIONS = preflightFor(["GET", "POST"]);
