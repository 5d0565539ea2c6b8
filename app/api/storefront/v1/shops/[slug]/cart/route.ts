// The cart of the X-Cart-Token header. GET: priced now. PATCH { email?, shippingAddress?, shippingRateId? }.
import { cartOperation, preflightFor } from "@/app/_entry/storefront-api";
import { db } from "@/lib/db/client";
import { apiCart, updateApiCart } from "@/lib/storefront-api/cart";
import { shopParams, updateCartBody } from "@/lib/storefront-api/schemas";

export const dynamic = "force-dynamic";
export const GET = cartOperation({ params: shopParams, read: true }, ({ shop, cartId }) => apiCart(db, shop, cartId));
export const PATCH = cartOperation({ params: shopParams, body: updateCartBody }, ({ shop, cartId, body }) => updateApiCart(db, shop, cartId, body));
// PUT does the same: WeChat's wx.request and Alipay's my.request can't send PATCH.
export const PUT = PATCH;
export const OPTIONS = preflightFor(["GET", "PATCH", "PUT"]);
