// The Storefront API's cart token: the cart's id and a signature binding it to its shop,
// `<cartId>.<HMAC-SHA256(shopId:cartId), 128 bits>`. The cart id alone is already 144 random
// bits; the signature makes a token work in its own shop only, and lets a forged or foreign
// token be refused without a query. Sent in a header (X-Cart-Token), never a cookie: a
// mini-program's wx.request keeps no cookie jar, and a header can't ride along cross-site.
import "server-only";
import { signer } from "@/lib/core/signing";

/** A key of its own, so a cart token can't be replayed as any other signature of the app. */
const tokens = signer("minishop/storefront-cart-token/v1", "cart tokens", { bytes: 16 });

const signed = (shopId: string, cartId: string) => `${shopId}:${cartId}`;

export function cartToken(shopId: string, cartId: string): string {
  return `${cartId}.${tokens.sign(signed(shopId, cartId))}`;
}

// Cart ids are 18 random bytes in base64url (lib/cart/cart.ts): 24 characters.
const TOKEN = /^([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{22})$/;

/** The cart id a token names in this shop, or null (malformed, forged, or another shop's). Constant-time. */
export function cartIdFromToken(shopId: string, token: string | null | undefined): string | null {
  const match = typeof token === "string" ? TOKEN.exec(token.trim()) : null;
  if (!match) return null;
  const [, cartId, given] = match as unknown as [string, string, string];
  return tokens.verify(signed(shopId, cartId), given) ? cartId : null;
}
