"use client";
// The order's one-click changes: mark delivered, and cancel behind a confirm step that says
// what cancelling does (stock back on the shelf, a refund of what was paid).
import { startTransition, useActionState, useState } from "react";
import { ConfirmDialog } from "@/components/catalog/confirm-dialog";
import { FormAlert, SavedNote } from "@/components/forms/fields";
import { emptyFormState, type FormState } from "@/lib/core/form-state";

type Action = () => Promise<FormState>;
const button = "rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-60";

export function MarkDeliveredButton({ action }: { action: Action }) {
  const [state, run, pending] = useActionState(action, emptyFormState);
  return (
    <div className="space-y-2">
      <form action={run}>
        <button type="submit" disabled={pending} className={button}>
          {pending ? "Saving…" : "Mark delivered"}
        </button>
      </form>
      <FormAlert message={state.form} />
      <SavedNote message={state.saved} />
    </div>
  );
}

export function CancelOrderButton({ action, paid, amount }: { action: Action; paid: boolean; amount: string }) {
  const [state, run, pending] = useActionState(action, emptyFormState);
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-2">
      <button type="button" onClick={() => setOpen(true)} className={`${button} text-red-800`}>
        Cancel order
      </button>
      <ConfirmDialog
        open={open}
        title="Cancel this order?"
        confirmLabel="Cancel order"
        pendingLabel="Cancelling…"
        pending={pending}
        onClose={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          startTransition(() => run());
        }}
      >
        <p>
          Its items go back in stock.{" "}
          {paid ? `The shopper is refunded ${amount} through the payment provider.` : "The shopper hasn’t paid: nothing is refunded."} This can’t be undone.
        </p>
      </ConfirmDialog>
      <FormAlert message={state.form} />
      <SavedNote message={state.saved} />
    </div>
  );
}
