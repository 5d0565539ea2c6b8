// GET /api/storefront/v1/shops/{slug}/collections
import { preflightFor, publicRead } from "@/app/_entry/storefront-api";
import { collectionsBody } from "@/lib/storefront-api/catalogue";
import { shopParams } from "@/lib/storefront-api/schemas";

export const dynamic = "force-dynamic";
export const GET = publicRead(shopParams, (shop) => collectionsBody(shop));
export const OPTIONS = preflightFor(["GET"]);
