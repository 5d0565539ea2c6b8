// A CatalogError as the answer of a dashboard form's server action (lib/shops/form-state's
// shape). Messages about the form's own inputs go next to them; any other ("form", "ids",
// "collections"…) to the form's alert. Anything but a CatalogError is a bug: rethrown.
import type { FormState } from "@/lib/shops/form-state";
import { CatalogError } from "./errors";

export function catalogFormState(error: unknown, inputs: readonly string[] = []): FormState {
  if (!(error instanceof CatalogError)) throw error;
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const [key, message] of Object.entries(error.fields)) {
    if (inputs.includes(key)) fields[key] = message;
    else other.push(message);
  }
  return { fields, form: other[0] ?? (Object.keys(fields).length ? undefined : error.message), at: Date.now() };
}
