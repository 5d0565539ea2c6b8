"use client";
// The shop's card payments in its settings: where the Stripe account stands (as Stripe last
// told us through account.updated) and the button that creates it or continues its setup on
// Stripe. Without Stripe on the server, it says checkout uses the built-in test provider.
import { FormAlert } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/form";
import { useActionState } from "react";
import { emptyFormState, type FormState } from "@/lib/core/form-state";
import type { StripeConnection } from "@/lib/payments/stripe-connect";

type Props = {
  connection: StripeConnection;
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** Back from Stripe: "returned" after the form, "expired" when the link ran out. */
  back?: "returned" | "expired";
};

function Check({ done, label }: { done: boolean; label: string }) {
  return (
    <li className="flex items-center gap-2">
      <span aria-hidden="true" className={done ? "text-teal-800" : "text-slate-500"}>
        {done ? "✓" : "○"}
      </span>
      <span>
        {label}: <strong>{done ? "yes" : "not yet"}</strong>
      </span>
    </li>
  );
}

export function StripeConnect({ connection, action, back }: Props) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  if (!connection.configured) {
    return (
      <p className="text-sm text-slate-700">
        Stripe isn&apos;t set up on this server, so checkout uses the <strong>built-in test payment provider</strong>: shoppers confirm or decline a pretend
        payment and no money moves. Set <code>STRIPE_SECRET_KEY</code> to take card payments.
      </p>
    );
  }
  const { accountId, chargesEnabled, detailsSubmitted } = connection;
  const summary = !accountId
    ? "Connect a Stripe account to take card payments. The money goes straight to your account."
    : chargesEnabled
      ? "Your shop takes card payments through Stripe."
      : detailsSubmitted
        ? "Stripe is checking your details. Card payments start once Stripe enables charges."
        : "Finish setting up your Stripe account to take card payments.";
  return (
    <div className="space-y-4">
      {back === "returned" && (
        <p role="status" className="rounded-md border border-teal-200 bg-teal-50 px-3 py-2 text-sm text-teal-900">
          Welcome back from Stripe. The state below updates as soon as Stripe tells us about your account; reload in a moment if it hasn&apos;t yet.
        </p>
      )}
      {back === "expired" && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          That setup link has expired. Continue with the button below for a new one.
        </p>
      )}
      <p className="text-sm text-slate-700">{summary}</p>
      {accountId && (
        <ul className="space-y-1 text-sm text-slate-800" aria-label="Stripe account">
          <li>
            Account: <code>{accountId}</code>
          </li>
          <Check done={detailsSubmitted} label="Details submitted" />
          <Check done={chargesEnabled} label="Charges enabled" />
        </ul>
      )}
      <form action={formAction} className="space-y-3">
        <FormAlert message={state.form} />
        <div className="sm:max-w-xs">
          <SubmitButton pending={pending} pendingLabel="Opening Stripe…">
            {!accountId ? "Connect Stripe" : chargesEnabled ? "Update details on Stripe" : "Continue setup on Stripe"}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
