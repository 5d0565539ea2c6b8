"use client";
// A date and time in the merchant's own time zone, the one the form's date fields use. The
// server doesn't know that zone: its HTML says UTC, and the browser rewrites it once hydrated.
import { useHydrated } from "@/components/cart/use-hydrated";

const formats = new Map<string, Intl.DateTimeFormat>();
function format(iso: string, timeZone?: string) {
  const key = timeZone ?? "local";
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone })));
  return f.format(new Date(iso));
}

export function LocalDateTime({ value }: { value: string }) {
  const hydrated = useHydrated();
  return <time dateTime={value}>{hydrated ? format(value) : `${format(value, "UTC")} UTC`}</time>;
}
