// The audit trail: who did what to which shop or record. Write it in the same transaction
// as the change it describes, so the log never claims a change that was rolled back.
// Append-only: the database refuses UPDATE, DELETE and TRUNCATE on "AuditLog" (admin_audit migration).
import type { Db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  shopId?: string | null;
  actorId?: string | null;
  action: string; // "<target>.<verb>", e.g. "shop.created", "product.published", "member.invited"
  targetType: string;
  targetId: string;
  data?: Prisma.InputJsonValue;
  reason?: string | null; // an admin's reason, e.g. why a shop was rejected
  before?: Prisma.InputJsonValue; // the changed fields before and after, e.g. { status: "IN_REVIEW" } → { status: "ACTIVE" }
  after?: Prisma.InputJsonValue;
};

export function recordAudit(db: Db, entry: AuditEntry) {
  return db.auditLog.create({
    data: {
      shopId: entry.shopId ?? null,
      actorId: entry.actorId ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      data: entry.data ?? {},
      reason: entry.reason ?? null,
      before: entry.before,
      after: entry.after,
    },
    select: { id: true },
  });
}
