// Which cart is the shopper's, for route handlers, server actions and the dynamic pages
// (cart, checkout). A guest's cart id lives in an httpOnly cookie, one per shop; a signed-in
// shopper's cart is found by their account, and a guest cart they still hold a cookie for is
// merged into it the first time they read their cart after signing in.
import "server-only";
import { cookies } from "next/headers";
import { getCurrentUser } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { addCounted, addToNewCart, deleteCart, findUserCart, mergeCarts } from "./cart";

const CART_DAYS = 30;

export const cartCookieName = (shopId: string) => `cart_${shopId}`;

// Secure wherever the app is served over https (as better-auth decides for its session
// cookie): a Secure cookie would be dropped on a plain-http `npm start` reached by LAN address.
function cookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, secure: env().APP_URL.startsWith("https://"), path: "/", maxAge: CART_DAYS * 24 * 3600 };
}

// Cart ids are 18 random bytes in base64url (lib/cart/cart.ts); anything else is not worth a query.
const looksLikeCartId = (value: string | undefined): value is string => !!value && /^[A-Za-z0-9_-]{16,64}$/.test(value);

export type ShopperCart = { cartId: string | null; userId: string | null };

/**
 * The shopper's cart in this shop, or cartId null when they have none yet (adding to a cart
 * makes one: addToShopperCart). `writeCookies` is false where cookies can't be set (page
 * renders): the merge still happens, and a stale cookie is harmless (it names a cart that is
 * gone or not a guest's).
 */
export async function shopperCart(shopId: string, options: { writeCookies?: boolean } = {}): Promise<ShopperCart> {
  const { writeCookies = true } = options;
  const jar = await cookies();
  const name = cartCookieName(shopId);
  const cookieId = jar.get(name)?.value;
  // Only whose cart it is matters here: not its lines.
  const guestCart = looksLikeCartId(cookieId) ? await db.cart.findFirst({ where: { id: cookieId, shopId }, select: { id: true, userId: true } }) : null;
  const user = await getCurrentUser();

  if (user) {
    let cartId: string | null = null;
    if (guestCart && !guestCart.userId) cartId = (await mergeCarts(db, shopId, guestCart.id, user.id)).cartId;
    cartId ??= (await findUserCart(db, shopId, user.id))?.id ?? null;
    if (cookieId && writeCookies) jar.delete(name);
    return { cartId, userId: user.id };
  }

  return { cartId: guestCart && !guestCart.userId ? guestCart.id : null, userId: null };
}

/** After the order is paid: the cart's lines are bought, so the shopper starts afresh. */
export async function forgetShopperCart(shopId: string, cartId: string | null) {
  const jar = await cookies();
  if (cartId) await deleteCart(db, shopId, cartId);
  if (jar.get(cartCookieName(shopId))) jar.delete(cartCookieName(shopId));
}

/**
 * After the order is paid, where the shopper comes back from paying: the cart is bought. A guest's
 * cart is the one their cookie names (one statement, no session look-up beyond the cookie check);
 * a signed-in shopper's is found as shopperCart finds it.
 */
export async function forgetPaidCart(shopId: string) {
  if (await getCurrentUser()) return forgetShopperCart(shopId, (await shopperCart(shopId)).cartId);
  const jar = await cookies();
  const name = cartCookieName(shopId);
  const cookieId = jar.get(name)?.value;
  if (!cookieId) return;
  // userId null: a cart a shopper signed in to isn't a guest cookie's to delete.
  if (looksLikeCartId(cookieId)) await db.$executeRaw`DELETE FROM "Cart" WHERE id = ${cookieId} AND "shopId" = ${shopId} AND "userId" IS NULL`;
  jar.delete(name);
}

/**
 * "Add to cart": to the shopper's cart, or to a new one written with its first line in one
 * statement (a guest's gets its cookie). Throws CheckoutError for the route to answer.
 */
export async function addToShopperCart(shopId: string, input: { variantId: string; quantity?: number | string }) {
  const { cartId, userId } = await shopperCart(shopId);
  if (cartId) return { cartId, userId, ...(await addCounted(db, shopId, cartId, input, userId)) };
  const created = await addToNewCart(db, shopId, input, { userId });
  if (!userId) (await cookies()).set(cartCookieName(shopId), created.cartId, cookieOptions());
  return { cartId: created.cartId, userId, line: created.line, itemCount: created.line.quantity };
}
