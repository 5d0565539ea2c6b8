"use client";
// Creates or edits a discount code. Checked with the shared schema first (every problem at
// once, next to its field), then by the server action, which checks again. Dates are typed in
// the merchant's time zone, which travels with the form.
import { CheckboxField, Field, FormAlert, SavedNote, SelectField } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import { useMemo, useState } from "react";
import { useHydrated } from "@/components/cart/use-hydrated";
import { CODE_MAX, discountFormValues, discountSchema } from "@/lib/discounts/schemas";
import type { FormState } from "@/lib/core/form-state";
import { SearchPicker, type PickerOption } from "./search-picker";

type Action = (state: FormState, data: FormData) => Promise<FormState>;
type Target = { id: string; title: string };

/** A stored code as the page hands it over: dates as ISO strings. */
type DiscountValues = {
  code: string;
  type: "PERCENTAGE" | "FIXED_AMOUNT";
  value: number;
  scope: "ORDER" | "PRODUCTS" | "COLLECTIONS";
  productIds: string[];
  collectionIds: string[];
  minSubtotalAmount: number;
  startsAt: string | null;
  endsAt: string | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  combinable: boolean;
  active: boolean;
  used: boolean;
  products: Target[];
  collections: Target[];
};

type Props = {
  action: Action;
  currency: string;
  discount?: DiscountValues;
  searchTargets: (kind: "products" | "collections", query: string) => Promise<Target[]>;
};

const asOptions = (targets: Target[]): PickerOption[] => targets.map((t) => ({ id: t.id, label: t.title }));

export function DiscountForm({ action, currency, discount, searchTargets }: Props) {
  const schema = useMemo(() => discountSchema(currency), [currency]);
  const { problems, pending, onSubmit, formRef } = useShopForm(schema, action);
  const [type, setType] = useState(discount?.type ?? "PERCENTAGE");
  const [scope, setScope] = useState(discount?.scope ?? "ORDER");
  // The server renders in UTC; once hydrated, the date fields re-mount in the browser's zone.
  const hydrated = useHydrated();
  const timeZone = hydrated ? Intl.DateTimeFormat().resolvedOptions().timeZone : "UTC";
  const values = discount
    ? discountFormValues(
        { ...discount, startsAt: discount.startsAt ? new Date(discount.startsAt) : null, endsAt: discount.endsAt ? new Date(discount.endsAt) : null },
        currency,
        timeZone,
      )
    : null;
  const f = problems.fields;
  const findProducts = useMemo(() => async (q: string) => asOptions(await searchTargets("products", q)), [searchTargets]);
  const findCollections = useMemo(() => async (q: string) => asOptions(await searchTargets("collections", q)), [searchTargets]);

  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-6">
      <FormAlert message={problems.form} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <section aria-labelledby="discount-code" className="space-y-4 rounded-lg border border-slate-200 p-5">
        <h2 id="discount-code" className="text-lg font-semibold">
          Code and value
        </h2>
        <Field
          name="code"
          label="Code"
          required
          maxLength={CODE_MAX}
          defaultValue={values?.code}
          readOnly={discount?.used}
          autoCapitalize="characters"
          spellCheck={false}
          error={f.code}
          hint={
            discount?.used
              ? "Orders used this code, so it keeps its name. Create a new code for a new name."
              : "What shoppers type at checkout, like SUMMER-15. Letters are not case-sensitive."
          }
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="type" label="Type" value={type} onChange={(e) => setType(e.target.value as typeof type)} error={f.type}>
            <option value="PERCENTAGE">Percentage</option>
            <option value="FIXED_AMOUNT">Fixed amount</option>
          </SelectField>
          <Field
            name="value"
            label={type === "PERCENTAGE" ? "Percentage off (%)" : `Amount off (${currency})`}
            required
            inputMode="decimal"
            defaultValue={values?.value}
            error={f.value}
            hint={type === "PERCENTAGE" ? "From 1 to 100, like 15 or 12.5." : "Never takes an order below zero."}
          />
        </div>
      </section>

      <section aria-labelledby="discount-scope" className="space-y-4 rounded-lg border border-slate-200 p-5">
        <h2 id="discount-scope" className="text-lg font-semibold">
          What it applies to
        </h2>
        <SelectField name="scope" label="Applies to" value={scope} onChange={(e) => setScope(e.target.value as typeof scope)} error={f.scope}>
          <option value="ORDER">The whole order</option>
          <option value="PRODUCTS">Chosen products</option>
          <option value="COLLECTIONS">Chosen collections</option>
        </SelectField>
        {scope === "PRODUCTS" && (
          <SearchPicker
            name="productIds"
            label="Products"
            noun={["product", "products"]}
            initial={asOptions(discount?.products ?? [])}
            search={findProducts}
            placeholder="Type part of a product's title"
            error={f.productIds}
          />
        )}
        {scope === "COLLECTIONS" && (
          <SearchPicker
            name="collectionIds"
            label="Collections"
            noun={["collection", "collections"]}
            initial={asOptions(discount?.collections ?? [])}
            search={findCollections}
            placeholder="Type part of a collection's title"
            error={f.collectionIds}
          />
        )}
        <Field
          name="minSubtotal"
          label={`Minimum subtotal (${currency})`}
          inputMode="decimal"
          defaultValue={values?.minSubtotal}
          error={f.minSubtotal}
          hint="The cart's total before discounts. Leave empty for no minimum."
        />
      </section>

      <section aria-labelledby="discount-when" className="space-y-4 rounded-lg border border-slate-200 p-5">
        <h2 id="discount-when" className="text-lg font-semibold">
          When and how often
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            key={`starts-${timeZone}`}
            name="startsAt"
            label="Starts"
            type="datetime-local"
            defaultValue={values?.startsAt}
            error={f.startsAt}
            hint="Leave empty to start now."
          />
          <Field
            key={`ends-${timeZone}`}
            name="endsAt"
            label="Ends"
            type="datetime-local"
            defaultValue={values?.endsAt}
            error={f.endsAt}
            hint="Leave empty to keep it running."
          />
        </div>
        <p className="text-sm text-slate-600">Times are in your time zone ({timeZone}).</p>
        {f.timeZone && <p className="text-sm font-medium text-red-700">{f.timeZone}</p>}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            name="usageLimit"
            label="Total uses"
            inputMode="numeric"
            defaultValue={values?.usageLimit}
            error={f.usageLimit}
            hint="Across all shoppers. Leave empty for no limit."
          />
          <Field
            name="perCustomerLimit"
            label="Uses per customer"
            inputMode="numeric"
            defaultValue={values?.perCustomerLimit}
            error={f.perCustomerLimit}
            hint="Counted by email. Leave empty for no limit."
          />
        </div>
        <CheckboxField
          name="combinable"
          label="Combines with other codes"
          defaultChecked={values?.combinable ?? false}
          error={f.combinable}
          hint="An order can use several codes only if every one of them combines."
        />
        <CheckboxField
          name="active"
          label="Enabled"
          defaultChecked={values?.active ?? true}
          error={f.active}
          hint="Shoppers can use the code only while it is enabled."
        />
      </section>

      <div className="space-y-2 sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel={discount ? "Saving…" : "Creating…"}>
          {discount ? "Save code" : "Create code"}
        </SubmitButton>
        <SavedNote message={problems.saved} />
      </div>
    </form>
  );
}
