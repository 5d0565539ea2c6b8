// GET /api/storefront/v1/shops/<slug>/miniapp/manifest.json: the W3C MiniApp manifest of the
// shop's published mini-program (404 until its first Publish), icons and pages as absolute URLs.
import { db } from "@/lib/db/client";
import { errorResponse } from "@/lib/core/respond";
import { env } from "@/lib/env";
import { miniappSource, servedManifest } from "@/lib/miniapp/source";

export async function GET(_request: Request, ctx: { params: Promise<{ slug: string }> }) {
  const { slug } = await ctx.params;
  try {
    const { input } = await miniappSource(db, { slug: String(slug) }, { platformOrigin: new URL(env().APP_URL).origin, published: true });
    return Response.json(servedManifest(input), {
      headers: { "Content-Type": "application/manifest+json", "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
