"use client";
// Rejecting a shop's review case: the reason is required, and it is what the merchant reads
// (on the dashboard and in the mail), so it says what to fix.
import { FormAlert, SavedNote, TextAreaField } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import type { FormState } from "@/lib/core/form-state";
import { rejectionSchema } from "@/lib/shops/review-schemas";

export function RejectReviewForm({ action }: { action: (state: FormState, data: FormData) => Promise<FormState> }) {
  const { problems, pending, onSubmit, formRef } = useShopForm(rejectionSchema, action, { clearOnSave: true });
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-4">
      <FormAlert message={problems.form} />
      <TextAreaField
        name="reason"
        label="Reason for the merchant"
        required
        maxLength={2000}
        hint="The merchant reads this in their dashboard and by email: say what to fix."
        error={problems.fields.reason}
      />
      <div className="space-y-2 sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel="Rejecting…">
          Reject
        </SubmitButton>
        <SavedNote message={problems.saved} />
      </div>
    </form>
  );
}
