import { SelectField } from "@/components/forms/fields";
import { SHOP_LOCALES } from "@/lib/shops/schemas";

/** The language the storefront speaks by default. */
export function LocaleSelect({ defaultValue = "en", error }: { defaultValue?: string; error?: string }) {
  return (
    <SelectField name="defaultLocale" label="Default language" defaultValue={defaultValue} error={error} hint="The language your storefront shows first.">
      {SHOP_LOCALES.map((l) => (
        <option key={l.code} value={l.code} lang={l.code}>
          {l.label}
        </option>
      ))}
    </SelectField>
  );
}
