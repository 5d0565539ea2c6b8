// The entries of the platform admin console: every admin server action goes through
// adminAction, which checks the caller holds the admin permission it needs (guests sign in,
// anyone else, a moderator asking for an administrator's action included, gets the 403 page)
// and answers AppErrors as form messages.
import "server-only";
import type { AdminPermission } from "@/lib/admin/roles";
import type { FormState } from "@/lib/core/form-state";
import { signedInAction, type UserContext } from "./merchant";
import { requireAdmin } from "./session";

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
