// GET /api/storefront/v1/shops/{slug}/products: a page of products with their variants.
import { preflightFor, publicRead } from "@/app/_entry/storefront-api";
import { productListBody } from "@/lib/storefront-api/catalogue";
import { listProductsQuery, shopParams } from "@/lib/storefront-api/schemas";

export const dynamic = "force-dynamic";
export const GET = publicRead(shopParams, (shop, _params, query) => productListBody(shop, query), listProductsQuery);
export const OPTIONS = preflightFor(["GET"]);
