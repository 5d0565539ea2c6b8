// POST one picture (multipart, field "file") for a shop: logos, banners, product photos.
// Answers { url, width, height } or { error } with a 4xx; never redirects, it's called by fetch/XHR.
import { shopAccessForApi } from "@/lib/shops/access";
import { storeUploadedImage } from "@/lib/shops/upload";

export async function POST(request: Request, ctx: { params: Promise<{ shopId: string }> }) {
  // Browsers send Sec-Fetch-Site; a page on another site must not upload with the merchant's cookies.
  if (request.headers.get("sec-fetch-site") === "cross-site") return reply(403, { error: "Uploads must come from Minishop itself." });
  const { shopId } = await ctx.params;
  const access = await shopAccessForApi(shopId, "catalog");
  if (!access.ok) return reply(access.status, { error: access.error });
  const { status, body } = await storeUploadedImage(request);
  return reply(status, body);
}

function reply(status: number, body: object) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
