import { describe, expect, it } from "vitest";
import { instantToLocal, isTimeZone, localToInstant } from "./dates";

describe("a code's dates in the merchant's time zone", () => {
  it("turns a wall-clock time into the instant, summer and winter time alike", () => {
    expect(localToInstant("2026-12-01T09:00", "Europe/Paris")).toEqual(new Date("2026-12-01T08:00:00Z"));
    expect(localToInstant("2026-07-01T09:00", "Europe/Paris")).toEqual(new Date("2026-07-01T07:00:00Z"));
    expect(localToInstant("2026-07-01T09:00", "America/New_York")).toEqual(new Date("2026-07-01T13:00:00Z"));
    expect(localToInstant("2026-07-01T09:00:30", "Asia/Kolkata")).toEqual(new Date("2026-07-01T03:30:30Z"));
    expect(localToInstant("2026-07-01T09:00", "UTC")).toEqual(new Date("2026-07-01T09:00:00Z"));
  });

  it("moves a time skipped by the clocks going forward to just after the change", () => {
    // Paris skips 02:00–03:00 on 29 March 2026.
    expect(localToInstant("2026-03-29T02:30", "Europe/Paris")).toEqual(new Date("2026-03-29T01:30:00Z"));
  });

  it("shows a stored instant back as the same wall-clock time", () => {
    for (const zone of ["Europe/Paris", "America/New_York", "Asia/Tokyo", "Australia/Adelaide"]) {
      const at = localToInstant("2026-10-14T02:15", zone)!;
      expect(instantToLocal(at, zone)).toBe("2026-10-14T02:15");
    }
    expect(instantToLocal(new Date("2026-12-31T23:30:00Z"), "Asia/Tokyo")).toBe("2027-01-01T08:30");
  });

  it("refuses what isn't a real date, time or zone", () => {
    expect(localToInstant("2026-02-31T10:00", "UTC")).toBeNull();
    expect(localToInstant("2026-02-10T24:00", "UTC")).toBeNull();
    expect(localToInstant("10/02/2026 10:00", "UTC")).toBeNull();
    expect(isTimeZone("Europe/Paris")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});
