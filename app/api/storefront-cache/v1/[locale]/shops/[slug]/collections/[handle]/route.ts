// The route-cached twin of GET /api/storefront/v1/shops/{slug}/collections/{handle}.
import { cachedRead } from "@/app/_entry/storefront-api";
import { collectionBody } from "@/lib/storefront-api/catalogue";
import { collectionParams } from "@/lib/storefront-api/schemas";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}
export const GET = cachedRead(collectionParams, (shop, { handle }) => collectionBody(shop, handle));
