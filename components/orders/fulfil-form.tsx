"use client";
// Sends a parcel: which items and how many (of those not sent yet), the carrier, the tracking
// number and link. The server checks the quantities again and mails the shopper.
import { z } from "zod";
import { Field, FormAlert, SavedNote } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import type { FormState } from "@/lib/core/form-state";
import { LineQuantities, lineProblems, type QuantityLine } from "./line-quantities";

// What the browser can check before the round trip; the action checks everything.
const schema = z.object({
  carrier: z.string().max(100, "At most 100 characters."),
  trackingNumber: z.string().max(100, "At most 100 characters."),
  trackingUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/, error: "A link starting with https:// or http://." })]),
});

type Props = { action: (state: FormState, data: FormData) => Promise<FormState>; lines: QuantityLine[] };

export function FulfilForm({ action, lines }: Props) {
  const { problems, pending, onSubmit, formRef } = useShopForm(schema, action, { clearOnSave: true });
  const f = problems.fields;
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Fulfil items">
      <FormAlert message={lineProblems(f, problems.form)} />
      <LineQuantities prefix="fulfil" lines={lines} legend="Items in this parcel" leftLabel="Not sent yet" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="carrier" label="Carrier" maxLength={100} autoComplete="off" error={f.carrier} hint="Like La Poste, DHL or SF Express." />
        <Field name="trackingNumber" label="Tracking number" maxLength={100} autoComplete="off" error={f.trackingNumber} />
      </div>
      <Field name="trackingUrl" label="Tracking link" type="url" inputMode="url" error={f.trackingUrl} hint="The carrier's page for this parcel, if any." />
      <div className="space-y-2 sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel="Fulfilling…">
          Fulfil items
        </SubmitButton>
        <SavedNote message={problems.saved} />
      </div>
    </form>
  );
}
