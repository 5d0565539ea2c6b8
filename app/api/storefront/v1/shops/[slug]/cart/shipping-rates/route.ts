// GET /api/storefront/v1/shops/{slug}/cart/shipping-rates?country=FR: the rates delivering there, priced for the cart.
import { cartOperation, preflightFor } from "@/app/_entry/storefront-api";
import { db } from "@/lib/db/client";
import { apiShippingRates } from "@/lib/storefront-api/cart";
import { shippingRatesQuery, shopParams } from "@/lib/storefront-api/schemas";

export const dynamic = "force-dynamic";
export const GET = cartOperation({ params: shopParams, query: shippingRatesQuery, read: true }, ({ shop, cartId, query }) =>
  apiShippingRates(db, shop, cartId, query.country),
);
export const OPTIONS = preflightFor(["GET"]);
