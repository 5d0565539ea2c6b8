// GET /api/storefront/v1/shops/<slug>/miniapp/manifest.json: the W3C MiniApp manifest of the
// shop's published mini-program (404 until its first Publish), icons and pages as absolute
// URLs. A public read of the Storefront API: CORS for the shop's allowed origins, ETag and 304.
import { publicRead } from "@/app/_entry/storefront-api";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { miniappSource, servedManifest } from "@/lib/miniapp/source";
import { shopParams } from "@/lib/storefront-api/schemas";

export const dynamic = "force-dynamic";
export const GET = publicRead(shopParams, async ({ slug }) => {
  const { input } = await miniappSource(db, { slug }, { platformOrigin: new URL(env().APP_URL).origin, published: true });
  return servedManifest(input);
});
