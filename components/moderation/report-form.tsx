"use client";
// The storefront's report form: a reason from the fixed list and optional details. A plain
// form bound to a server action, so it works before (or without) JavaScript; the answer is
// announced (role=status / role=alert) and focus moves to it.
import { useActionState, useEffect, useRef } from "react";
import { emptyFormState, type FormState } from "@/lib/core/form-state";
import { REPORT_REASONS } from "@/lib/moderation/schemas";

type Labels = { legend: string; reasons: Record<string, string>; details: string; detailsHint: string; submit: string; sending: string };

export function ReportForm({ action, labels }: { action: (state: FormState, data: FormData) => Promise<FormState>; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const answer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.at) answer.current?.focus();
  }, [state]);
  const reasonError = state.fields.reason;
  if (state.saved)
    return (
      <div ref={answer} tabIndex={-1} role="status" className="rounded-md border border-teal-300 bg-teal-50 px-4 py-3 font-medium text-teal-900">
        {state.saved}
      </div>
    );
  return (
    <form action={formAction} className="space-y-5">
      <div ref={answer} tabIndex={-1}>
        {state.form && (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
            {state.form}
          </p>
        )}
      </div>
      <fieldset aria-describedby={reasonError ? "report-reason-error" : undefined}>
        <legend className="font-medium">{labels.legend}</legend>
        <div className="mt-2 space-y-2">
          {REPORT_REASONS.map((r) => (
            <div key={r.code} className="flex items-center gap-2">
              <input id={`report-reason-${r.code}`} type="radio" name="reason" value={r.code} required className="size-4" />
              <label htmlFor={`report-reason-${r.code}`}>{labels.reasons[r.code]}</label>
            </div>
          ))}
        </div>
        {reasonError && (
          <p id="report-reason-error" className="mt-1 text-sm font-medium text-red-700">
            {reasonError}
          </p>
        )}
      </fieldset>
      <div>
        <label htmlFor="report-details" className="block font-medium">
          {labels.details}
        </label>
        <textarea
          id="report-details"
          name="details"
          rows={4}
          maxLength={1000}
          aria-describedby="report-details-hint"
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
        />
        <p id="report-details-hint" className="mt-1 text-sm text-slate-600">
          {labels.detailsHint}
        </p>
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700 disabled:opacity-60">
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  );
}
