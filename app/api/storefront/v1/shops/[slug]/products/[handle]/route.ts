// GET /api/storefront/v1/shops/{slug}/products/{handle}: one product.
import { preflightFor, publicRead } from "@/app/_entry/storefront-api";
import { productBody } from "@/lib/storefront-api/catalogue";
import { productParams } from "@/lib/storefront-api/schemas";

export const dynamic = "force-dynamic";
export const GET = publicRead(productParams, (shop, { handle }) => productBody(shop, handle));
export const OPTIONS = preflightFor(["GET"]);
