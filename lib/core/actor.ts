// Who acts on a shop: the caller as the entry wrapper resolved them through their membership
// (lib/shops/access.ts), never a shop id read from a form or a URL.
//
// Every merchant write checks the role again inside its own transaction (requireRole): the
// entry's check ran one query earlier and a membership can be removed or demoted meanwhile;
// the re-check is one indexed read per write, and merchants write rarely. See
// docs/decisions/0009-one-core.md.
import type { ShopRole } from "@/lib/generated/prisma/enums";
import { can, type ShopPermission } from "@/lib/shops/permissions";
import { AppError } from "./errors";
import type { Tx } from "./db";

export type ShopActor = { shopId: string; userId: string; role: ShopRole };

/**
 * Checks again, inside the write's transaction, that the actor holds `permission` in the
 * shop. A caller that passes the wrong shop id gets "not found" rather than someone's shop.
 * Returns the role as it is now.
 */
export async function requireRole(tx: Tx, actor: Pick<ShopActor, "shopId" | "userId">, permission: ShopPermission): Promise<ShopRole> {
  const member = await tx.shopMember.findUnique({
    where: { shopId_userId: { shopId: actor.shopId, userId: actor.userId } },
    select: { role: true },
  });
  if (!member) throw AppError.notFound("shop");
  if (!can(member.role, permission)) throw AppError.forbidden();
  return member.role;
}
