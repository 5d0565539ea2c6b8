// The order status page is reached by a signed link: /s/<shop>/orders/<orderId>?token=<t>,
// t = HMAC-SHA256(orderId) under a key derived from BETTER_AUTH_SECRET. Whoever holds the link
// (the shopper's confirmation mail, their account's order list) sees the order; an order id
// alone, or a wrong token, gets a 404.
import "server-only";
import { signer } from "@/lib/core/signing";
import { env } from "@/lib/env";

/** A key of its own for order links, so a token can't be replayed as any other signature of the app. */
const links = signer("minishop/order-status-link/v1", "order links");

export function orderToken(orderId: string): string {
  return links.sign(orderId);
}

/** Constant-time: the time taken says nothing about how much of a guessed token was right. */
export function verifyOrderToken(orderId: string, token: unknown): boolean {
  return links.verify(orderId, token);
}

export function orderStatusPath(shopSlug: string, orderId: string): string {
  return `/s/${shopSlug}/orders/${encodeURIComponent(orderId)}?token=${orderToken(orderId)}`;
}

/** The link as it goes into a mail: absolute, on APP_URL. */
export function orderStatusUrl(shopSlug: string, orderId: string): string {
  return new URL(orderStatusPath(shopSlug, orderId), env().APP_URL).toString();
}
