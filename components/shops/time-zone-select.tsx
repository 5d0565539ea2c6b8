import { SelectField } from "@/components/forms/fields";
import type { TimeZoneOption } from "@/lib/shops/time-zones";

/** The zone the dashboard's days, weeks and months are counted in. Options come from the server (lib/shops/time-zones). */
export function TimeZoneSelect({ options, defaultValue = "UTC", error }: { options: TimeZoneOption[]; defaultValue?: string; error?: string }) {
  return (
    <SelectField name="timeZone" label="Time zone" defaultValue={defaultValue} error={error} hint="Your dashboard's figures count days in this time zone.">
      {/* A zone saved before this runtime knew it stays selectable. */}
      {!options.some((o) => o.value === defaultValue) && <option value={defaultValue}>{defaultValue}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}
