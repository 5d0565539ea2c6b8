"use client";
// Refunds some units of some items and/or the shipping. The page shows what can still be
// refunded; the server works out the amounts (discounts and tax reversed line by line) and
// refunds them through the payment's provider.
import { z } from "zod";
import { CheckboxField, Field, FormAlert, SavedNote } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import type { FormState } from "@/lib/core/form-state";
import { LineQuantities, lineProblems, type QuantityLine } from "./line-quantities";

const schema = z.object({ reason: z.string().max(500, "At most 500 characters.") });

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  lines: QuantityLine[];
  /** Formatted: the most that can still be refunded, and the shipping still refundable (null: none). */
  left: string;
  shipping: string | null;
};

export function RefundForm({ action, lines, left, shipping }: Props) {
  const { problems, pending, onSubmit, formRef } = useShopForm(schema, action, { clearOnSave: true });
  const f = problems.fields;
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Refund">
      <p className="text-sm text-slate-700">
        Up to <strong className="font-semibold text-slate-900">{left}</strong> can still be refunded. The amount is worked out from the items chosen, their
        discounts and tax.
      </p>
      <FormAlert message={lineProblems(f, problems.form)} />
      <LineQuantities prefix="refund" lines={lines} legend="Items to refund" leftLabel="Refundable" />
      {shipping ? <CheckboxField name="shipping" label={`Refund the shipping (${shipping})`} error={f.shipping} /> : null}
      <CheckboxField name="restock" label="Put the refunded items back in stock" defaultChecked error={f.restock} />
      <Field name="reason" label="Reason (internal)" maxLength={500} error={f.reason} />
      <div className="space-y-2 sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel="Refunding…">
          Refund
        </SubmitButton>
        <SavedNote message={problems.saved} />
      </div>
    </form>
  );
}
