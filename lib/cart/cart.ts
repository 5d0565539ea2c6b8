// Carts: one per guest (its id is the guest's only key to it: a cookie on the web, a cart
// token in the Storefront API) or per signed-in shopper. A cart holds only variant ids and
// quantities; prices always come from the database when it is shown (priceCart) and again at
// checkout. Functions taking a cart id refuse a shopper's cart to anyone but them.
import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { AppError, keyed, msg, parseInput, type Message } from "@/lib/core/errors";
import { fromJson, newId, transaction, type Db, type Tx } from "@/lib/core/db";
import { availableUnits, lineProblem, type LineProblem } from "./availability";

export const MAX_LINE_QUANTITY = 99;
export const MAX_CART_LINES = 50;

const quantity = (min: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z
      .number({ error: keyed("quantityRequired") })
      .int(keyed("quantityWhole"))
      .min(min, keyed("quantityRange", { min: Math.max(min, 1), max: MAX_LINE_QUANTITY }))
      .max(MAX_LINE_QUANTITY, keyed("quantityMax")),
  );
const addSchema = z.object({ variantId: z.string(keyed("variantRequired")).min(1, keyed("variantRequired")).max(64), quantity: quantity(1).default(1) });
const setSchema = z.object({ lineId: z.string().min(1).max(64), quantity: quantity(0) });

const newCartId = () => randomBytes(18).toString("base64url");
const cartNotFound = () => AppError.notFound("cart");

/** A line's problem as the message the shopper reads ("Only 2 left"). */
export function lineProblemMessage(problem: LineProblem): Message {
  if (problem.code === "insufficient_stock") return msg("onlyLeft", { count: problem.available });
  return msg(problem.code === "sold_out" ? "soldOut" : "lineUnavailable");
}

/** Locks the cart row: serialises edits of one cart (line limit, merges). */
async function lockCart(tx: Tx, shopId: string, cartId: string, userId: string | null | undefined) {
  const rows = await tx.$queryRaw<{ id: string; userId: string | null; shopStatus: string }[]>`
    SELECT c.id, c."userId", s.status::text AS "shopStatus" FROM "Cart" c JOIN "Shop" s ON s.id = c."shopId"
    WHERE c.id = ${cartId} AND c."shopId" = ${shopId} FOR UPDATE OF c`;
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
    if (!shop) throw AppError.notFound("shop");
    if (shop.status !== "ACTIVE") throw AppError.shopClosed();
    return tx.cart.create({ data: { id: newCartId(), shopId, userId: options.userId ?? null }, select: { id: true } });
  });
}

/** The cart with its lines, or null (unknown, another shop's, or another shopper's). */
export async function getCart(db: Db, shopId: string, cartId: string, userId?: string | null) {
  const [cart] = await db.$queryRaw<{ id: string; userId: string | null; updatedAt: Date; lines: CartLineRow[] | string }[]>`
    SELECT c.id, c."userId", c."updatedAt",
      COALESCE((SELECT json_agg(json_build_object('id', l.id, 'variantId', l."variantId", 'quantity', l.quantity) ORDER BY l."createdAt", l.id)
        FROM "CartLine" l WHERE l."cartId" = c.id), '[]'::json) AS lines
    FROM "Cart" c WHERE c.id = ${cartId} AND c."shopId" = ${shopId}`;
  if (!cart || (cart.userId && cart.userId !== userId)) return null;
  return { ...cart, lines: fromJson(cart.lines) as CartLineRow[] };
}

type CartLineRow = { id: string; variantId: string; quantity: number };

/** The signed-in shopper's most recent cart in this shop, or null. */
export function findUserCart(db: Db, shopId: string, userId: string) {
  return db.cart.findFirst({ where: { shopId, userId }, orderBy: { updatedAt: "desc" }, select: { id: true } });
}

type VariantState = { trackStock: boolean; stock: number; reserved: number; productStatus: string };

/** Why the variant can't go into a cart (lineProblem for one unit), as the error the route answers. */
function refuseVariant(variant: VariantState | null) {
  const problem = lineProblem(variant, 1);
  if (problem) throw new AppError("unavailable", { variantId: lineProblemMessage(problem) });
}

/** Adds `quantity` of a variant (to the line already there, if any). */
export async function addLine(db: Db, shopId: string, cartId: string, input: { variantId: string; quantity?: number | string }, userId?: string | null) {
  return (await addCounted(db, shopId, cartId, input, userId)).line;
}

/** addLine, also answering how many items the cart now holds (for the header's badge). */
export async function addCounted(db: Db, shopId: string, cartId: string, input: { variantId: string; quantity?: number | string }, userId?: string | null) {
  const { variantId, quantity: add } = parseInput(addSchema, input);
  return transaction(db, async (tx) => {
    const cart = await lockCart(tx, shopId, cartId, userId);
    if (cart.shopStatus !== "ACTIVE") throw AppError.shopClosed();
    // Read after the cart's lock (a statement of its own, so it sees every edit committed before
    // it); the line is written only if everything holds.
    const [row] = await tx.$queryRaw<
      {
        variant: VariantState | null;
        existing: number | null;
        lines: number;
        items: number;
        line: { id: string; variantId: string; quantity: number } | null;
      }[]
    >`
      WITH v AS (
        SELECT v."trackStock", v.stock, v.reserved, p.status::text AS "productStatus"
        FROM "Variant" v JOIN "Product" p ON p.id = v."productId" WHERE v.id = ${variantId} AND v."shopId" = ${shopId}
      ), existing AS (
        SELECT quantity FROM "CartLine" WHERE "cartId" = ${cartId} AND "variantId" = ${variantId}
      ), counted AS (
        SELECT count(*)::int AS lines, COALESCE(sum(quantity), 0)::int AS items FROM "CartLine" WHERE "cartId" = ${cartId} AND "shopId" = ${shopId}
      ), ok AS (
        SELECT COALESCE((SELECT quantity FROM existing), 0) + ${add}::int AS total FROM v, counted
        WHERE v."productStatus" = 'ACTIVE' AND (NOT v."trackStock" OR v.stock - v.reserved >= 1)
          AND COALESCE((SELECT quantity FROM existing), 0) + ${add}::int <= ${MAX_LINE_QUANTITY}::int
          AND (EXISTS (SELECT 1 FROM existing) OR counted.lines < ${MAX_CART_LINES}::int)
      ), line AS (
        INSERT INTO "CartLine" (id, "shopId", "cartId", "variantId", quantity)
        SELECT ${newId()}::text, ${shopId}::text, ${cartId}::text, ${variantId}::text, ok.total FROM ok
        ON CONFLICT ("cartId", "variantId") DO UPDATE SET quantity = EXCLUDED.quantity
        RETURNING id, "variantId", quantity
      ), touched AS (
        UPDATE "Cart" SET "updatedAt" = now() WHERE id = ${cartId} AND EXISTS (SELECT 1 FROM line)
      )
      SELECT (SELECT row_to_json(v) FROM v) AS variant, (SELECT quantity FROM existing) AS existing,
        (SELECT lines FROM counted) AS lines, (SELECT items FROM counted) AS items, (SELECT row_to_json(line) FROM line) AS line`;
    refuseVariant(row!.variant);
    if ((row!.existing ?? 0) + add > MAX_LINE_QUANTITY) throw AppError.invalid({ quantity: msg("quantityMax", { max: MAX_LINE_QUANTITY }) });
    if (row!.existing === null && row!.lines >= MAX_CART_LINES) throw AppError.invalid({ form: msg("cartFull", { max: MAX_CART_LINES }) });
    if (!row!.line) throw new Error(`Cart line for ${variantId} was not written`);
    // The items read before the write, with this line's new quantity in place of its old one.
    return { line: row!.line, itemCount: row!.items - (row!.existing ?? 0) + row!.line.quantity };
  });
}

/**
 * A new cart holding its first line, in one statement (the usual first "Add to cart"): the cart
 * is written only if the shop is open and the variant can be bought. The cart id is 144 random
 * bits, as it is a guest's only key to it.
 */
export async function addToNewCart(db: Db, shopId: string, input: { variantId: string; quantity?: number | string }, options: { userId?: string | null } = {}) {
  const { variantId, quantity } = parseInput(addSchema, input);
  const [row] = await db.$queryRaw<
    { shopStatus: string | null; variant: VariantState | null; line: { id: string; variantId: string; quantity: number; cartId: string } | null }[]
  >`
    WITH s AS (
      SELECT status::text AS status FROM "Shop" WHERE id = ${shopId}
    ), v AS (
      SELECT v."trackStock", v.stock, v.reserved, p.status::text AS "productStatus"
      FROM "Variant" v JOIN "Product" p ON p.id = v."productId" WHERE v.id = ${variantId} AND v."shopId" = ${shopId}
    ), cart AS (
      INSERT INTO "Cart" (id, "shopId", "userId", "updatedAt")
      SELECT ${newCartId()}::text, ${shopId}::text, ${options.userId ?? null}::text, now() FROM s, v
      WHERE s.status = 'ACTIVE' AND v."productStatus" = 'ACTIVE' AND (NOT v."trackStock" OR v.stock - v.reserved >= 1)
      RETURNING id
    ), line AS (
      INSERT INTO "CartLine" (id, "shopId", "cartId", "variantId", quantity)
      SELECT ${newId()}::text, ${shopId}::text, cart.id, ${variantId}::text, ${quantity}::int FROM cart
      RETURNING id, "variantId", quantity, "cartId"
    )
    SELECT (SELECT status FROM s) AS "shopStatus", (SELECT row_to_json(v) FROM v) AS variant, (SELECT row_to_json(line) FROM line) AS line`;
  if (!row?.shopStatus) throw AppError.notFound("shop");
  if (row.shopStatus !== "ACTIVE") throw AppError.shopClosed();
  refuseVariant(row.variant);
  if (!row.line) throw new Error(`The cart for ${variantId} was not written`);
  const { cartId, ...line } = row.line;
  return { cartId, line };
}

/** Sets a line's quantity; 0 removes the line. */
export async function setQuantity(db: Db, shopId: string, cartId: string, input: { lineId: string; quantity: number | string }, userId?: string | null) {
  const { lineId, quantity: next } = parseInput(setSchema, input);
  return transaction(db, async (tx) => {
    await lockCart(tx, shopId, cartId, userId);
    const where = { id: lineId, cartId, shopId };
    const { count } = next === 0 ? await tx.cartLine.deleteMany({ where }) : await tx.cartLine.updateMany({ where, data: { quantity: next } });
    if (!count) throw AppError.notFound("cartLine");
    await touch(tx, cartId);
    return { lineId, quantity: next };
  });
}

export function removeLine(db: Db, shopId: string, cartId: string, lineId: string, userId?: string | null) {
  return setQuantity(db, shopId, cartId, { lineId, quantity: 0 }, userId);
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
    const own = await findUserCart(tx, shopId, userId);
    if (guest?.userId === userId) return { cartId: guest.id };
    // No guest cart (or someone else's): the shopper keeps, or gets, a cart of their own.
    if (!guest || guest.userId) return { cartId: own?.id ?? (await tx.cart.create({ data: { id: newCartId(), shopId, userId }, select: { id: true } })).id };
    if (!own) {
      await tx.cart.update({ where: { id: guest.id }, data: { userId } });
      return { cartId: guest.id };
    }
    await lockCart(tx, shopId, own.id, userId);
    // One after the other: a transaction is one connection, which runs one query at a time.
    const guestLines = await tx.cartLine.findMany({
      where: { cartId: guest.id, shopId },
      orderBy: { createdAt: "asc" },
      select: {
        variantId: true,
        quantity: true,
        variant: { select: { trackStock: true, stock: true, reserved: true, product: { select: { status: true } } } },
      },
    });
    const ownLines = await tx.cartLine.findMany({ where: { cartId: own.id, shopId }, select: { variantId: true, quantity: true } });
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
