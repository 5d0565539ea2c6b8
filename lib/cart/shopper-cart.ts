// The shopper's cart as every entry point reaches it: by a cart identity, a plain value the
// entry resolves from what the shopper holds (the web storefront: a cookie and the session,
// app/_entry/storefront.ts; the Storefront API: a cart token). The functions check the rest:
// a cart id that isn't in this shop, or is a signed-in shopper's and not theirs, is no cart.
import "server-only";
import type { Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { addCounted, addToNewCart, findUserCart, getCart, mergeCarts, removeLine, setQuantity } from "./cart";
import { priceCart } from "./price-cart";

/** Whose cart: the cart's id (null: none yet) and the signed-in shopper's id (null: a guest). */
export type CartIdentity = { cartId: string | null; userId: string | null };

/**
 * The identity of a shopper holding `guestCartId` (a guest cart they were given, or null) and
 * signed in as `userId` (or null). Signed in, a guest cart they still hold is merged into
 * theirs; `dropGuestCart` then says the guest's key can go (the cart it named is merged or
 * not a guest's). One look-up for a signed-in shopper; none for a guest.
 */
export async function resolveCart(db: Db, shopId: string, held: { guestCartId: string | null; userId: string | null }) {
  const { guestCartId, userId } = held;
  if (!userId) return { cart: { cartId: guestCartId, userId: null } satisfies CartIdentity, dropGuestCart: false };
  // Only whose cart it is matters here: not its lines.
  const guest = guestCartId ? await db.cart.findFirst({ where: { id: guestCartId, shopId }, select: { id: true, userId: true } }) : null;
  let cartId: string | null = null;
  if (guest && !guest.userId) cartId = (await mergeCarts(db, shopId, guest.id, userId)).cartId;
  cartId ??= (await findUserCart(db, shopId, userId))?.id ?? null;
  return { cart: { cartId, userId } satisfies CartIdentity, dropGuestCart: !!guestCartId };
}

/** The cart as the shopper sees it (priced now), or none, and how many items it holds. */
export async function readCart(db: Db, shopId: string, who: CartIdentity) {
  const cart = who.cartId ? await priceCart(db, shopId, who.cartId, who.userId) : null;
  return { cart, itemCount: cart?.itemCount ?? 0 };
}

/** Only the number of items (the header's badge): no prices read. */
export async function countCartItems(db: Db, shopId: string, who: CartIdentity): Promise<number> {
  const cart = who.cartId ? await getCart(db, shopId, who.cartId, who.userId) : null;
  return cart?.lines.reduce((sum, l) => sum + l.quantity, 0) ?? 0;
}

type AddInput = { variantId: unknown; quantity?: unknown };

/**
 * "Add to cart": to the shopper's cart or, when they have none, to a new one written with its
 * first line in one statement. A cart id that names no cart of theirs in this shop (paid,
 * merged, another shop's) is refused (not_found), or with `replaceGone` (a stale cookie) gets a
 * new cart. `created`: a new cart, whose id the entry hands the guest (cookie, cart token).
 * Throws AppError: not_found, unavailable (shop closed, item not for sale), invalid.
 */
export async function addToCart(db: Db, shopId: string, who: CartIdentity, input: AddInput, options: { replaceGone?: boolean } = {}) {
  const wanted = input as { variantId: string; quantity?: number | string };
  if (who.cartId) {
    try {
      return { cartId: who.cartId, created: false, ...(await addCounted(db, shopId, who.cartId, wanted, who.userId)) };
    } catch (error) {
      if (!(options.replaceGone && error instanceof AppError && error.code === "not_found")) throw error;
    }
  }
  const added = await addToNewCart(db, shopId, wanted, { userId: who.userId });
  return { cartId: added.cartId, created: true, line: added.line, itemCount: added.line.quantity };
}

/** Sets a line's quantity (0 removes it). Throws not_found for a line not in the shopper's cart. */
export async function setCartLine(db: Db, shopId: string, who: CartIdentity, lineId: string, quantity: unknown) {
  if (!who.cartId) throw AppError.notFound("cartLine");
  await setQuantity(db, shopId, who.cartId, { lineId, quantity: quantity as number }, who.userId);
}

export async function removeCartLine(db: Db, shopId: string, who: CartIdentity, lineId: string) {
  if (!who.cartId) throw AppError.notFound("cartLine");
  await removeLine(db, shopId, who.cartId, lineId, who.userId);
}

/**
 * After the order is paid: its lines are bought, so the cart goes — only if it is the
 * shopper's (a cart someone signed in to isn't a guest key's to delete). One statement.
 */
export async function forgetCart(db: Db, shopId: string, who: CartIdentity) {
  if (!who.cartId) return;
  await db.$executeRaw`DELETE FROM "Cart" WHERE id = ${who.cartId} AND "shopId" = ${shopId} AND "userId" IS NOT DISTINCT FROM ${who.userId}::text`;
}
