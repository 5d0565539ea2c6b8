// The entries of the platform admin console: every admin server action goes through
// adminAction, which checks the caller holds the admin permission it needs (guests sign in,
// anyone else, a moderator asking for an administrator's action included, gets the 403 page)
// and answers AppErrors as form messages.
import "server-only";
import { canAdmin, type AdminPermission } from "@/lib/admin/roles";
import { AppError, msg } from "@/lib/core/errors";
import type { FormState } from "@/lib/core/form-state";
import { errorResponse } from "@/lib/core/respond";
import { signedInAction, type UserContext } from "./merchant";
import { getCurrentUser, requireAdmin, type CurrentUser } from "./session";

export type AdminContext = { admin: UserContext["user"]; changed: UserContext["changed"] };

export function adminAction<A extends unknown[]>(
  permission: AdminPermission,
  handler: (ctx: AdminContext, ...args: A) => Promise<FormState | string | void>,
  options: { inputs?: readonly string[] } = {},
) {
  return signedInAction(
    () => requireAdmin("/admin", permission),
    ({ user, changed }, ...args: A) => handler({ admin: user, changed }, ...args),
    options,
  );
}

/**
 * An admin route handler under /api/admin/…, opened by a link or fetch: JSON errors, never a
 * redirect (401 for guests, 403 without `permission`), errors in the one JSON shape.
 */
export function adminRoute(permission: AdminPermission, handler: (ctx: { admin: CurrentUser; request: Request }) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    try {
      const admin = await getCurrentUser();
      if (!admin) throw new AppError("unauthenticated", { form: msg("unauthenticated") });
      if (!canAdmin(admin.role, permission)) throw AppError.forbidden("You need the platform's admin permission for this.");
      return await handler({ admin, request });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
