"use client";
// Creates or edits a shipping rate: its name, price, optional free-shipping threshold, the
// countries it delivers to (none: everywhere) and whether checkout offers it.
import { CheckboxField, Field, FormAlert, SavedNote } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import { useMemo } from "react";
import { SearchPicker } from "@/components/discounts/search-picker";
import type { CountryOption } from "@/lib/checkout/countries";
import { NAME_MAX, rateFormValues, shippingRateSchema, type ShippingRateData } from "@/lib/shipping/schemas";
import type { FormState } from "@/lib/core/form-state";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  currency: string;
  countries: CountryOption[];
  rate?: ShippingRateData;
};

export function RateForm({ action, currency, countries, rate }: Props) {
  const schema = useMemo(() => shippingRateSchema(currency), [currency]);
  const { problems, pending, onSubmit, formRef } = useShopForm(schema, action);
  const values = rate ? rateFormValues(rate, currency) : null;
  const options = useMemo(() => countries.map((c) => ({ id: c.code, label: `${c.name} (${c.code})` })), [countries]);
  const initial = options.filter((o) => values?.countries.includes(o.id));
  const f = problems.fields;
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-4">
      <FormAlert message={problems.form} />
      <Field
        name="name"
        label="Name"
        required
        maxLength={NAME_MAX}
        defaultValue={values?.name}
        error={f.name}
        hint="Shoppers see it at checkout, like “Standard (3–5 days)”."
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="price"
          label={`Price (${currency})`}
          required
          inputMode="decimal"
          defaultValue={values?.price}
          error={f.price}
          hint="0 for free shipping."
        />
        <Field
          name="freeAbove"
          label={`Free above (${currency})`}
          inputMode="decimal"
          defaultValue={values?.freeAbove}
          error={f.freeAbove}
          hint="Free when the discounted subtotal reaches this. Leave empty to always charge."
        />
      </div>
      <SearchPicker
        name="countries"
        label="Countries"
        noun={["country", "countries"]}
        initial={initial}
        options={options}
        placeholder="Type a country's name or code"
        error={f.countries}
        hint="Leave empty to deliver everywhere."
      />
      <CheckboxField name="active" label="Offered at checkout" defaultChecked={values?.active ?? true} error={f.active} />
      <div className="space-y-2 sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel={rate ? "Saving…" : "Adding…"}>
          {rate ? "Save rate" : "Add rate"}
        </SubmitButton>
        <SavedNote message={problems.saved} />
      </div>
    </form>
  );
}
