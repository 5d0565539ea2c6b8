"use client";
// Opening a shop. The address is suggested from the name as the merchant types, until
// they edit the address themselves; after that it's theirs.
import { Field, FormAlert, TextAreaField } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import { useState } from "react";
import type { FormState } from "@/lib/core/form-state";
import { createShopSchema } from "@/lib/shops/schemas";
import { suggestSlug } from "@/lib/shops/slug";
import { CurrencySelect, type CurrencyOptions } from "./currency-select";
import { LocaleSelect } from "./locale-select";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  currencies: CurrencyOptions;
  defaultEmail: string;
};

export function CreateShopForm({ action, currencies, defaultEmail }: Props) {
  const { problems, pending, onSubmit, formRef } = useShopForm(createShopSchema, action);
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const shownSlug = slugEdited ? slug : suggestSlug(name);

  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-5">
      <FormAlert message={problems.form} />
      <Field name="name" label="Shop name" required maxLength={80} value={name} onChange={(e) => setName(e.target.value)} error={problems.fields.name} />
      <Field
        name="slug"
        label="Shop address"
        required
        maxLength={48}
        autoCapitalize="none"
        spellCheck={false}
        value={shownSlug}
        onChange={(e) => {
          setSlugEdited(true);
          setSlug(e.target.value.toLowerCase());
        }}
        hint={`Your shop will live at /s/${shownSlug || "your-address"}. Suggested from the name; 3–48 lower-case letters, digits and dashes.`}
        error={problems.fields.slug}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <CurrencySelect options={currencies} error={problems.fields.currency} hint="Can change until your first order." />
        <LocaleSelect error={problems.fields.defaultLocale} />
      </div>
      <TextAreaField
        name="description"
        label="Description (optional)"
        maxLength={2000}
        hint="A sentence or two shoppers see on your shop's home page."
        error={problems.fields.description}
      />
      <Field
        name="contactEmail"
        label="Contact email"
        type="email"
        autoComplete="email"
        required
        defaultValue={defaultEmail}
        hint="Shoppers write to this address."
        error={problems.fields.contactEmail}
      />
      <SubmitButton pending={pending} pendingLabel="Opening your shop…">
        Open shop
      </SubmitButton>
    </form>
  );
}
