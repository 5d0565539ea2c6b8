// The route-cached twin of GET /api/storefront/v1/shops/{slug} (lib/storefront-api/rewrites.ts).
import { cachedRead } from "@/app/_entry/storefront-api";
import { shopBody } from "@/lib/storefront-api/catalogue";
import { shopParams } from "@/lib/storefront-api/schemas";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}
export const GET = cachedRead(shopParams, (shop) => shopBody(shop));
