"use client";
// The business details of the shop review: who runs the shop, where it is registered, whom
// the reviewers contact, what it sells. Locked (read-only) while the reviewers have the case.
import { Field, FieldNotes, FormAlert, SavedNote, SelectField } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import type { CountryOption } from "@/lib/checkout/countries";
import type { FormState } from "@/lib/core/form-state";
import { BUSINESS_TYPES, businessDetailsSchema, MAX_CATEGORIES, REVIEW_CATEGORIES } from "@/lib/shops/review-schemas";

export type BusinessDetailsValues = {
  legalName: string;
  businessType: string;
  registrationNumber: string;
  country: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  categories: string[];
};

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  values: BusinessDetailsValues;
  countries: CountryOption[];
  editable: boolean;
};

export function BusinessDetailsForm({ action, values, countries, editable }: Props) {
  const { problems, pending, onSubmit, formRef } = useShopForm(businessDetailsSchema, action);
  const f = problems.fields;
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-5">
      <FormAlert message={problems.form} />
      <fieldset disabled={!editable} className="space-y-5">
        <legend className="sr-only">Business details</legend>
        <Field
          name="legalName"
          label="Legal name"
          required
          maxLength={160}
          defaultValue={values.legalName}
          hint="As registered: the company's name, or yours if you sell as an individual."
          error={f.legalName}
        />
        <SelectField name="businessType" label="Type of business" defaultValue={values.businessType} error={f.businessType}>
          {BUSINESS_TYPES.map((t) => (
            <option key={t.code} value={t.code}>
              {t.label}
            </option>
          ))}
        </SelectField>
        <Field
          name="registrationNumber"
          label="Registration number"
          required
          maxLength={64}
          defaultValue={values.registrationNumber}
          hint="Company number, VAT or tax number."
          error={f.registrationNumber}
        />
        <SelectField name="country" label="Country of registration" defaultValue={values.country} error={f.country}>
          <option value="">Choose a country</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-5 sm:grid-cols-3">
          <Field name="contactName" label="Contact name" required maxLength={120} autoComplete="name" defaultValue={values.contactName} error={f.contactName} />
          <Field
            name="contactEmail"
            label="Contact email"
            type="email"
            required
            autoComplete="email"
            defaultValue={values.contactEmail}
            error={f.contactEmail}
          />
          <Field name="contactPhone" label="Contact phone" type="tel" required autoComplete="tel" defaultValue={values.contactPhone} error={f.contactPhone} />
        </div>
        <fieldset aria-describedby={`field-categories-hint${f.categories ? " field-categories-error" : ""}`}>
          <legend className="text-sm font-medium text-slate-900">Main product categories</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {REVIEW_CATEGORIES.map((c) => (
              <div key={c.code} className="flex items-center gap-2">
                <input
                  id={`category-${c.code}`}
                  name="categories"
                  type="checkbox"
                  value={c.code}
                  defaultChecked={values.categories.includes(c.code)}
                  className="size-4 accent-teal-700"
                />
                <label htmlFor={`category-${c.code}`} className="text-sm text-slate-900">
                  {c.label}
                </label>
              </div>
            ))}
          </div>
          <FieldNotes id="field-categories" hint={`Up to ${MAX_CATEGORIES}.`} error={f.categories} />
        </fieldset>
      </fieldset>
      {editable && (
        <div className="space-y-2 sm:max-w-xs">
          <SubmitButton pending={pending} pendingLabel="Saving…">
            Save details
          </SubmitButton>
          <SavedNote message={problems.saved} />
        </div>
      )}
    </form>
  );
}
