// The platform's team: administrators make people administrators or moderators, or take the
// role away. Every change is audited with the role before and after.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { transaction, type Db } from "@/lib/core/db";
import { AppError, parseInput } from "@/lib/core/errors";
import { ADMIN_ROLES, adminRoleOf, requireAdminPermission, withAdminRole } from "./roles";
import { adminRoleSchema } from "./schemas";

/** Everyone holding a platform role, administrators first, then by email. */
export async function listAdmins(db: Db) {
  const users = await db.user.findMany({
    where: { OR: ADMIN_ROLES.map((role) => ({ role: { contains: role } })) },
    orderBy: { email: "asc" },
    select: { id: true, name: true, email: true, role: true },
  });
  return users
    .map((user) => ({ ...user, adminRole: adminRoleOf(user.role) }))
    .filter((user) => user.adminRole !== null)
    .sort((a, b) => ADMIN_ROLES.indexOf(a.adminRole!) - ADMIN_ROLES.indexOf(b.adminRole!));
}

/** Gives the account with this email a platform role, or ("none") takes it away. Administrators only. */
export async function setAdminRole(db: Db, actorId: string, input: unknown) {
  const { email, role } = parseInput(adminRoleSchema, input);
  return transaction(db, async (tx) => {
    await requireAdminPermission(tx, actorId, "manageAdmins");
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, role: true } });
    if (!user) throw AppError.invalid({ email: "No account uses this email. They sign up first." });
    // Nobody demotes themselves: the platform must never lose its last administrator by accident.
    if (user.id === actorId) throw AppError.invalid({ role: "You can't change your own role. Ask another administrator." });
    const next = withAdminRole(user.role, role === "none" ? null : role);
    if (next === user.role) return { email: user.email, role: adminRoleOf(next), changed: false };
    await tx.user.update({ where: { id: user.id }, data: { role: next } });
    await recordAudit(tx, {
      actorId,
      action: "admin.role_changed",
      targetType: "user",
      targetId: user.id,
      before: { role: user.role },
      after: { role: next },
    });
    return { email: user.email, role: adminRoleOf(next), changed: true };
  });
}
