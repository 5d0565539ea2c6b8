// An AppError as each kind of entry answers it: a server action's form state, or a route
// handler's JSON `{ "error": { "code", "message", "fields"? } }` in the caller's language.
import type { Locale } from "@/lib/i18n/locales";
import { renderMessage } from "@/lib/i18n/translate";
import { AppError } from "./errors";
import type { FormState } from "./form-state";

/**
 * The form's answer. With `inputs`, only messages about the form's own inputs go next to
 * them and any other ("ids", "collections"…) to the form's alert; without, every field but
 * "form" is an input. Anything but an AppError is a bug: rethrown.
 */
export function toFormState(error: unknown, inputs?: readonly string[], locale: Locale = "en"): FormState {
  if (!(error instanceof AppError)) throw error;
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const [key, message] of Object.entries(error.messages)) {
    const text = renderMessage(message, locale);
    if (key !== "form" && (!inputs || inputs.includes(key))) fields[key] = text;
    else other.push(text);
  }
  return { fields, form: other[0], at: Date.now() };
}

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

/** The JSON body of an error reply, in `locale`. */
export function errorBody(error: AppError, locale: Locale = "en"): ErrorBody {
  const entries = Object.entries(error.messages).map(([key, m]) => [key, renderMessage(m, locale)] as const);
  const fields = Object.fromEntries(entries.filter(([key]) => key !== "form"));
  const message = entries.find(([key]) => key === "form")?.[1] ?? entries[0]?.[1] ?? renderMessage({ key: "invalidInput" }, locale);
  return { error: { code: error.code, message, ...(Object.keys(fields).length ? { fields } : {}) } };
}

const NO_STORE = { "Cache-Control": "no-store" };

/** A JSON reply that no cache keeps (carts, checkouts, dashboards). */
export function reply(status: number, body: unknown, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/**
 * The reply for anything a route handler threw: an AppError as its status and body; anything
 * else is a bug, logged, and answered with a bare 500 that shows no stack trace.
 */
export function errorResponse(error: unknown, locale: Locale = "en", headers: Record<string, string> = {}): Response {
  if (error instanceof AppError) {
    const retry: Record<string, string> = error.retryAfter ? { "Retry-After": String(error.retryAfter) } : {};
    return reply(error.status, errorBody(error, locale), { ...retry, ...headers });
  }
  console.error(error);
  return reply(500, { error: { code: "internal", message: renderMessage({ key: "internal" }, locale) } }, headers);
}
