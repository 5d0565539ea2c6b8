"use client";
// The rules page's forms: add a rule, and change one (level, reason, active) or delete it.
import { CheckboxField, Field, FormAlert, SavedNote, SelectField, TextAreaField } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import type { FormState } from "@/lib/core/form-state";
import { RULE_KINDS, RULE_LEVELS, ruleInputSchema, ruleUpdateSchema } from "@/lib/moderation/schemas";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

export function NewRuleForm({ action }: { action: Action }) {
  const { problems, pending, onSubmit, formRef } = useShopForm(ruleInputSchema, action, { clearOnSave: true });
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} aria-label="Add a rule" className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormAlert message={problems.form} />
      </div>
      <SelectField name="kind" label="Matches" defaultValue="TERM" error={problems.fields.kind}>
        {RULE_KINDS.map((k) => (
          <option key={k.code} value={k.code}>
            {k.label}
          </option>
        ))}
      </SelectField>
      <Field name="value" label="Word, phrase or category" required maxLength={100} error={problems.fields.value} hint="Whole words, any case." />
      <SelectField name="level" label="Level" defaultValue="RESTRICTED" error={problems.fields.level}>
        {RULE_LEVELS.map((l) => (
          <option key={l.code} value={l.code}>
            {l.label}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        name="reason"
        label="Reason"
        required
        maxLength={300}
        error={problems.fields.reason}
        hint="Merchants read it when a product is refused or held."
      />
      <div className="space-y-2 sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel="Adding…">
          Add rule
        </SubmitButton>
        <SavedNote message={problems.saved} />
      </div>
    </form>
  );
}

type Rule = { id: string; value: string; level: string; reason: string; active: boolean };

export function EditRuleForm({ rule, update }: { rule: Rule; update: Action }) {
  const { problems, pending, onSubmit, formRef } = useShopForm(ruleUpdateSchema, update);
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} aria-label={`Rule “${rule.value}”`} className="space-y-4">
      <FormAlert message={problems.form} />
      <SelectField name="level" label="Level" defaultValue={rule.level} error={problems.fields.level}>
        {RULE_LEVELS.map((l) => (
          <option key={l.code} value={l.code}>
            {l.label}
          </option>
        ))}
      </SelectField>
      <TextAreaField name="reason" label="Reason" defaultValue={rule.reason} required maxLength={300} error={problems.fields.reason} />
      <CheckboxField name="active" label="Active" defaultChecked={rule.active} hint="Inactive rules are kept but match nothing." />
      <div className="space-y-2 sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save rule
        </SubmitButton>
        <SavedNote message={problems.saved} />
      </div>
    </form>
  );
}
