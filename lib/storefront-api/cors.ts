// CORS of the Storefront API, per shop: a browser page may call the API when its Origin is one
// the shop lists (Shop.allowedOrigins, edited in the shop's settings) or the app's own. No
// credentials are involved (the cart token is a header), so no Allow-Credentials. Requests
// without Origin (servers, native mini-programs) need no CORS and get none.
import { CART_TOKEN_HEADER } from "./schemas";

const ALLOW_HEADERS = ["Content-Type", CART_TOKEN_HEADER, "Accept-Language", "If-None-Match"].join(", ");
const EXPOSE_HEADERS = "ETag, Retry-After";

export function isAllowedOrigin(origin: string, allowed: readonly string[], appOrigin: string): boolean {
  return origin === appOrigin || allowed.includes(origin);
}

/** Headers for an answer to `origin`: the allowance when the shop lists it, nothing otherwise. */
export function corsHeaders(origin: string | null, allowed: boolean): Record<string, string> {
  return origin && allowed ? { "Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": EXPOSE_HEADERS } : {};
}

/** The answer to a preflight: 204, with the allowance only for a listed origin. */
export function preflight(origin: string | null, allowed: boolean, methods: readonly string[]): Response {
  const headers: Record<string, string> = { Vary: "Origin", "Cache-Control": "no-store" };
  if (origin && allowed) {
    Object.assign(headers, corsHeaders(origin, true), {
      "Access-Control-Allow-Methods": [...methods, "OPTIONS"].join(", "),
      "Access-Control-Allow-Headers": ALLOW_HEADERS,
      "Access-Control-Max-Age": "600",
    });
  }
  return new Response(null, { status: 204, headers });
}
