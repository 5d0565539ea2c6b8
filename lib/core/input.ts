// Reading input with zod, safe in the browser (no server code): one message per field keyed by
// the field's path, for the forms' instant messages and for AppError (lib/core/errors.ts).
import { z } from "zod";

/**
 * A row id sent by the browser, checked before it reaches a query (which fails on anything but
 * a short string); `message` is what the merchant reads when it isn't one.
 */
export const idSchema = (message = "This no longer exists: reload the page.") => z.string({ error: message }).min(1, message).max(64, message);

/** "variants.2.sku" for a zod issue path (with `prefix`); "form" for the root. */
export function fieldKey(path: readonly PropertyKey[], prefix = ""): string {
  if (path.length) return prefix + path.map(String).join(".");
  return prefix ? prefix.slice(0, -1) : "form";
}

/** The first message per field, so each input shows one clear sentence. */
export function fieldErrors(error: z.ZodError, prefix = ""): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[fieldKey(issue.path, prefix)] ??= issue.message;
  return fields;
}
