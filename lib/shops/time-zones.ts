// Time zones a shop can count its figures in: the IANA names the runtime knows (Intl), "UTC"
// first (Intl's list leaves it out, as an alias). PostgreSQL's tz database knows them all, so a
// name that passes here is safe in `AT TIME ZONE` (lib/orders/figures.ts).

export const DEFAULT_TIME_ZONE = "UTC";

const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

/** A zone name the runtime accepts ("Europe/Paris", "UTC"); shared by the form (browser) and the server. */
export function isTimeZone(name: string): boolean {
  if (name.length > 64 || !IANA_NAME.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Dates and times as the merchant reads them: in the shop's language and its own time zone. */
export function shopDateTime(shop: { defaultLocale: string; timeZone: string }) {
  return new Intl.DateTimeFormat(shop.defaultLocale, { dateStyle: "medium", timeStyle: "short", timeZone: shop.timeZone });
}

let byLowerCase: Map<string, string> | undefined;

/** The list's own spelling of a zone the runtime accepts ("europe/paris" → "Europe/Paris"). */
export function canonicalTimeZone(name: string): string {
  byLowerCase ??= new Map([DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf("timeZone")].map((z) => [z.toLowerCase(), z]));
  return byLowerCase.get(name.toLowerCase()) ?? new Intl.DateTimeFormat("en", { timeZone: name }).resolvedOptions().timeZone;
}

export type TimeZoneOption = { value: string; label: string };

/** The select's options, "Asia/Shanghai (GMT+8)": built on the server and passed down, so both render the same list. */
export function timeZoneOptions(now: Date = new Date()): TimeZoneOption[] {
  const offset = (timeZone: string) =>
    new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "shortOffset" }).formatToParts(now).find((p) => p.type === "timeZoneName")?.value ?? "";
  return [DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf("timeZone").filter((z) => z !== DEFAULT_TIME_ZONE)].map((value) => ({
    value,
    label: value === DEFAULT_TIME_ZONE ? value : `${value.replaceAll("_", " ")} (${offset(value)})`,
  }));
}
