"use client";
// The merchant's answers to an after-sales request: accept (with return instructions for a
// return), reject (with the reason the shopper reads), complete (refund + optional restock, or an
// exchange's note). Each calls its server action through the form kit; the server checks again.
// One panel holds them, so the last confirmation stays announced when the page refreshes into
// the request's next state (and the answered form is gone).
import { useState } from "react";
import { z } from "zod";
import { CheckboxField, FormAlert, SavedNote, TextAreaField } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import type { FormState } from "@/lib/core/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;
type Kind = "REFUND_ONLY" | "RETURN_AND_REFUND" | "EXCHANGE";
type Status = "REQUESTED" | "ACCEPTED" | "COMPLETED" | "REJECTED" | "WITHDRAWN";
type Errors = Record<string, string | undefined>;

const anything = z.object({});

type FormProps = {
  action: Action;
  title: string;
  submit: string;
  pendingLabel: string;
  children: (errors: Errors) => React.ReactNode;
};

function AnswerForm({ action, title, submit, pendingLabel, children }: FormProps) {
  const { problems, pending, onSubmit, formRef } = useShopForm(anything, action);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-slate-200 p-4" aria-label={title}>
      <h3 className="font-semibold text-slate-900">{title}</h3>
      <FormAlert message={problems.form} />
      {children(problems.fields)}
      <SubmitButton pending={pending} pendingLabel={pendingLabel}>
        {submit}
      </SubmitButton>
    </form>
  );
}

type PanelProps = { status: Status; kind: Kind; refundLabel: string; accept: Action; reject: Action; complete: Action };

export function AnswerPanel({ status, kind, refundLabel, accept, reject, complete }: PanelProps) {
  const [saved, setSaved] = useState<string>();
  // The answered form unmounts with the refresh that brings the next state: the panel, which
  // stays, takes the confirmation from the action's answer itself.
  const noting =
    (action: Action): Action =>
    async (state, data) => {
      const answer = await action(state, data);
      if (answer.saved) setSaved(answer.saved);
      return answer;
    };
  const open = status === "REQUESTED" || status === "ACCEPTED";
  const completeLabel = kind === "EXCHANGE" ? "Complete exchange" : refundLabel ? `Complete and refund ${refundLabel}` : "Complete and refund";
  return (
    <div className="space-y-4">
      <SavedNote message={saved} />
      {!open && <p className="text-sm text-slate-700">This request is {status.toLowerCase()}: there is nothing left to answer.</p>}
      {open && (
        <div className="grid gap-4 md:grid-cols-2">
          {status === "REQUESTED" && (
            <AnswerForm action={noting(accept)} title="Accept" submit="Accept request" pendingLabel="Accepting…">
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
          )}
          {status === "ACCEPTED" && (
            <AnswerForm action={noting(complete)} title="Complete" submit={completeLabel} pendingLabel="Completing…">
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
          )}
          <AnswerForm action={noting(reject)} title="Reject" submit="Reject request" pendingLabel="Rejecting…">
            {(errors) => <TextAreaField name="rejectionReason" label="Reason for the shopper" error={errors.rejectionReason} required maxLength={2000} />}
          </AnswerForm>
        </div>
      )}
    </div>
  );
}
