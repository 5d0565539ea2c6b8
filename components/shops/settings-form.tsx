"use client";
// The shop's settings in one form: what shoppers see (name, look, policies) and how it sells
// (currency, tax). Pictures upload on their own; saving the form is what applies them.
import { CheckboxField, Field, FormAlert, SavedNote, TextAreaField } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import { ImageUpload } from "@/components/upload/image-upload";
import type { FormState } from "@/lib/core/form-state";
import { bpsToPercent, shopSettingsSchema } from "@/lib/shops/schemas";
import { CurrencySelect, type CurrencyOptions } from "./currency-select";
import { LocaleSelect } from "./locale-select";
import { ThemeColorField } from "./theme-color-field";
import { TimeZoneSelect } from "./time-zone-select";
import type { TimeZoneOption } from "@/lib/shops/time-zones";

export type SettingsValues = {
  id: string;
  name: string;
  description: string;
  contactEmail: string | null;
  themeColor: string;
  defaultLocale: string;
  timeZone: string;
  currency: string;
  shippingPolicy: string;
  returnsPolicy: string;
  taxRateBps: number;
  pricesIncludeTax: boolean;
  logoUrl: string | null;
  bannerUrl: string | null;
  currencyLocked: boolean;
};

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  shop: SettingsValues;
  currencies: CurrencyOptions;
  timeZones: TimeZoneOption[];
};

const section = "space-y-5 rounded-lg border border-slate-200 p-5";
const heading = "text-lg font-semibold";

// Stored pictures are WebP of known size, but the row keeps only the URL: the preview needs some size.
const picture = (url: string | null, width: number, height: number) => (url ? { url, width, height } : null);

export function SettingsForm({ action, shop, currencies, timeZones }: Props) {
  const { problems, pending, onSubmit, formRef } = useShopForm(shopSettingsSchema, action);
  const f = problems.fields;
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-6">
      <FormAlert message={problems.form} />
      <section aria-labelledby="general" className={section}>
        <h2 id="general" className={heading}>
          General
        </h2>
        <Field name="name" label="Shop name" required maxLength={80} defaultValue={shop.name} error={f.name} />
        <TextAreaField name="description" label="Description" maxLength={2000} defaultValue={shop.description} error={f.description} />
        <Field
          name="contactEmail"
          label="Contact email"
          type="email"
          required
          defaultValue={shop.contactEmail ?? ""}
          hint="Shoppers write to this address."
          error={f.contactEmail}
        />
        <LocaleSelect defaultValue={shop.defaultLocale} error={f.defaultLocale} />
        <TimeZoneSelect options={timeZones} defaultValue={shop.timeZone} error={f.timeZone} />
      </section>

      <section id="look" aria-labelledby="look-title" className={section}>
        <h2 id="look-title" className={heading}>
          Look
        </h2>
        <ThemeColorField defaultValue={shop.themeColor} error={f.themeColor} />
        <ImageUpload
          shopId={shop.id}
          label="Logo"
          name="logoUrl"
          initial={picture(shop.logoUrl, 160, 160)}
          previewClassName="size-20 object-contain"
          hint="A square picture works best. Save the settings to apply it."
        />
        {f.logoUrl && <p className="text-sm font-medium text-red-700">{f.logoUrl}</p>}
        <ImageUpload
          shopId={shop.id}
          label="Banner"
          name="bannerUrl"
          initial={picture(shop.bannerUrl, 1600, 400)}
          previewClassName="max-h-32 object-cover"
          hint="A wide picture (about 4 : 1) shown at the top of your shop."
        />
        {f.bannerUrl && <p className="text-sm font-medium text-red-700">{f.bannerUrl}</p>}
      </section>

      <section aria-labelledby="selling" className={section}>
        <h2 id="selling" className={heading}>
          Prices and tax
        </h2>
        {/* A disabled select isn't submitted: the hidden input keeps the value the server expects. */}
        {shop.currencyLocked && <input type="hidden" name="currency" value={shop.currency} />}
        <CurrencySelect
          options={currencies}
          defaultValue={shop.currency}
          disabled={shop.currencyLocked}
          hint={shop.currencyLocked ? "Your shop has orders, so its currency can no longer change." : "Can change until your first order."}
          error={f.currency}
        />
        <Field
          name="taxRatePercent"
          label="Tax rate (%)"
          inputMode="decimal"
          required
          defaultValue={bpsToPercent(shop.taxRateBps)}
          hint="For example 20 or 5.5. Enter 0 if you don't charge tax."
          error={f.taxRatePercent}
        />
        <CheckboxField name="pricesIncludeTax" label="My prices include tax" defaultChecked={shop.pricesIncludeTax} error={f.pricesIncludeTax} />
      </section>

      <section id="policies" aria-labelledby="policies-title" className={section}>
        <h2 id="policies-title" className={heading}>
          Policies
        </h2>
        <TextAreaField
          name="shippingPolicy"
          label="Shipping policy"
          rows={6}
          maxLength={20000}
          defaultValue={shop.shippingPolicy}
          hint="Plain text or Markdown: where you ship, how long it takes, what it costs."
          error={f.shippingPolicy}
        />
        <TextAreaField
          name="returnsPolicy"
          label="Returns policy"
          rows={6}
          maxLength={20000}
          defaultValue={shop.returnsPolicy}
          hint="Plain text or Markdown: how long shoppers have and how refunds work."
          error={f.returnsPolicy}
        />
      </section>

      <div className="space-y-2 sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save settings
        </SubmitButton>
        <SavedNote message={problems.saved} />
      </div>
    </form>
  );
}
