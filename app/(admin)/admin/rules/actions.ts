"use server";
// Editing the platform's rules: administrators only (permission "rules"; moderators get the
// 403 page), checked again inside each write by lib/moderation/rule-edits.ts.
import { refresh } from "next/cache";
import { adminAction } from "@/app/_entry/admin";
import { idSchema } from "@/lib/core/input";
import { parseInput } from "@/lib/core/errors";
import type { FormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { createRule, deleteRule, updateRule } from "@/lib/moderation/rule-edits";

export const createRuleAction = adminAction(
  "rules",
  async ({ admin }, _state: FormState, data: FormData) => {
    const rule = await createRule(db, admin.id, Object.fromEntries(data));
    refresh();
    return `Rule “${rule.value}” added.`;
  },
  { inputs: ["kind", "value", "level", "reason"] },
);

export const updateRuleAction = adminAction(
  "rules",
  async ({ admin }, ruleId: string, _state: FormState, data: FormData) => {
    const rule = await updateRule(db, admin.id, parseInput(idSchema(), ruleId), Object.fromEntries(data));
    refresh();
    return `Rule “${rule.value}” saved.`;
  },
  { inputs: ["level", "reason", "active"] },
);

export const deleteRuleAction = adminAction("rules", async ({ admin }, ruleId: string) => {
  const rule = await deleteRule(db, admin.id, parseInput(idSchema(), ruleId));
  refresh();
  return `Rule “${rule.value}” deleted.`;
});
