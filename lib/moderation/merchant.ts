// What a shop's team sees of moderation and may do: a held product's state and reason in the
// product list and editor, and one appeal per takedown.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { requireRole, type ShopActor } from "@/lib/core/actor";
import { transaction, type Db } from "@/lib/core/db";
import { AppError, isUniqueViolation, parseInput } from "@/lib/core/errors";
import { lockProduct } from "./cases";
import { appealSchema } from "./schemas";

export type ProductHold = {
  state: "PENDING" | "TAKEN_DOWN" | "REJECTED";
  /** PENDING: what matched; TAKEN_DOWN: the admin's reason; REJECTED: why the review declined it. */
  reason: string;
  appeal: { status: "OPEN" | "APPROVED" | "REJECTED"; resolution: string | null } | null;
};

/**
 * The platform's hold on each of the shop's products among `ids` that has one: waiting for
 * review, taken down (with its appeal), or declined at its last review and not published since.
 */
export async function productHolds(db: Db, shopId: string, ids: string[]): Promise<Map<string, ProductHold>> {
  const holds = new Map<string, ProductHold>();
  if (!ids.length) return holds;
  const products = await db.product.findMany({
    where: { shopId, id: { in: ids }, OR: [{ moderationState: { in: ["PENDING", "TAKEN_DOWN"] } }, { moderationState: "NONE", status: { not: "ACTIVE" } }] },
    select: {
      id: true,
      moderationState: true,
      moderationCases: {
        where: { kind: { in: ["PRODUCT_REVIEW", "TAKEDOWN", "APPEAL"] } },
        orderBy: { createdAt: "desc" },
        take: 3,
        select: { kind: true, status: true, reason: true, resolution: true },
      },
    },
  });
  for (const p of products) {
    const latest = (kind: string) => p.moderationCases.find((c) => c.kind === kind);
    if (p.moderationState === "PENDING") holds.set(p.id, { state: "PENDING", reason: latest("PRODUCT_REVIEW")?.reason ?? "", appeal: null });
    else if (p.moderationState === "TAKEN_DOWN") {
      const down = latest("TAKEDOWN");
      const appeal = p.moderationCases[0]?.kind === "APPEAL" ? p.moderationCases[0] : null;
      holds.set(p.id, { state: "TAKEN_DOWN", reason: down?.reason ?? "", appeal: appeal && { status: appeal.status, resolution: appeal.resolution } });
    } else if (p.moderationCases[0]?.kind === "PRODUCT_REVIEW" && p.moderationCases[0].status === "REJECTED")
      holds.set(p.id, { state: "REJECTED", reason: p.moderationCases[0].resolution ?? "", appeal: null });
  }
  return holds;
}

/** The merchant appeals a takedown, once: a second appeal on the same takedown is refused. */
export async function appealTakedown(db: Db, actor: ShopActor, productId: string, input: unknown) {
  const { message } = parseInput(appealSchema, input);
  const once = () => AppError.conflict({ form: "You have already appealed this takedown. Only one appeal is possible; its decision is final." });
  try {
    return await transaction(db, async (tx) => {
      await requireRole(tx, actor, "catalog");
      const product = await lockProduct(tx, productId, actor.shopId);
      if (product.moderationState !== "TAKEN_DOWN") throw AppError.invalid({ form: "This product is not taken down: there is nothing to appeal." });
      const down = await tx.moderationCase.findFirst({
        where: { productId, kind: "TAKEDOWN" },
        orderBy: { createdAt: "desc" },
        select: { id: true, createdAt: true },
      });
      const earlier = await tx.moderationCase.count({ where: { productId, kind: "APPEAL", createdAt: { gte: down?.createdAt ?? new Date(0) } } });
      if (earlier) throw once();
      const appeal = await tx.moderationCase.create({
        data: { shopId: actor.shopId, productId, kind: "APPEAL", reason: message, openedById: actor.userId },
        select: { id: true },
      });
      await recordAudit(tx, {
        shopId: actor.shopId,
        actorId: actor.userId,
        action: "product.appealed",
        targetType: "product",
        targetId: productId,
        data: { title: product.title, caseId: appeal.id, takedownId: down?.id ?? null },
        reason: message,
      });
      return appeal;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw once();
    throw error;
  }
}
