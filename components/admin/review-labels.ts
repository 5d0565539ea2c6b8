// Words and dates the review queue and case pages share.
import { BUSINESS_TYPES, REVIEW_CATEGORIES } from "@/lib/shops/review-schemas";

export const businessTypeLabel = (code: string) => BUSINESS_TYPES.find((t) => t.code === code)?.label ?? code;
export const categoryLabel = (code: string) => REVIEW_CATEGORIES.find((c) => c.code === code)?.label ?? code;

const regions = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
export const countryName = (code: string) => (code ? (regions.of(code) ?? code) : "—");

export const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
/** "3 days ago", "5 hours ago": how long a case has waited. */
export function waitedFor(since: Date, now = new Date()) {
  const hours = Math.round((now.getTime() - since.getTime()) / 3_600_000);
  return hours < 48 ? relative.format(-hours, "hour") : relative.format(-Math.round(hours / 24), "day");
}
