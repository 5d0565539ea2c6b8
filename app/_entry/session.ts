// Who is asking, for pages, layouts, server actions and route handlers: the only place that
// reads the session from the request (lib/ takes the user as an argument). Each `require*`
// redirects or stops the render itself, so a caller can't forget to act on the answer.
import "server-only";
import { getSessionCookie } from "better-auth/cookies";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { canAdmin, type AdminPermission } from "@/lib/admin/roles";
import { auth } from "@/lib/auth/auth";
import { safeNextPath } from "@/lib/auth/next-path";
import { isAdmin, type CurrentUser } from "@/lib/auth/user";

export { isAdmin, type CurrentUser };

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

/** The signed-in user; a guest is sent to sign in and brought back to `nextPath`. */
export async function requireUser(nextPath: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(safeNextPath(nextPath))}`);
  return user;
}

/** A platform admin holding `permission`; any other signed-in user gets the 403 page. */
export async function requireAdmin(nextPath = "/admin", permission: AdminPermission = "console"): Promise<CurrentUser> {
  const user = await requireUser(nextPath);
  if (!canAdmin(user.role, permission)) forbidden();
  return user;
}
