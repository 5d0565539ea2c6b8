// The currency select: common currencies first, then every ISO 4217 code the server knows.
// The options are built on the server (lib/shops/currencies) so server and browser render the same list.
import { SelectField } from "@/components/forms/fields";
import type { CurrencyOption } from "@/lib/shops/currencies";

export type CurrencyOptions = { common: CurrencyOption[]; others: CurrencyOption[] };

type Props = { options: CurrencyOptions; defaultValue?: string; error?: string; hint?: string; disabled?: boolean };

export function CurrencySelect({ options, defaultValue = "", error, hint, disabled }: Props) {
  return (
    <SelectField name="currency" label="Currency" defaultValue={defaultValue} error={error} hint={hint} disabled={disabled} required>
      {!defaultValue && (
        <option value="" disabled>
          Choose a currency
        </option>
      )}
      <optgroup label="Common">
        {options.common.map((c) => (
          <option key={c.code} value={c.code}>
            {c.label}
          </option>
        ))}
      </optgroup>
      <optgroup label="All currencies">
        {options.others.map((c) => (
          <option key={c.code} value={c.code}>
            {c.label}
          </option>
        ))}
      </optgroup>
    </SelectField>
  );
}
