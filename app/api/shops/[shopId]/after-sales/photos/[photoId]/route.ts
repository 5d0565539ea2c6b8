// GET a photo of an after-sales request for the shop's owners and staff ("orders"): photos are
// stored under private keys, this route is the merchant's only way to them.
import { merchantRoute } from "@/app/_entry/merchant";
import { db } from "@/lib/db/client";
import { photoResponse, readAfterSalesPhoto } from "@/lib/orders/after-sales-photos";

export const GET = merchantRoute<{ shopId: string; photoId: string }>("orders", async ({ shop, params }) =>
  photoResponse(await readAfterSalesPhoto(db, shop.id, String(params.photoId))),
);
