// Stock moves: conditional SQL per variant, rows locked in variant-id order (so two
// transactions never wait on each other's rows in a cycle). The CHECK constraint
// reserved <= stock (tracked variants) backs every one of them.
//   reserve: reserved += q, only if stock − reserved >= q (tracked)   — checkout starts
//   commit:  stock −= q (tracked), reserved −= q                     — payment succeeded (status.ts)
//   release: reserved −= q                                           — declined, abandoned, expired
// Untracked variants are reserved too, so that commit and release are the same for all.
import { lineProblem } from "@/lib/cart/availability";
import { lineProblemMessage } from "@/lib/cart/cart";
import type { Tx } from "@/lib/core/db";
import { AppError, msg, type Message } from "@/lib/core/errors";

/**
 * Quantity per variant, in id order (code-unit order, as SQL's COLLATE "C"): the order every
 * transaction locks variant rows in, so two never deadlock.
 */
export function quantitiesByVariant(lines: readonly { variantId: string | null; quantity: number }[]): [string, number][] {
  const totals = new Map<string, number>();
  for (const line of lines) if (line.variantId) totals.set(line.variantId, (totals.get(line.variantId) ?? 0) + line.quantity);
  return [...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export type StockLine = { key: string; variantId: string; quantity: number };
export type ReservedVariant = { id: string; productId: string; title: string; sku: string | null; priceAmount: number };

/** Reserves every line or none: throws AppError("out_of_stock") naming each line that can't be had. */
export async function reserveStock(tx: Tx, shopId: string, lines: readonly StockLine[]): Promise<Map<string, ReservedVariant>> {
  const reserved = new Map<string, ReservedVariant>();
  const wanted = quantitiesByVariant(lines);
  // One statement: the rows are locked in id order (no two checkouts wait on each other in a
  // cycle), then each is reserved only if its units are there. RETURNING the price read under
  // the lock: the order is priced as the stock was taken.
  const rows = await tx.$queryRaw<ReservedVariant[]>`
    WITH wanted AS (SELECT * FROM unnest(${wanted.map(([id]) => id)}::text[], ${wanted.map(([, q]) => q)}::int[]) AS w(id, quantity)),
    locked AS (
      SELECT v.id FROM "Variant" v JOIN wanted ON wanted.id = v.id WHERE v."shopId" = ${shopId}
      ORDER BY v.id COLLATE "C" FOR UPDATE OF v
    )
    UPDATE "Variant" v SET reserved = v.reserved + wanted.quantity, "updatedAt" = now()
    FROM wanted JOIN locked ON locked.id = wanted.id
    WHERE v.id = wanted.id AND (NOT v."trackStock" OR v.stock - v.reserved >= wanted.quantity)
    RETURNING v.id, v."productId", v.title, v.sku, v."priceAmount"`;
  for (const row of rows) reserved.set(row.id, row);
  const short = wanted.map(([id]) => id).filter((id) => !reserved.has(id));
  if (short.length) {
    // Nothing was taken (the transaction rolls back); tell the shopper what is left of each.
    const state = await tx.variant.findMany({
      where: { id: { in: short }, shopId },
      select: { id: true, trackStock: true, stock: true, reserved: true, product: { select: { status: true } } },
    });
    const fields: Record<string, Message> = {};
    for (const line of lines.filter((l) => short.includes(l.variantId))) {
      const v = state.find((s) => s.id === line.variantId);
      const total = lines.filter((l) => l.variantId === line.variantId).reduce((sum, l) => sum + l.quantity, 0);
      const problem = lineProblem(v ? { ...v, productStatus: v.product.status } : null, total);
      fields[`lines.${line.key}`] = problem ? lineProblemMessage(problem) : msg("notEnoughStock");
    }
    throw new AppError("out_of_stock", fields);
  }
  return reserved;
}

type Moved = readonly { variantId: string | null; quantity: number }[];

/** The checkout ended without payment: the reserved units are for sale again. */
export async function releaseStock(tx: Tx, shopId: string, lines: Moved) {
  for (const [variantId, quantity] of quantitiesByVariant(lines)) {
    await tx.$executeRaw`
      UPDATE "Variant" SET reserved = reserved - ${quantity}::int, "updatedAt" = now()
      WHERE id = ${variantId} AND "shopId" = ${shopId}`;
  }
}

/**
 * For a payment that arrived after its reservation was released: locks the variant rows and
 * says whether every line is still available. Nothing changes until sellStock.
 */
export async function lockAvailable(tx: Tx, shopId: string, lines: Moved): Promise<boolean> {
  if (lines.some((l) => !l.variantId)) return false; // a variant was deleted: can't ship it
  const wanted = quantitiesByVariant(lines);
  const ids = wanted.map(([id]) => id);
  const rows = await tx.$queryRaw<{ id: string; trackStock: boolean; stock: number; reserved: number }[]>`
    SELECT id, "trackStock", stock, reserved FROM "Variant" WHERE id = ANY(${ids}) AND "shopId" = ${shopId} ORDER BY id COLLATE "C" FOR UPDATE`;
  return wanted.every(([id, q]) => {
    const v = rows.find((r) => r.id === id);
    return !!v && (!v.trackStock || v.stock - v.reserved >= q);
  });
}

/** Sells straight from stock, without a reservation (after lockAvailable said yes). */
export async function sellStock(tx: Tx, shopId: string, lines: Moved) {
  for (const [variantId, quantity] of quantitiesByVariant(lines)) {
    await tx.$executeRaw`
      UPDATE "Variant" SET stock = CASE WHEN "trackStock" THEN stock - ${quantity}::int ELSE stock END, "updatedAt" = now()
      WHERE id = ${variantId} AND "shopId" = ${shopId}`;
  }
}

/** Units given back by a refund or a cancel go back on the shelf (tracked variants). */
export async function restockUnits(tx: Tx, shopId: string, lines: Moved) {
  for (const [variantId, quantity] of quantitiesByVariant(lines)) {
    await tx.$executeRaw`
      UPDATE "Variant" SET stock = CASE WHEN "trackStock" THEN stock + ${quantity}::int ELSE stock END, "updatedAt" = now()
      WHERE id = ${variantId} AND "shopId" = ${shopId}`;
  }
}
