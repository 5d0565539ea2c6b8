// One cart line. PATCH { quantity } (0 removes it); DELETE removes it.
import { cartOperation, preflightFor } from "@/app/_entry/storefront-api";
import { db } from "@/lib/db/client";
import { setApiLine } from "@/lib/storefront-api/cart";
import { lineParams, updateLineBody } from "@/lib/storefront-api/schemas";

export const dynamic = "force-dynamic";
export const PATCH = cartOperation({ params: lineParams, body: updateLineBody }, ({ shop, cartId, params, body }) =>
  setApiLine(db, shop, cartId, params.lineId, body.quantity),
);
export const DELETE = cartOperation({ params: lineParams }, ({ shop, cartId, params }) => setApiLine(db, shop, cartId, params.lineId, 0));
// PUT does the same: WeChat's wx.request and Alipay's my.request can't send PATCH.
export const PUT = PATCH;
export const OPTIONS = preflightFor(["PATCH", "PUT", "DELETE"]);
