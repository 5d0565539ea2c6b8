"use client";
// Deciding an open moderation case: approve or reject (in the case's own words), with the reason
// the merchant reads. Where a reason is required depends on the choice; the server checks it.
import { z } from "zod";
import { FormAlert, SavedNote, TextAreaField } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import type { FormState } from "@/lib/core/form-state";

type Choice = { value: "approve" | "reject"; label: string; hint: string; reasonRequired: boolean };

const schemaFor = (choices: readonly Choice[]) =>
  z
    .object({ decision: z.enum(["approve", "reject"], { error: "Choose a decision" }), reason: z.string().trim().max(2000, "Use at most 2000 characters") })
    .superRefine((value, ctx) => {
      const choice = choices.find((c) => c.value === value.decision);
      if (choice?.reasonRequired && value.reason.length < 10)
        ctx.addIssue({ code: "custom", path: ["reason"], message: "Say why, in words the merchant reads (at least 10 characters)" });
    });

export function DecisionForm({ action, choices }: { action: (state: FormState, data: FormData) => Promise<FormState>; choices: readonly Choice[] }) {
  const { problems, pending, onSubmit, formRef } = useShopForm(schemaFor(choices), action);
  const error = problems.fields.decision;
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-4">
      <FormAlert message={problems.form} />
      <fieldset aria-describedby={error ? "decision-error" : undefined}>
        <legend className="text-sm font-medium text-slate-900">Decision</legend>
        <div className="mt-2 space-y-2">
          {choices.map((c) => (
            <div key={c.value} className="flex items-start gap-2">
              <input
                id={`decision-${c.value}`}
                type="radio"
                name="decision"
                value={c.value}
                className="mt-1 size-4 accent-teal-700"
                aria-describedby={`decision-${c.value}-hint`}
              />
              <div>
                <label htmlFor={`decision-${c.value}`} className="font-medium">
                  {c.label}
                </label>
                <p id={`decision-${c.value}-hint`} className="text-sm text-slate-600">
                  {c.hint}
                </p>
              </div>
            </div>
          ))}
        </div>
        {error && (
          <p id="decision-error" className="mt-1 text-sm font-medium text-red-700">
            {error}
          </p>
        )}
      </fieldset>
      <TextAreaField
        name="reason"
        label="Reason or note"
        maxLength={2000}
        hint="The merchant reads it where the decision concerns them."
        error={problems.fields.reason}
      />
      <div className="space-y-2 sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save decision
        </SubmitButton>
        <SavedNote message={problems.saved} />
      </div>
    </form>
  );
}
