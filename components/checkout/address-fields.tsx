"use client";
// The shipping address, with the fields of lib/checkout/address.ts and each error next to its field.
import { useTranslations } from "use-intl/react";
import type { CountryOption } from "@/lib/checkout/countries";

export type AddressValues = { name: string; line1: string; line2: string; city: string; region: string; postalCode: string; country: string; phone: string };

export const EMPTY_ADDRESS: AddressValues = { name: "", line1: "", line2: "", city: "", region: "", postalCode: "", country: "", phone: "" };

const LABELS = {
  name: "addressName",
  line1: "addressLine1",
  line2: "addressLine2",
  city: "addressCity",
  region: "addressRegion",
  postalCode: "addressPostalCode",
  country: "addressCountry",
  phone: "addressPhone",
} as const;

type Field = { key: keyof AddressValues; autoComplete: string; optional?: boolean; half?: boolean };

const FIELDS: Field[] = [
  { key: "name", autoComplete: "shipping name" },
  { key: "line1", autoComplete: "shipping address-line1" },
  { key: "line2", autoComplete: "shipping address-line2", optional: true },
  { key: "city", autoComplete: "shipping address-level2", half: true },
  { key: "postalCode", autoComplete: "shipping postal-code", half: true },
  { key: "region", autoComplete: "shipping address-level1", half: true }, // required where the post needs it (the label says so)
];

type Props = { values: AddressValues; onChange: (values: AddressValues) => void; countries: CountryOption[]; errors: Record<string, string | undefined> };

export function AddressFields({ values, onChange, countries, errors }: Props) {
  const t = useTranslations("checkout");
  const set = (key: keyof AddressValues, value: string) => onChange({ ...values, [key]: value });
  const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600";

  const field = (
    key: keyof AddressValues,
    control: (props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => React.ReactNode,
    optional = false,
  ) => {
    const id = `address-${key}`;
    const error = errors[`shippingAddress.${key}`];
    return (
      <div key={key}>
        <label htmlFor={id} className="block text-sm font-medium">
          {t(LABELS[key])}
          {optional ? <span className="font-normal text-slate-600"> ({t("optional")})</span> : null}
        </label>
        {control({ id, "aria-invalid": !!error, "aria-describedby": error ? `${id}-error` : undefined })}
        {error ? (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <fieldset>
      <legend className="text-lg font-semibold">{t("shippingAddress")}</legend>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          {field("country", (props) => (
            <select
              {...props}
              name="country"
              autoComplete="shipping country"
              value={values.country}
              onChange={(e) => set("country", e.target.value)}
              className={`${input} bg-white`}
            >
              <option value="">{t("chooseCountry")}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          ))}
        </div>
        {FIELDS.map((f) => (
          <div key={f.key} className={f.half ? "" : "sm:col-span-2"}>
            {field(
              f.key,
              (props) => (
                <input
                  {...props}
                  name={f.key}
                  autoComplete={f.autoComplete}
                  value={values[f.key]}
                  onChange={(e) => set(f.key, e.target.value)}
                  className={input}
                />
              ),
              f.optional,
            )}
          </div>
        ))}
        <div>
          {field(
            "phone",
            (props) => (
              <input
                {...props}
                name="phone"
                type="tel"
                autoComplete="shipping tel"
                value={values.phone}
                onChange={(e) => set("phone", e.target.value)}
                className={input}
              />
            ),
            true,
          )}
        </div>
      </div>
    </fieldset>
  );
}
