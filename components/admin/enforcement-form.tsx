"use client";
// The one enforcement form of a shop's console page: the legal actions for its status, the
// rule and points when giving points, and the reason the merchant reads (notice and mail).
import { useState } from "react";
import { Field, FormAlert, SavedNote, SelectField, TextAreaField } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import type { FormState } from "@/lib/core/form-state";
import { enforcementFormSchema, PENALTY_RULES, type EnforcementAction } from "@/lib/shops/enforcement-schemas";

const LABEL: Record<EnforcementAction, string> = {
  warn: "Warn (a notice, nothing else changes)",
  penalty: "Give penalty points",
  suspend: "Suspend (hidden from shoppers, no new orders)",
  reinstate: "Reinstate (open again)",
  close: "Close for good",
};

type Props = { actions: EnforcementAction[]; action: (state: FormState, data: FormData) => Promise<FormState> };

export function EnforcementForm({ actions, action }: Props) {
  const { problems, pending, onSubmit, formRef } = useShopForm(enforcementFormSchema, action, { clearOnSave: true });
  const [picked, setChosen] = useState<EnforcementAction>(actions[0]);
  // After an action the page refreshes with the new status's actions: a choice no longer legal falls back to the first.
  const chosen = actions.includes(picked) ? picked : actions[0];
  const [rule, setRule] = useState<string>(PENALTY_RULES[0].code);
  const points = PENALTY_RULES.find((r) => r.code === rule)?.points ?? 1;
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-4">
      <FormAlert message={problems.form} />
      <SelectField name="action" label="Action" value={chosen} onChange={(e) => setChosen(e.target.value as EnforcementAction)} error={problems.fields.action}>
        {actions.map((a) => (
          <option key={a} value={a}>
            {LABEL[a]}
          </option>
        ))}
      </SelectField>
      {chosen === "penalty" && (
        <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
          <SelectField name="rule" label="Rule broken" value={rule} onChange={(e) => setRule(e.target.value)} error={problems.fields.rule}>
            {PENALTY_RULES.map((r) => (
              <option key={r.code} value={r.code}>
                {`${r.label} (${r.points} pt${r.points === 1 ? "" : "s"})`}
              </option>
            ))}
          </SelectField>
          <Field key={rule} name="points" label="Points" type="number" min={1} max={10} defaultValue={points} required error={problems.fields.points} />
        </div>
      )}
      <TextAreaField
        name="reason"
        label="Reason for the merchant"
        required
        maxLength={2000}
        hint="The merchant reads this on their dashboard and by email."
        error={problems.fields.reason}
      />
      <div className="space-y-2 sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Apply
        </SubmitButton>
        <SavedNote message={problems.saved} />
      </div>
    </form>
  );
}
