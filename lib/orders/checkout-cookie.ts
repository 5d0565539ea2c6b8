// Which order the shopper just sent to pay, for the provider's return pages (Stripe's success
// and cancel URLs can't carry our signed link). Signed like the status link, so a shopper
// can't point it at somebody else's order.
import "server-only";
import { env } from "@/lib/env";
import { orderToken, verifyOrderToken } from "./link";

export const checkoutCookie = {
  name: (shopId: string) => `checkout_${shopId}`,
  value: (orderId: string) => `${orderId}.${orderToken(orderId)}`,
  /** The order id, when the cookie is one we signed. */
  orderId(value: string | undefined): string | null {
    const dot = value?.lastIndexOf(".") ?? -1;
    if (!value || dot < 1) return null;
    const orderId = value.slice(0, dot);
    return verifyOrderToken(orderId, value.slice(dot + 1)) ? orderId : null;
  },
  options: () => ({ httpOnly: true, sameSite: "lax" as const, secure: env().APP_URL.startsWith("https://"), path: "/", maxAge: 24 * 3600 }),
};
