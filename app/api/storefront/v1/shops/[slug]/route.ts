// GET /api/storefront/v1/shops/{slug}: the shop (served from the route cache when no Origin: lib/storefront-api/rewrites.ts).
import { preflightFor, publicRead } from "@/app/_entry/storefront-api";
import { shopBody } from "@/lib/storefront-api/catalogue";
import { shopParams } from "@/lib/storefront-api/schemas";

export const dynamic = "force-dynamic";
export const GET = publicRead(shopParams, (shop) => shopBody(shop));
export const OPTIONS = preflightFor(["GET"]);
