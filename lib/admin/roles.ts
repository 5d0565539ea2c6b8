// The platform's own staff: an administrator may do everything, including managing admins; a
// moderator works the queues and enforces (review, warn, suspend…) but edits neither the
// platform's rules nor its team. Stored in
// better-auth's `user.role` (comma-separated roles, the admin plugin's format).
import type { Tx } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";

export const ADMIN_ROLES = ["admin", "moderator"] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];
export type AdminPermission = "console" | "review" | "enforce" | "rules" | "manageAdmins";

const GRANTS: Record<AdminRole, readonly AdminPermission[]> = {
  admin: ["console", "review", "enforce", "rules", "manageAdmins"],
  moderator: ["console", "review", "enforce"],
};

export const ADMIN_ROLE_LABELS: Record<AdminRole, string> = { admin: "Administrator", moderator: "Moderator" };

const rolesOf = (role: string | null | undefined) => (role ?? "").split(",").map((r) => r.trim());

/** The platform role a `user.role` value grants (administrator wins over moderator), or null. */
export function adminRoleOf(role: string | null | undefined): AdminRole | null {
  const roles = rolesOf(role);
  return ADMIN_ROLES.find((r) => roles.includes(r)) ?? null;
}

export function canAdmin(role: string | null | undefined, permission: AdminPermission) {
  const adminRole = adminRoleOf(role);
  return adminRole !== null && GRANTS[adminRole].includes(permission);
}

/** `role` with its platform role replaced by `next` (null: none), other roles kept. */
export function withAdminRole(role: string | null | undefined, next: AdminRole | null) {
  const kept = rolesOf(role).filter((r) => r && r !== "user" && !(ADMIN_ROLES as readonly string[]).includes(r));
  const roles = next ? [next, ...kept] : kept;
  return roles.length ? roles.join(",") : "user";
}

/**
 * Checks again, inside the write's transaction, that `userId` holds `permission`: the entry's
 * check read the session, and an admin may have been demoted meanwhile.
 */
export async function requireAdminPermission(tx: Tx, userId: string, permission: AdminPermission) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!canAdmin(user?.role, permission)) throw AppError.forbidden();
  return adminRoleOf(user?.role) as AdminRole;
}
