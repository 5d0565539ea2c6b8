// POST one picture (multipart, field "file") for a shop: logos, banners, product photos.
// Answers 201 { url, width, height }, or { error: { code, message } } with a 4xx; never
// redirects, it's called by XHR. Writes from another site are refused by merchantRoute.
import { merchantRoute } from "@/app/_entry/merchant";
import { reply } from "@/lib/core/respond";
import { storeUploadedImage } from "@/lib/shops/upload";

export const POST = merchantRoute("catalog", async ({ request }) => reply(201, await storeUploadedImage(request)));
