// What lib/shops functions take: the app's client (they open their own transactions) and
// the caller as the access gate resolved them, never a shop id read from a form.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ShopError } from "./errors";
import { can, type ShopPermission } from "./permissions";

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

/** The caller acting on a shop: from requireShopAccess / shopAccessForApi (see shopActor). */
export type ShopActor = { shopId: string; userId: string };

export function transaction<T>(db: Db, fn: (tx: Tx) => Promise<T>) {
  return db.$transaction(fn, { timeout: 15_000, maxWait: 10_000 });
}

/**
 * Checks again, inside the write's transaction, that the actor holds `permission` in the
 * shop: the page's check is one request earlier and a membership can be removed meanwhile,
 * and a caller that passes the wrong shop id gets "not found" rather than someone's shop.
 */
export async function requireRole(tx: Tx, actor: ShopActor, permission: ShopPermission) {
  const member = await tx.shopMember.findUnique({
    where: { shopId_userId: { shopId: actor.shopId, userId: actor.userId } },
    select: { role: true },
  });
  if (!member) throw ShopError.notFound();
  if (!can(member.role, permission)) throw ShopError.forbidden();
  return member.role;
}

/** Locks the shop row until the transaction ends: serialises edits with each other and with checkout (which bumps nextOrderNumber). */
export async function lockShop(tx: Tx, shopId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Shop" WHERE id = ${shopId} FOR UPDATE`;
  if (!rows.length) throw ShopError.notFound();
}
