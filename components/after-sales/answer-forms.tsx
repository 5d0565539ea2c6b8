"use client";
// The merchant's answers to an after-sales request: accept (with return instructions for a
// return), reject (with the reason the shopper reads), complete (refund + optional restock, or an
// exchange's note). Each calls its server action through the form kit; the server checks again.
import { z } from "zod";
import { CheckboxField, FormAlert, SavedNote, TextAreaField } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import type { FormState } from "@/lib/core/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;
type Kind = "REFUND_ONLY" | "RETURN_AND_REFUND" | "EXCHANGE";

const anything = z.object({});

function AnswerForm({
  action,
  title,
  submit,
  pendingLabel,
  children,
}: {
  action: Action;
  title: string;
  submit: string;
  pendingLabel: string;
  children: (errors: Record<string, string | undefined>) => React.ReactNode;
}) {
  const { problems, pending, onSubmit, formRef } = useShopForm(anything, action);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-slate-200 p-4" aria-label={title}>
      <h3 className="font-semibold text-slate-900">{title}</h3>
      <FormAlert message={problems.form} />
      {children(problems.fields)}
      <SubmitButton pending={pending} pendingLabel={pendingLabel}>
        {submit}
      </SubmitButton>
      <SavedNote message={problems.saved} />
    </form>
  );
}

export function AcceptForm({ action, kind }: { action: Action; kind: Kind }) {
  return (
    <AnswerForm action={action} title="Accept" submit="Accept request" pendingLabel="Accepting…">
      {(errors) => (
        <TextAreaField
          name="returnInstructions"
          label={kind === "RETURN_AND_REFUND" ? "Return instructions" : "Note to the shopper (optional)"}
          hint={kind === "RETURN_AND_REFUND" ? "Where and how to send the items back; the shopper gets them by e-mail." : undefined}
          error={errors.returnInstructions}
          required={kind === "RETURN_AND_REFUND"}
          maxLength={2000}
        />
      )}
    </AnswerForm>
  );
}

export function RejectForm({ action }: { action: Action }) {
  return (
    <AnswerForm action={action} title="Reject" submit="Reject request" pendingLabel="Rejecting…">
      {(errors) => <TextAreaField name="rejectionReason" label="Reason for the shopper" error={errors.rejectionReason} required maxLength={2000} />}
    </AnswerForm>
  );
}

export function CompleteForm({ action, kind, refundLabel }: { action: Action; kind: Kind; refundLabel: string }) {
  return (
    <AnswerForm
      action={action}
      title="Complete"
      submit={kind === "EXCHANGE" ? "Complete exchange" : `Complete and refund ${refundLabel}`}
      pendingLabel="Completing…"
    >
      {(errors) => (
        <>
          {kind === "RETURN_AND_REFUND" && (
            <CheckboxField name="restock" label="The items came back: put them back in stock" defaultChecked error={errors.restock} />
          )}
          <TextAreaField
            name="resolution"
            label={kind === "EXCHANGE" ? "What the shopper receives instead" : "Note to the shopper (optional)"}
            error={errors.resolution}
            required={kind === "EXCHANGE"}
            maxLength={2000}
          />
        </>
      )}
    </AnswerForm>
  );
}
