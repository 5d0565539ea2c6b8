// The route-cached twin of GET /api/storefront/v1/shops/{slug}/products: its parameters come as
// path segments (collection=bags/limit=20), in the order the rewrites write them.
import { cachedRead } from "@/app/_entry/storefront-api";
import { AppError } from "@/lib/core/errors";
import { productListBody } from "@/lib/storefront-api/catalogue";
import { parseListSegments } from "@/lib/storefront-api/rewrites";
import { listProductsQuery, shopParams } from "@/lib/storefront-api/schemas";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}
export const GET = cachedRead(shopParams, (shop, _params, segments) => {
  const query = parseListSegments(segments);
  const parsed = query && listProductsQuery.safeParse(query);
  if (!parsed?.success) throw AppError.notFound("page");
  return productListBody(shop, parsed.data);
});
