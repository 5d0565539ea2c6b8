// The Publish page's data: the shop's mini-program settings and its published versions.
// Publishing records a version (code + 1, a SemVer name above the last one) with the manifest
// it published; the packages read the catalogue live, so product edits need no new version.
import "server-only";
import semver from "semver";
import { recordAudit } from "@/lib/audit/log";
import type { ShopActor } from "@/lib/core/actor";
import { requireRole } from "@/lib/core/actor";
import { transaction, type Db } from "@/lib/core/db";
import { AppError, isUniqueViolation, parseInput } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { miniappSettingsSchema, publishSchema, type MiniappSettings } from "./forms";

const EMPTY: MiniappSettings = { wechatAppId: "", alipayAppId: "", apiBaseUrl: "" };
const SETTINGS_SELECT = { wechatAppId: true, alipayAppId: true, apiBaseUrl: true } as const;

export async function getMiniappSettings(db: Db, shopId: string): Promise<MiniappSettings> {
  return (await db.miniappSettings.findUnique({ where: { shopId }, select: SETTINGS_SELECT })) ?? EMPTY;
}

export async function saveMiniappSettings(db: Db, actor: ShopActor, input: unknown) {
  const data = parseInput(miniappSettingsSchema, input);
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "settings");
    await tx.miniappSettings.upsert({ where: { shopId: actor.shopId }, create: { shopId: actor.shopId, ...data }, update: data, select: { shopId: true } });
    await recordAudit(tx, { shopId: actor.shopId, actorId: actor.userId, action: "miniapp.settings_updated", targetType: "shop", targetId: actor.shopId });
    return data;
  });
}

export type PublishedVersion = { id: string; code: number; name: string; createdAt: Date };

/** Newest first. */
export function listVersions(db: Db, shopId: string, take = 50): Promise<PublishedVersion[]> {
  return db.miniappVersion.findMany({ where: { shopId }, orderBy: { code: "desc" }, take, select: { id: true, code: true, name: true, createdAt: true } });
}

export function latestVersion(db: Db, shopId: string) {
  return db.miniappVersion.findFirst({
    where: { shopId },
    orderBy: { code: "desc" },
    select: { id: true, code: true, name: true, createdAt: true, manifest: true },
  });
}

/** The name the form suggests: 1.0.0 first, then the last one's next patch. */
export function suggestedName(last: { name: string } | null): string {
  return last ? (semver.inc(last.name, "patch") ?? "1.0.0") : "1.0.0";
}

/**
 * Records the next version. `manifestFor` builds the manifest for the version being recorded
 * (its code is known only inside the transaction). Two publishes at once: the second waits on
 * the shop's row and then sees the first's code; the unique (shopId, code) key backs it up.
 */
export async function publishVersion(
  db: Db,
  actor: ShopActor,
  input: unknown,
  manifestFor: (version: { code: number; name: string }) => Prisma.InputJsonValue,
) {
  const { name } = parseInput(publishSchema, input);
  try {
    return await transaction(db, async (tx) => {
      await requireRole(tx, actor, "settings");
      // The shop's row, locked: two publishes take their turns and see each other's code.
      await tx.$queryRaw`SELECT id FROM "Shop" WHERE id = ${actor.shopId} FOR UPDATE`;
      const last = await tx.miniappVersion.findFirst({ where: { shopId: actor.shopId }, orderBy: { code: "desc" }, select: { code: true, name: true } });
      if (last && !semver.gt(name, last.name)) throw AppError.invalid({ name: `Use a version above ${last.name}` });
      const code = (last?.code ?? 0) + 1;
      const version = await tx.miniappVersion.create({
        data: { shopId: actor.shopId, code, name, manifest: manifestFor({ code, name }), publishedById: actor.userId },
        select: { id: true, code: true, name: true, createdAt: true },
      });
      await recordAudit(tx, {
        shopId: actor.shopId,
        actorId: actor.userId,
        action: "miniapp.published",
        targetType: "miniappVersion",
        targetId: version.id,
        data: { code, name },
      });
      return version;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw AppError.conflict({ name: "Another publish just took this version: reload and try again" });
    throw error;
  }
}

/** The products the Publish page offers QR codes for (active ones, by title). */
export function productLinks(db: Db, shopId: string, take = 100) {
  return db.product.findMany({ where: { shopId, status: "ACTIVE" }, orderBy: { title: "asc" }, take, select: { handle: true, title: true } });
}
