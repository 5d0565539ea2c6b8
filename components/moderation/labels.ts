// Words and formats the moderation pages share.
export const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export const CASE_STATUS_LABEL = { OPEN: "Open", APPROVED: "Approved", REJECTED: "Rejected" } as const;
export const MODERATION_STATE_LABEL = { NONE: "No hold", PENDING: "Awaiting review", APPROVED: "Cleared by Minishop", TAKEN_DOWN: "Taken down" } as const;

/** How long a case has waited, in whole days or hours. */
export function waited(since: Date, now = new Date()) {
  const hours = Math.floor((now.getTime() - since.getTime()) / 3_600_000);
  if (hours < 1) return "under an hour";
  if (hours < 48) return hours === 1 ? "1 hour" : `${hours} hours`;
  return `${Math.floor(hours / 24)} days`;
}
