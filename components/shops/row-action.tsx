"use client";
// A one-click action on a row (revoke an invitation, remove a member) that shows its own
// error next to the button, e.g. "A shop needs at least one owner."
import { useActionState } from "react";
import { emptyFormState, type FormState } from "@/lib/core/form-state";

type Props = { action: (state: FormState) => Promise<FormState>; label: string; pendingLabel: string; accessibleLabel: string };

export function RowAction({ action, label, pendingLabel, accessibleLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  return (
    <form action={formAction} className="text-right">
      <button
        type="submit"
        disabled={pending}
        aria-label={accessibleLabel}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-60"
      >
        {pending ? pendingLabel : label}
      </button>
      {state.form && (
        <p role="alert" className="mt-1 text-sm font-medium text-red-700">
          {state.form}
        </p>
      )}
    </form>
  );
}
