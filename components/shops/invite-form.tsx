"use client";
import { Field, FormAlert, SavedNote } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import type { FormState } from "@/lib/core/form-state";
import { inviteSchema } from "@/lib/shops/schemas";

/** Invites someone as staff by email; the field empties after a successful invitation. */
export function InviteForm({ action }: { action: (state: FormState, data: FormData) => Promise<FormState> }) {
  // Sent: the field empties for the next person. Refused: it keeps what was typed, to fix it.
  const { problems, pending, onSubmit, formRef } = useShopForm(inviteSchema, action, { clearOnSave: true });
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-4">
      <FormAlert message={problems.form} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="off"
        required
        error={problems.fields.email}
        hint="They get a link, valid for 7 days, to join as staff: products, collections and orders, but not settings or the team."
      />
      <div className="space-y-2 sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel="Sending…">
          Send invitation
        </SubmitButton>
        <SavedNote message={problems.saved} />
      </div>
    </form>
  );
}
