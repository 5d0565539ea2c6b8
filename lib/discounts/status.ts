// Where a code stands today, in the words the merchant's list shows. Client-safe.
// The order matters: a disabled code is "disabled" whatever its dates, and an expired one is
// "expired" even if it was also used up — the checkout refuses it for that reason first.

export type DiscountStatus = "active" | "scheduled" | "expired" | "used_up" | "disabled";

export type StatusFields = { active: boolean; startsAt: Date | null; endsAt: Date | null; usageLimit: number | null; usedCount: number };

export function discountStatus(d: StatusFields, now: Date): DiscountStatus {
  if (!d.active) return "disabled";
  if (d.endsAt && d.endsAt <= now) return "expired";
  if (d.usageLimit !== null && d.usedCount >= d.usageLimit) return "used_up";
  if (d.startsAt && d.startsAt > now) return "scheduled";
  return "active";
}

export const STATUS_LABELS: Record<DiscountStatus, string> = {
  active: "Active",
  scheduled: "Scheduled",
  expired: "Expired",
  used_up: "Used up",
  disabled: "Disabled",
};
