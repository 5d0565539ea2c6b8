// The signed-in user as every entry point passes it to lib/ (app/_entry/session.ts reads it
// from the request).
import { adminRoleOf } from "@/lib/admin/roles";

export type CurrentUser = { id: string; name: string; email: string; role: string };

/** A platform admin of either role (administrator or moderator): the console is theirs. */
export function isAdmin(user: Pick<CurrentUser, "role">) {
  return adminRoleOf(user.role) !== null;
}
