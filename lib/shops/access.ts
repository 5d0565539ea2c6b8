// The one access rule for merchants: the shop is resolved *through the caller's membership*
// and the membership's role must hold a named permission. Entry wrappers (app/_entry/merchant.ts)
// call it for every dashboard page, server action and merchant route handler; someone outside
// the shop gets "not found" (shops can't be probed), a member without the permission "forbidden".
import "server-only";
import type { CurrentUser } from "@/lib/auth/user";
import type { ShopActor } from "@/lib/core/actor";
import type { Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import type { ShopRole } from "@/lib/generated/prisma/enums";
import { can, type ShopPermission } from "./permissions";

const SHOP_FIELDS = {
  id: true,
  slug: true,
  name: true,
  currency: true,
  status: true,
  defaultLocale: true,
  timeZone: true,
  themeColor: true,
  logoUrl: true,
} as const;

export type AccessShop = {
  id: string;
  slug: string;
  name: string;
  currency: string;
  status: string;
  defaultLocale: string;
  /** IANA zone the merchant reads dates in (dashboard dates, figures). */
  timeZone: string;
  themeColor: string;
  logoUrl: string | null;
};

export type ShopAccess = { user: CurrentUser; role: ShopRole; shop: AccessShop; actor: ShopActor };

/** The user's membership of the shop named by slug or id, or null. */
export function findMembership(db: Db, userId: string, shop: { slug: string } | { id: string }) {
  return db.shopMember.findFirst({
    where: { userId, shop: "id" in shop ? { id: shop.id } : { slug: shop.slug } },
    select: { role: true, shop: { select: SHOP_FIELDS } },
  });
}

/** Checks a membership found by findMembership: throws AppError not_found / forbidden. */
export function checkAccess(user: CurrentUser, member: Awaited<ReturnType<typeof findMembership>>, permission: ShopPermission): ShopAccess {
  if (!member) throw AppError.notFound("shop");
  if (!can(member.role, permission)) throw AppError.forbidden();
  return { user, role: member.role, shop: member.shop, actor: { shopId: member.shop.id, userId: user.id, role: member.role } };
}

/** The user's access to a shop with `permission`; throws AppError not_found / forbidden. */
export async function shopAccess(db: Db, user: CurrentUser, shop: { slug: string } | { id: string }, permission: ShopPermission): Promise<ShopAccess> {
  return checkAccess(user, await findMembership(db, user.id, shop), permission);
}

/** The shops the user belongs to: by name (the shop switcher) or in the order they joined (the dashboard's list). */
export async function listMyShops(db: Db, userId: string, order: "name" | "joined" = "name") {
  return db.shopMember.findMany({
    where: { userId },
    orderBy: order === "name" ? { shop: { name: "asc" } } : { createdAt: "asc" },
    select: { role: true, shop: { select: { id: true, slug: true, name: true, status: true } } },
  });
}
