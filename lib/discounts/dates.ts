// A code's start and end as the merchant types them: a wall-clock time ("2026-12-01T09:00",
// what <input type="datetime-local"> gives) in their browser's time zone. Stored as instants.
// Pure and client-safe: the form shows stored instants back in the same zone.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** How far `timeZone`'s clock is ahead of UTC at the instant `ts`, in ms. */
function offsetAt(ts: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    const numeric = "numeric" as const;
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: numeric,
      month: numeric,
      day: numeric,
      hour: numeric,
      minute: numeric,
      second: numeric,
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(ts).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(ts / 1000) * 1000;
}

/** "2026-12-01T09:00" in `timeZone` → the instant; null when it isn't a real date and time. */
export function localToInstant(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0));
  if (hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null; // 31 February
  // The offset at the wall time's own instant; once more when a DST change lies in between.
  const guess = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(guess, timeZone));
}

/** The instant as "YYYY-MM-DDTHH:mm" in `timeZone`, for a datetime-local input. */
export function instantToLocal(instant: Date, timeZone: string): string {
  const ts = instant.getTime();
  return new Date(ts + offsetAt(ts, timeZone)).toISOString().slice(0, 16);
}
