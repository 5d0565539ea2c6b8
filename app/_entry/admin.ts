// The entries of the platform admin console: every admin server action goes through
// adminAction, which checks the caller is an admin (guests sign in, others get the 403 page)
// and answers AppErrors as form messages.
import "server-only";
import type { FormState } from "@/lib/core/form-state";
import { signedInAction, type UserContext } from "./merchant";
import { requireAdmin } from "./session";

export type AdminContext = { admin: UserContext["user"]; changed: UserContext["changed"] };

export function adminAction<A extends unknown[]>(handler: (ctx: AdminContext, ...args: A) => Promise<FormState | string | void>) {
  return signedInAction(
    () => requireAdmin("/admin"),
    ({ user, changed }, ...args: A) => handler({ admin: user, changed }, ...args),
  );
}
