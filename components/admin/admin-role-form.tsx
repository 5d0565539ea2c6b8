"use client";
import { Field, FormAlert, SavedNote, SelectField } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import { adminRoleSchema } from "@/lib/admin/schemas";
import type { FormState } from "@/lib/core/form-state";

/** Gives an existing account a platform role, or takes it away. */
export function AdminRoleForm({ action }: { action: (state: FormState, data: FormData) => Promise<FormState> }) {
  const { problems, pending, onSubmit, formRef } = useShopForm(adminRoleSchema, action, { clearOnSave: true });
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-4">
      <FormAlert message={problems.form} />
      <Field name="email" label="Email" type="email" autoComplete="off" required error={problems.fields.email} hint="The email of an existing account." />
      <SelectField name="role" label="Role" defaultValue="moderator" error={problems.fields.role}>
        <option value="moderator">Moderator: review queues and enforcement</option>
        <option value="admin">Administrator: everything, including the team</option>
        <option value="none">No platform role</option>
      </SelectField>
      <div className="space-y-2 sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save role
        </SubmitButton>
        <SavedNote message={problems.saved} />
      </div>
    </form>
  );
}
