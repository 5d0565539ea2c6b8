// Saving the merchant's own sites allowed to use their shop from a browser (Shop.allowedOrigins,
// see lib/shops/origins.ts): owners only, audited.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { requireRole, type ShopActor } from "@/lib/core/actor";
import { transaction, type Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { allowedOriginsSchema } from "./origins";

/** Replaces the shop's allowed origins (owners only). Returns whether they changed. */
export async function updateAllowedOrigins(db: Db, actor: ShopActor, text: unknown): Promise<{ origins: string[]; changed: boolean }> {
  const parsed = allowedOriginsSchema.safeParse(typeof text === "string" ? text : "");
  if (!parsed.success) throw AppError.invalid({ allowedOrigins: parsed.error.issues[0]!.message });
  const origins = parsed.data;
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "settings");
    const before = await tx.shop.findUniqueOrThrow({ where: { id: actor.shopId }, select: { allowedOrigins: true } });
    if (JSON.stringify(before.allowedOrigins) === JSON.stringify(origins)) return { origins, changed: false };
    await tx.shop.update({ where: { id: actor.shopId }, data: { allowedOrigins: origins }, select: { id: true } });
    await recordAudit(tx, {
      shopId: actor.shopId,
      actorId: actor.userId,
      action: "shop.origins_updated",
      targetType: "shop",
      targetId: actor.shopId,
      data: { allowedOrigins: origins },
    });
    return { origins, changed: true };
  });
}

export async function getAllowedOrigins(db: Db, shopId: string): Promise<string[]> {
  return (await db.shop.findUniqueOrThrow({ where: { id: shopId }, select: { allowedOrigins: true } })).allowedOrigins;
}
