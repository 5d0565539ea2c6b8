// GET a photo of one of the order's after-sales requests, for whoever holds the order's signed
// link (?token=) or is its signed-in owner; 404 for anyone else.
import { getCurrentUser } from "@/app/_entry/session";
import { storefrontRoute } from "@/app/_entry/storefront";
import { db } from "@/lib/db/client";
import { photoResponse, readAfterSalesPhoto } from "@/lib/orders/after-sales-photos";
import { shopperOrderAccess } from "@/lib/orders/after-sales-requests";

export const GET = storefrontRoute<{ shopId: string; orderId: string; photoId: string }>(async ({ request, shopId, params }) => {
  const orderId = String(params.orderId);
  const user = await getCurrentUser();
  await shopperOrderAccess(db, shopId, orderId, { token: new URL(request.url).searchParams.get("token"), userId: user?.id });
  return photoResponse(await readAfterSalesPhoto(db, shopId, String(params.photoId), orderId));
});
