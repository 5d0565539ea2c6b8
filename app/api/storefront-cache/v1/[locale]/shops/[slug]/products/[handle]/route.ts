// The route-cached twin of GET /api/storefront/v1/shops/{slug}/products/{handle}.
import { cachedRead } from "@/app/_entry/storefront-api";
import { productBody } from "@/lib/storefront-api/catalogue";
import { productParams } from "@/lib/storefront-api/schemas";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}
export const GET = cachedRead(productParams, (shop, { handle }) => productBody(shop, handle));
