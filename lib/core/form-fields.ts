// How a form's raw fields read, shared by the forms that send FormData (or JSON) and the server
// schemas that parse them again: browser-safe (zod only). Each is a field schema to use inside a
// z.object of the form's own.
import { z } from "zod";

/** A text input: a string (or a number from JSON), trimmed; missing reads as "". */
export const formText = z
  .union([z.string(), z.number()])
  .optional()
  .transform((v) => (v === undefined ? "" : String(v).trim()));

/** A checkbox: ticked when "on" (FormData), true or "true" (JSON); anything else, or missing, is not. */
export const formCheckbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/** A list: an array, or one comma-separated string (a hidden input); each item normalised, blanks and repeats dropped. */
export const formList = (normalise: (item: string) => string = (item) => item.trim()) =>
  z
    .union([z.array(z.string()), z.string()])
    .optional()
    .transform((v) => [...new Set((typeof v === "string" ? v.split(",") : (v ?? [])).map(normalise).filter(Boolean))]);
