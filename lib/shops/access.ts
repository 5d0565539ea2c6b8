// The one gate for merchant pages and server actions: resolves the shop *through the
// caller's membership* and checks a named permission. Every dashboard page and action
// calls it itself (an action is a public endpoint; the layout's check doesn't cover it).
import "server-only";
import { cache } from "react";
import { forbidden, notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { getCurrentUser, requireUser, type CurrentUser } from "@/lib/auth/session";
import { can, type ShopPermission } from "./permissions";

export type ShopAccess = {
  user: CurrentUser;
  role: "OWNER" | "STAFF";
  shop: { id: string; slug: string; name: string; currency: string; status: string; defaultLocale: string; themeColor: string; logoUrl: string | null };
};

const membership = cache(async (userId: string, shopSlug: string) =>
  db.shopMember.findFirst({
    where: { userId, shop: { slug: shopSlug } },
    select: {
      role: true,
      shop: { select: { id: true, slug: true, name: true, currency: true, status: true, defaultLocale: true, themeColor: true, logoUrl: true } },
    },
  }),
);

/**
 * The caller's access to the shop `shopSlug` with `permission`. A guest is sent to sign in;
 * someone outside the shop gets a 404 (shops can't be probed); a member without the
 * permission gets a 403.
 */
export async function requireShopAccess(shopSlug: string, permission: ShopPermission): Promise<ShopAccess> {
  const user = await requireUser(`/dashboard/${shopSlug}`);
  const member = await membership(user.id, shopSlug);
  if (!member) notFound();
  if (!can(member.role, permission)) forbidden();
  return { user, role: member.role, shop: member.shop };
}

/** What lib/shops write functions take: the shop as the gate resolved it, never one read from a form. */
export function shopActor(access: Pick<ShopAccess, "user" | "shop">) {
  return { shopId: access.shop.id, userId: access.user.id };
}

export type ApiShopAccess =
  { ok: true; user: CurrentUser; role: "OWNER" | "STAFF"; shop: { id: string; slug: string } } | { ok: false; status: 401 | 403 | 404; error: string };

/**
 * The same gate for route handlers, by shop id: it answers instead of redirecting, so the
 * route can reply with JSON (a fetch that follows a redirect to the sign-in page gets HTML).
 * Someone outside the shop gets 404, as on the pages.
 */
export async function shopAccessForApi(shopId: string, permission: ShopPermission): Promise<ApiShopAccess> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, status: 401, error: "Your session has ended: sign in again." };
  const member = await db.shopMember.findUnique({
    where: { shopId_userId: { shopId, userId: user.id } },
    select: { role: true, shop: { select: { id: true, slug: true } } },
  });
  if (!member) return { ok: false, status: 404, error: "Shop not found." };
  if (!can(member.role, permission)) return { ok: false, status: 403, error: "Your role in this shop doesn't allow this." };
  return { ok: true, user, role: member.role, shop: member.shop };
}

/** The shops the user belongs to, for the shop switcher. */
export async function listMyShops(userId: string) {
  return db.shopMember.findMany({
    where: { userId },
    orderBy: { shop: { name: "asc" } },
    select: { role: true, shop: { select: { id: true, slug: true, name: true, status: true } } },
  });
}
