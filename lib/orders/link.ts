// The order status page is reached by a signed link: /s/<shop>/orders/<orderId>?token=<t>,
// t = HMAC-SHA256(orderId) under a key derived from BETTER_AUTH_SECRET. Whoever holds the link
// (the shopper's confirmation mail, their account's order list) sees the order; an order id
// alone, or a wrong token, gets a 404.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

let cached: { secret: string; key: Buffer } | undefined;

/** A key of its own for order links, so a token can't be replayed as any other signature of the app. */
function linkKey(): Buffer {
  const secret = env().BETTER_AUTH_SECRET;
  if (!secret) throw new Error("BETTER_AUTH_SECRET is not set: order links can't be signed (npm start sets one).");
  if (cached?.secret !== secret) cached = { secret, key: createHmac("sha256", secret).update("minishop/order-status-link/v1").digest() };
  return cached.key;
}

export function orderToken(orderId: string): string {
  return createHmac("sha256", linkKey()).update(orderId).digest("base64url");
}

/** Constant-time: the time taken says nothing about how much of a guessed token was right. */
export function verifyOrderToken(orderId: string, token: unknown): boolean {
  if (typeof token !== "string") return false;
  const expected = Buffer.from(orderToken(orderId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function orderStatusPath(shopSlug: string, orderId: string): string {
  return `/s/${shopSlug}/orders/${encodeURIComponent(orderId)}?token=${orderToken(orderId)}`;
}

/** The link as it goes into a mail: absolute, on APP_URL. */
export function orderStatusUrl(shopSlug: string, orderId: string): string {
  return new URL(orderStatusPath(shopSlug, orderId), env().APP_URL).toString();
}
