// The signed-in user as every entry point passes it to lib/ (app/_entry/session.ts reads it
// from the request).
export type CurrentUser = { id: string; name: string; email: string; role: string };

/** The admin plugin allows several comma-separated roles. */
export function isAdmin(user: Pick<CurrentUser, "role">) {
  return user.role
    .split(",")
    .map((role) => role.trim())
    .includes("admin");
}
