// /embed/<slug>/…: the shop's W3C MiniApp package, live, as a browser runs it: what embed.js
// frames on other sites and the Publish page previews. Only these pages may be framed, and
// only by the platform and the origins the shop allows (Content-Security-Policy: frame-ancestors).
import { db } from "@/lib/db/client";
import { errorResponse } from "@/lib/core/respond";
import { AppError } from "@/lib/core/errors";
import { env } from "@/lib/env";
import { embedPolicy } from "@/lib/miniapp/embed";
import { contentType, isPackagePath } from "@/lib/miniapp/files";
import { miniappFiles } from "@/lib/miniapp/package";
import { allowedOrigins, miniappSource } from "@/lib/miniapp/source";

type Ctx = { params: Promise<{ slug: string; path: string[] }> };

export async function GET(_request: Request, ctx: Ctx) {
  const { slug, path } = await ctx.params;
  const name = path.join("/");
  try {
    if (!isPackagePath(name)) throw AppError.notFound("page");
    const platformOrigin = new URL(env().APP_URL).origin;
    const { shop, input } = await miniappSource(db, { slug: String(slug) }, { platformOrigin });
    // In a browser the pages call the API where they are served from.
    const content = miniappFiles({ ...input, apiBase: platformOrigin })[name];
    if (content === undefined) throw AppError.notFound("page");
    const body = typeof content === "string" ? content : Buffer.from(content);
    return new Response(body, {
      headers: {
        "Content-Type": contentType(name),
        "Content-Security-Policy": embedPolicy(await allowedOrigins(db, shop.id)),
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
