// GET /api/storefront/v1/shops/<slug>/miniapp/icon-<48|96|192|512>.png: the manifest's icons.
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/core/errors";
import { errorResponse } from "@/lib/core/respond";
import { ICON_SIZES } from "@/lib/miniapp/manifest";
import { shopIconsBySlug } from "@/lib/miniapp/source";

export async function GET(_request: Request, ctx: { params: Promise<{ slug: string; icon: string }> }) {
  const { slug, icon } = await ctx.params;
  try {
    const size = Number(/^icon-(\d+)\.png$/.exec(String(icon))?.[1]);
    if (!(ICON_SIZES as readonly number[]).includes(size)) throw AppError.notFound("page");
    const png = (await shopIconsBySlug(db, String(slug)))[size];
    return new Response(Buffer.from(png), {
      headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
