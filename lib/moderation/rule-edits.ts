// The platform's rules as administrators edit them at /admin/rules: add, change level, reason
// or active, delete. Only the "rules" permission (administrators; moderators are refused),
// checked again inside each write, and every change is in the audit log with before/after.
import "server-only";
import { requireAdminPermission } from "@/lib/admin/roles";
import { recordAudit } from "@/lib/audit/log";
import { transaction, type Db } from "@/lib/core/db";
import { AppError, isUniqueViolation, parseInput } from "@/lib/core/errors";
import { ruleKey } from "./rules";
import { ruleInputSchema, ruleUpdateSchema } from "./schemas";

/** Every rule, active first, then by level and value. */
export function listRules(db: Db) {
  return db.moderationRule.findMany({ orderBy: [{ active: "desc" }, { level: "asc" }, { key: "asc" }] });
}

const snapshot = (r: { kind: string; value: string; level: string; reason: string; active: boolean }) => ({
  kind: r.kind,
  value: r.value,
  level: r.level,
  reason: r.reason,
  active: r.active,
});

export async function createRule(db: Db, adminId: string, input: unknown) {
  const data = parseInput(ruleInputSchema, input);
  try {
    return await transaction(db, async (tx) => {
      await requireAdminPermission(tx, adminId, "rules");
      const rule = await tx.moderationRule.create({ data: { ...data, key: ruleKey(data.value), createdById: adminId } });
      await recordAudit(tx, {
        actorId: adminId,
        action: "rule.created",
        targetType: "moderation_rule",
        targetId: rule.id,
        reason: data.reason,
        after: snapshot(rule),
      });
      return rule;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw AppError.conflict({ value: `There is already a rule for “${data.value}”: change that one instead.` });
    throw error;
  }
}

export async function updateRule(db: Db, adminId: string, ruleId: string, input: unknown) {
  const data = parseInput(ruleUpdateSchema, input);
  return transaction(db, async (tx) => {
    await requireAdminPermission(tx, adminId, "rules");
    const before = await tx.moderationRule.findUnique({ where: { id: ruleId } });
    if (!before) throw AppError.invalid({ form: "This rule no longer exists: reload the page." });
    const rule = await tx.moderationRule.update({ where: { id: ruleId }, data });
    await recordAudit(tx, {
      actorId: adminId,
      action: "rule.updated",
      targetType: "moderation_rule",
      targetId: rule.id,
      reason: data.reason,
      before: snapshot(before),
      after: snapshot(rule),
    });
    return rule;
  });
}

export async function deleteRule(db: Db, adminId: string, ruleId: string) {
  return transaction(db, async (tx) => {
    await requireAdminPermission(tx, adminId, "rules");
    const before = await tx.moderationRule.findUnique({ where: { id: ruleId } });
    if (!before) throw AppError.invalid({ form: "This rule no longer exists: reload the page." });
    await tx.moderationRule.delete({ where: { id: ruleId } });
    await recordAudit(tx, { actorId: adminId, action: "rule.deleted", targetType: "moderation_rule", targetId: ruleId, before: snapshot(before) });
    return before;
  });
}
