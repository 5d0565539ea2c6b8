// GET /api/storefront/v1/shops/{slug}/collections/{handle}
import { preflightFor, publicRead } from "@/app/_entry/storefront-api";
import { collectionBody } from "@/lib/storefront-api/catalogue";
import { collectionParams } from "@/lib/storefront-api/schemas";

export const dynamic = "force-dynamic";
export const GET = publicRead(collectionParams, (shop, { handle }) => collectionBody(shop, handle));
export const OPTIONS = preflightFor(["GET"]);
