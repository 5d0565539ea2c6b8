// Carts: one per guest (its id lives in an httpOnly cookie the route sets) or per signed-in
// shopper. A cart holds only variant ids and quantities; prices always come from the
// database when it is shown (priceCart) and again at checkout.
import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { CheckoutError, parseInput } from "@/lib/checkout/errors";
import { transaction, type Db, type Tx } from "@/lib/checkout/db";
import { availableUnits, lineProblem } from "./availability";

export const MAX_LINE_QUANTITY = 99;
export const MAX_CART_LINES = 50;

const quantity = (min: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z.number({ error: "Enter a quantity." }).int("Enter a whole number.").min(min, `Quantity must be between ${Math.max(min, 1)} and ${MAX_LINE_QUANTITY}.`).max(MAX_LINE_QUANTITY, `At most ${MAX_LINE_QUANTITY} of an item per order.`),
  );
const addSchema = z.object({ variantId: z.string().min(1, "Choose an item."), quantity: quantity(1).default(1) });
const setSchema = z.object({ lineId: z.string().min(1), quantity: quantity(0) });

const newCartId = () => randomBytes(18).toString("base64url");
const cartNotFound = () => CheckoutError.notFound("Cart");

/** Locks the cart row: serialises edits of one cart (line limit, merges). */
async function lockCart(tx: Tx, shopId: string, cartId: string, userId: string | null | undefined) {
  const rows = await tx.$queryRaw<{ id: string; userId: string | null }[]>`
    SELECT id, "userId" FROM "Cart" WHERE id = ${cartId} AND "shopId" = ${shopId} FOR UPDATE`;
  const cart = rows[0];
  // A shopper's cart is theirs alone: someone holding its id but not signed in as them gets nothing.
  if (!cart || (cart.userId && cart.userId !== userId)) throw cartNotFound();
  return cart;
}

const touch = (tx: Tx, cartId: string) => tx.cart.update({ where: { id: cartId }, data: { updatedAt: new Date() }, select: { id: true } });

/** A new empty cart; the id is 144 random bits, as it is the guest's only key to it. */
export function createCart(db: Db, shopId: string, options: { userId?: string | null } = {}) {
  return transaction(db, async (tx) => {
    const shop = await tx.shop.findUnique({ where: { id: shopId }, select: { status: true } });
    if (!shop) throw CheckoutError.notFound("Shop");
    if (shop.status !== "ACTIVE") throw new CheckoutError("unavailable", { form: "This shop isn't taking orders right now." });
    return tx.cart.create({ data: { id: newCartId(), shopId, userId: options.userId ?? null }, select: { id: true } });
  });
}

/** The cart with its lines, or null (unknown, another shop's, or another shopper's). */
export async function getCart(db: Db, shopId: string, cartId: string, userId?: string | null) {
  const cart = await db.cart.findFirst({
    where: { id: cartId, shopId },
    select: { id: true, userId: true, updatedAt: true, lines: { select: { id: true, variantId: true, quantity: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!cart || (cart.userId && cart.userId !== userId)) return null;
  return cart;
}

/** The signed-in shopper's most recent cart in this shop, or null. */
export function findUserCart(db: Db, shopId: string, userId: string) {
  return db.cart.findFirst({ where: { shopId, userId }, orderBy: { updatedAt: "desc" }, select: { id: true } });
}

/** Adds `quantity` of a variant (to the line already there, if any). */
export async function addLine(db: Db, shopId: string, cartId: string, input: { variantId: string; quantity?: number | string }, userId?: string | null) {
  const { variantId, quantity: add } = parseInput(addSchema, input);
  return transaction(db, async (tx) => {
    await lockCart(tx, shopId, cartId, userId);
    const variant = await tx.variant.findFirst({
      where: { id: variantId, shopId },
      select: { trackStock: true, stock: true, reserved: true, product: { select: { status: true } } },
    });
    const problem = lineProblem(variant && { ...variant, productStatus: variant.product.status }, 1);
    if (problem) throw new CheckoutError("unavailable", { variantId: problem.message });
    const existing = await tx.cartLine.findUnique({ where: { cartId_variantId: { cartId, variantId } }, select: { quantity: true } });
    const total = (existing?.quantity ?? 0) + add;
    if (total > MAX_LINE_QUANTITY) throw CheckoutError.invalid({ quantity: `At most ${MAX_LINE_QUANTITY} of an item per order.` });
    if (!existing && (await tx.cartLine.count({ where: { cartId, shopId } })) >= MAX_CART_LINES) {
      throw CheckoutError.invalid({ form: `A cart holds at most ${MAX_CART_LINES} different items.` });
    }
    const line = await tx.cartLine.upsert({
      where: { cartId_variantId: { cartId, variantId } },
      create: { shopId, cartId, variantId, quantity: total },
      update: { quantity: total },
      select: { id: true, variantId: true, quantity: true },
    });
    await touch(tx, cartId);
    return line;
  });
}

/** Sets a line's quantity; 0 removes the line. */
export async function setQuantity(db: Db, shopId: string, cartId: string, input: { lineId: string; quantity: number | string }, userId?: string | null) {
  const { lineId, quantity: next } = parseInput(setSchema, input);
  return transaction(db, async (tx) => {
    await lockCart(tx, shopId, cartId, userId);
    const where = { id: lineId, cartId, shopId };
    const { count } = next === 0 ? await tx.cartLine.deleteMany({ where }) : await tx.cartLine.updateMany({ where, data: { quantity: next } });
    if (!count) throw CheckoutError.notFound("Cart line");
    await touch(tx, cartId);
    return { lineId, quantity: next };
  });
}

export function removeLine(db: Db, shopId: string, cartId: string, lineId: string, userId?: string | null) {
  return setQuantity(db, shopId, cartId, { lineId, quantity: 0 }, userId);
}

/** Deletes a cart (after its order is paid, or when a shopper empties it). */
export async function deleteCart(db: Db, shopId: string, cartId: string) {
  await db.cart.deleteMany({ where: { id: cartId, shopId } });
}

/**
 * On sign-in: moves the guest cart's lines into the shopper's cart. Quantities add up, capped
 * at 99 and at the units available (never below what the shopper's cart already had); lines
 * no longer for sale are dropped. Returns the id of the cart the shopper now has.
 */
export async function mergeCarts(db: Db, shopId: string, guestCartId: string, userId: string): Promise<{ cartId: string }> {
  return transaction(db, async (tx) => {
    const [guest] = await tx.$queryRaw<{ id: string; userId: string | null }[]>`
      SELECT id, "userId" FROM "Cart" WHERE id = ${guestCartId} AND "shopId" = ${shopId} FOR UPDATE`;
    const own = await tx.cart.findFirst({ where: { shopId, userId }, orderBy: { updatedAt: "desc" }, select: { id: true } });
    if (guest?.userId === userId) return { cartId: guest.id };
    // No guest cart (or someone else's): the shopper keeps, or gets, a cart of their own.
    if (!guest || guest.userId) return { cartId: own?.id ?? (await tx.cart.create({ data: { id: newCartId(), shopId, userId }, select: { id: true } })).id };
    if (!own) {
      await tx.cart.update({ where: { id: guest.id }, data: { userId } });
      return { cartId: guest.id };
    }
    await lockCart(tx, shopId, own.id, userId);
    const [guestLines, ownLines] = await Promise.all([
      tx.cartLine.findMany({
        where: { cartId: guest.id, shopId },
        orderBy: { createdAt: "asc" },
        select: { variantId: true, quantity: true, variant: { select: { trackStock: true, stock: true, reserved: true, product: { select: { status: true } } } } },
      }),
      tx.cartLine.findMany({ where: { cartId: own.id, shopId }, select: { variantId: true, quantity: true } }),
    ]);
    const had = new Map(ownLines.map((l) => [l.variantId, l.quantity]));
    let lineCount = ownLines.length;
    for (const line of guestLines) {
      if (line.variant.product.status !== "ACTIVE") continue;
      const before = had.get(line.variantId) ?? 0;
      const available = availableUnits(line.variant);
      let merged = Math.min(MAX_LINE_QUANTITY, before + line.quantity);
      if (available !== null) merged = Math.min(merged, Math.max(available, before));
      if (merged <= before || (before === 0 && lineCount >= MAX_CART_LINES)) continue;
      if (before === 0) lineCount++;
      await tx.cartLine.upsert({
        where: { cartId_variantId: { cartId: own.id, variantId: line.variantId } },
        create: { shopId, cartId: own.id, variantId: line.variantId, quantity: merged },
        update: { quantity: merged },
        select: { id: true },
      });
    }
    await tx.cart.delete({ where: { id: guest.id } });
    await touch(tx, own.id);
    return { cartId: own.id };
  });
}

export { priceCart, type PricedCart, type PricedCartLine } from "./price-cart";
