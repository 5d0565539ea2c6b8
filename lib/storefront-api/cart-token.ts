// The Storefront API's cart token: the cart's id and a signature binding it to its shop,
// `<cartId>.<HMAC-SHA256(shopId:cartId), 128 bits>`. The cart id alone is already 144 random
// bits; the signature makes a token work in its own shop only, and lets a forged or foreign
// token be refused without a query. Sent in a header (X-Cart-Token), never a cookie: a
// mini-program's wx.request keeps no cookie jar, and a header can't ride along cross-site.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

let cached: { secret: string; key: Buffer } | undefined;

/** A key of its own, so a cart token can't be replayed as any other signature of the app. */
function tokenKey(): Buffer {
  const secret = env().BETTER_AUTH_SECRET;
  if (!secret) throw new Error("BETTER_AUTH_SECRET is not set: cart tokens can't be signed (npm start sets one).");
  if (cached?.secret !== secret) cached = { secret, key: createHmac("sha256", secret).update("minishop/storefront-cart-token/v1").digest() };
  return cached.key;
}

const signature = (shopId: string, cartId: string) =>
  createHmac("sha256", tokenKey()).update(`${shopId}:${cartId}`).digest().subarray(0, 16).toString("base64url");

export function cartToken(shopId: string, cartId: string): string {
  return `${cartId}.${signature(shopId, cartId)}`;
}

// Cart ids are 18 random bytes in base64url (lib/cart/cart.ts): 24 characters.
const TOKEN = /^([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{22})$/;

/** The cart id a token names in this shop, or null (malformed, forged, or another shop's). Constant-time. */
export function cartIdFromToken(shopId: string, token: string | null | undefined): string | null {
  const match = typeof token === "string" ? TOKEN.exec(token.trim()) : null;
  if (!match) return null;
  const [, cartId, given] = match as unknown as [string, string, string];
  const expected = Buffer.from(signature(shopId, cartId));
  return timingSafeEqual(expected, Buffer.from(given)) ? cartId : null;
}
