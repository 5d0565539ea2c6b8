// What the cart's route handlers share: the shop check, JSON in and out, and errors as
// 4xx `{ error, fields }` — never a 500 for anything a shopper (or a script) can send.
import "server-only";
import { CheckoutError } from "@/lib/checkout/errors";
import { db } from "@/lib/db/client";
import { priceCart } from "./price-cart";

export function reply(status: number, body: object) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export function refuse(status: number, error: string, fields?: Record<string, string>) {
  return reply(status, fields ? { error, fields } : { error });
}

/** The shop behind /api/shops/<shopId>/cart; null when there is none. */
export function findCartShop(shopId: string) {
  return db.shop.findUnique({ where: { id: shopId }, select: { id: true, status: true } });
}

/**
 * Refuses requests a page of another site makes with the shopper's cookies (SameSite=Lax
 * already keeps the cookie off cross-site POSTs; this also covers older browsers), and
 * bodies that aren't JSON (a plain HTML form can't send application/json).
 */
export function writeGuard(request: Request): Response | null {
  const crossSite = crossSiteGuard(request);
  if (crossSite) return crossSite;
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) return refuse(415, "Send JSON.");
  return null;
}

/** The cross-site half of writeGuard, for writes without a body (DELETE). */
export function crossSiteGuard(request: Request): Response | null {
  return request.headers.get("sec-fetch-site") === "cross-site" ? refuse(403, "Cart changes must come from the shop itself.") : null;
}

/** The body as an object, or null when it isn't a JSON object. */
export async function readJson(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = await request.json();
    return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A CheckoutError as its status and first message; anything else is a bug and is rethrown. */
export function errorReply(error: unknown) {
  if (error instanceof CheckoutError) return refuse(error.status, error.message, error.fields);
  throw error;
}

/** The cart as the shopper sees it (priced now), or an empty one. */
export async function cartBody(shopId: string, cartId: string | null, userId: string | null) {
  const cart = cartId ? await priceCart(db, shopId, cartId, userId) : null;
  return { cart, itemCount: cart?.itemCount ?? 0 };
}
