// The product table's bulk actions as the dashboard runs them: the change and its audit
// entries in one transaction, so the log never claims a change that was rolled back.
// `actor` comes from the entry wrapper, never from the request; its role is checked again in
// the transaction.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { requireRole, type ShopActor } from "@/lib/core/actor";
import { transaction, type Db } from "@/lib/core/db";
import { AppError, parseInput } from "@/lib/core/errors";
import { deleteProducts, setProductsStatus } from "./products";
import { idListSchema } from "./schemas";

export type BulkStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

const VERB: Record<BulkStatus, string> = { ACTIVE: "published", DRAFT: "unpublished", ARCHIVED: "archived" };

/** Publishes, unpublishes or archives the shop's products among `ids`; others' ids are skipped. */
export async function bulkSetStatus(db: Db, actor: ShopActor, ids: string[], status: BulkStatus): Promise<{ count: number }> {
  const list = parseInput(idListSchema, ids);
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "catalog");
    const mine = await ownProducts(tx, actor.shopId, list);
    const result = await setProductsStatus(
      tx,
      actor.shopId,
      mine.map((p) => p.id),
      status,
    );
    for (const p of mine)
      await recordAudit(tx, {
        shopId: actor.shopId,
        actorId: actor.userId,
        action: `product.${VERB[status]}`,
        targetType: "product",
        targetId: p.id,
        data: { title: p.title, bulk: true },
      });
    return result;
  });
}

/**
 * Deletes the shop's products among `ids`, or none of them when one has units held by open
 * checkouts: the error then names every such product, so the merchant knows what to archive.
 */
export async function bulkDelete(db: Db, actor: ShopActor, ids: string[]): Promise<{ count: number }> {
  const list = parseInput(idListSchema, ids);
  try {
    return await transaction(db, async (tx) => {
      await requireRole(tx, actor, "catalog");
      const mine = await ownProducts(tx, actor.shopId, list);
      const result = await deleteProducts(
        tx,
        actor.shopId,
        mine.map((p) => p.id),
      );
      for (const p of mine)
        await recordAudit(tx, {
          shopId: actor.shopId,
          actorId: actor.userId,
          action: "product.deleted",
          targetType: "product",
          targetId: p.id,
          data: { title: p.title, bulk: true },
        });
      return result;
    });
  } catch (error) {
    if (!(error instanceof AppError && error.code === "conflict")) throw error;
    const held = await heldProductTitles(db, actor.shopId, list);
    if (!held.length) throw error;
    const names = held.length === 1 ? held[0] : `${held.slice(0, -1).join(", ")} and ${held.at(-1)}`;
    const them = held.length === 1 ? "it" : "them";
    throw AppError.conflict({
      ids: `Nothing was deleted: ${names} ${held.length === 1 ? "has" : "have"} units held by open checkouts. Archive ${them} instead, or delete ${them} once those checkouts end.`,
    });
  }
}

function ownProducts(db: Db, shopId: string, ids: string[]) {
  return db.product.findMany({ where: { shopId, id: { in: ids } }, select: { id: true, title: true }, orderBy: { id: "asc" } });
}

async function heldProductTitles(db: Db, shopId: string, ids: string[]) {
  const rows = await db.product.findMany({
    where: { shopId, id: { in: ids }, variants: { some: { reserved: { gt: 0 } } } },
    select: { title: true },
    orderBy: { title: "asc" },
  });
  return rows.map((r) => r.title);
}
