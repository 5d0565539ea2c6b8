"use client";
// The moderation forms that send one text (an admin's reason, a merchant's appeal): checked in
// the browser with the same schema the server uses, then sent to the bound server action.
import { z } from "zod";
import { FormAlert, SavedNote, TextAreaField } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import type { FormState } from "@/lib/core/form-state";
import { appealSchema, approvalSchema, decisionReasonSchema } from "@/lib/moderation/schemas";

const SCHEMAS = { required: decisionReasonSchema, optional: approvalSchema, appeal: appealSchema } satisfies Record<string, z.ZodType>;

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  kind: keyof typeof SCHEMAS;
  label: string;
  hint?: string;
  submit: string;
  pendingLabel: string;
};

export function ReasonForm({ action, kind, label, hint, submit, pendingLabel }: Props) {
  const { problems, pending, onSubmit, formRef } = useShopForm(SCHEMAS[kind], action, { clearOnSave: true });
  const name = kind === "appeal" ? "message" : "reason";
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-3">
      <FormAlert message={problems.form} />
      <TextAreaField name={name} label={label} required={kind !== "optional"} maxLength={2000} hint={hint} error={problems.fields[name]} />
      <div className="space-y-2 sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel={pendingLabel}>
          {submit}
        </SubmitButton>
        <SavedNote message={problems.saved} />
      </div>
    </form>
  );
}
