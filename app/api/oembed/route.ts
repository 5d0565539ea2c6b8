// oEmbed (https://oembed.com) for shop and product links: GET /api/oembed?url=<link>
// [&maxwidth=&maxheight=][&format=json]. The answer's html is the embed snippet, so a site
// that consumes oEmbed shows the shop as embed.js does (on the origins the shop allows).
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/core/errors";
import { errorResponse } from "@/lib/core/respond";
import { env } from "@/lib/env";
import { oembedFor, parseShopLink } from "@/lib/miniapp/embed";
import { embedTarget } from "@/lib/miniapp/source";

const dimension = (value: string | null) => (value && /^\d{1,5}$/.test(value) ? Number(value) : undefined);

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  try {
    // The spec: a format the provider doesn't offer is 501.
    if (params.get("format") && params.get("format") !== "json") return new Response("Only format=json is offered.", { status: 501 });
    const platformOrigin = new URL(env().APP_URL).origin;
    const link = parseShopLink(params.get("url") ?? "", platformOrigin);
    if (!link) throw AppError.notFound("page");
    const target = await embedTarget(db, link);
    // A product's first picture, else the shop's icon (its logo, square).
    const picture = target.picture ?? { url: `/embed/${link.slug}/common/icons/icon-512.png`, width: 512, height: 512 };
    const body = oembedFor({
      platformOrigin,
      link,
      title: target.title,
      shopName: target.shopName,
      thumbnail: { ...picture, url: new URL(picture.url, platformOrigin).toString() },
      maxwidth: dimension(params.get("maxwidth")),
      maxheight: dimension(params.get("maxheight")),
    });
    return Response.json(body, { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
  } catch (error) {
    return errorResponse(error);
  }
}
