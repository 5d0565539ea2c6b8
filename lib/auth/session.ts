// Who is asking, for pages, layouts and server actions. Each check redirects or stops
// the render itself, so a caller can't forget to act on the answer.
import "server-only";
import { getSessionCookie } from "better-auth/cookies";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { ShopRole } from "@/lib/generated/prisma/client";
import { auth } from "./auth";
import { safeNextPath } from "./next-path";

export type CurrentUser = { id: string; name: string; email: string; role: string };

/** The signed-in user, or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const requestHeaders = await headers(); // first: it marks the page dynamic before auth is touched
  // No session cookie, no session: guests (most shoppers) cost no session look-up.
  if (!getSessionCookie(requestHeaders)) return null;
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, name, email, role } = session.user;
  return { id, name, email, role: role ?? "user" };
});

/** The admin plugin allows several comma-separated roles. */
export function isAdmin(user: Pick<CurrentUser, "role">) {
  return user.role
    .split(",")
    .map((role) => role.trim())
    .includes("admin");
}

/** The signed-in user; a guest is sent to sign in and brought back to `nextPath`. */
export async function requireUser(nextPath: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(safeNextPath(nextPath))}`);
  return user;
}

/** A platform admin; any other signed-in user gets the 403 page. */
export async function requireAdmin(nextPath = "/admin"): Promise<CurrentUser> {
  const user = await requireUser(nextPath);
  if (!isAdmin(user)) forbidden();
  return user;
}

/**
 * The caller's membership of `shopId` with one of `roles`. Someone outside the shop
 * gets a 404, so shop ids can't be probed; a member without the role gets a 403.
 */
export async function requireShopMember(shopId: string, roles: readonly ShopRole[] = ["OWNER", "STAFF"], nextPath = "/dashboard") {
  const user = await requireUser(nextPath);
  const membership = await db.shopMember.findUnique({
    where: { shopId_userId: { shopId, userId: user.id } },
    select: { id: true, shopId: true, role: true },
  });
  if (!membership) notFound();
  if (!roles.includes(membership.role)) forbidden();
  return { user, membership };
}
