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

const SHOP_FIELDS = { id: true, slug: true, name: true, currency: true, status: true, defaultLocale: true, themeColor: true, logoUrl: true } as const;

export type AccessShop = {
  id: string;
  slug: string;
  name: string;
  currency: string;
  status: string;
  defaultLocale: string;
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

/** The shops the user belongs to, for the shop switcher. */
export async function listMyShops(db: Db, userId: string) {
  return db.shopMember.findMany({
    where: { userId },
    orderBy: { shop: { name: "asc" } },
    select: { role: true, shop: { select: { id: true, slug: true, name: true, status: true } } },
  });
}

// TEMPORARY (issue 8 migration): the old gate, until every caller uses app/_entry/merchant.ts.
import { forbidden as nextForbidden, notFound as nextNotFound } from "next/navigation";
import { getCurrentUser, requireUser } from "@/app/_entry/session";
import { db as appDb } from "@/lib/db/client";

export async function requireShopAccess(shopSlug: string, permission: ShopPermission): Promise<ShopAccess> {
  const user = await requireUser(`/dashboard/${shopSlug}`);
  const member = await findMembership(appDb, user.id, { slug: shopSlug });
  if (!member) nextNotFound();
  if (!can(member.role, permission)) nextForbidden();
  return checkAccess(user, member, permission);
}

export function shopActor(access: Pick<ShopAccess, "user" | "shop">) {
  return { shopId: access.shop.id, userId: access.user.id };
}

export type ApiShopAccess = (ShopAccess & { ok: true }) | { ok: false; status: 401 | 403 | 404; error: string };

export async function shopAccessForApi(shopId: string, permission: ShopPermission): Promise<ApiShopAccess> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, status: 401, error: "Your session has ended: sign in again." };
  const member = await findMembership(appDb, user.id, { id: shopId });
  if (!member) return { ok: false, status: 404, error: "Shop not found." };
  if (!can(member.role, permission)) return { ok: false, status: 403, error: "Your role in this shop doesn't allow this." };
  return { ok: true, ...checkAccess(user, member, permission) };
}
