"use client";
// An internal note on the order's timeline: the shop's team sees it, the shopper never does.
import { z } from "zod";
import { FormAlert, SavedNote, TextAreaField } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import type { FormState } from "@/lib/core/form-state";

const schema = z.object({ body: z.string().trim().min(1, "Write a note.").max(2000, "At most 2000 characters.") });

export function NoteForm({ action }: { action: (state: FormState, data: FormData) => Promise<FormState> }) {
  const { problems, pending, onSubmit, formRef } = useShopForm(schema, action, { clearOnSave: true });
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-3" aria-label="Add a note">
      <FormAlert message={problems.form} />
      <TextAreaField name="body" label="Note" maxLength={2000} rows={3} error={problems.fields.body} hint="Only your team sees notes." />
      <div className="space-y-2 sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel="Adding…">
          Add note
        </SubmitButton>
        <SavedNote message={problems.saved} />
      </div>
    </form>
  );
}
