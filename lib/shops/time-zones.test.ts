import { describe, expect, it } from "vitest";
import { timeZoneSchema } from "./schemas";
import { isTimeZone, timeZoneOptions } from "./time-zones";

describe("shop time zones", () => {
  it("accepts the runtime's IANA zones and UTC, in their own spelling", () => {
    expect(timeZoneSchema.parse("Asia/Shanghai")).toBe("Asia/Shanghai");
    expect(timeZoneSchema.parse(" UTC ")).toBe("UTC");
    expect(timeZoneSchema.parse("america/new_york")).toBe("America/New_York");
    expect(isTimeZone("America/Argentina/Buenos_Aires")).toBe(true);
  });

  it("refuses anything else, SQL included", () => {
    for (const bad of ["", "Mars/Olympus_Mons", "Europe/Paris'; --", "UTC+25", "../etc/passwd", "x".repeat(100)]) {
      expect(timeZoneSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("lists UTC first, then every zone once, with its offset", () => {
    const options = timeZoneOptions(new Date("2026-12-02T12:00:00Z"));
    expect(options[0]).toEqual({ value: "UTC", label: "UTC" });
    expect(options).toContainEqual({ value: "Asia/Shanghai", label: "Asia/Shanghai (GMT+8)" });
    expect(options).toContainEqual({ value: "America/Los_Angeles", label: "America/Los Angeles (GMT-8)" });
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
  });
});
