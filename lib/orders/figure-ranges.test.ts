import { describe, expect, it } from "vitest";
import { bucketStart, bucketStarts, chooseRange, defaultRange, fillBuckets, todayIn } from "./figure-ranges";

describe("bucketStart", () => {
  it("starts weeks on Monday (ISO, as date_trunc) and months on the 1st", () => {
    expect(bucketStart("2026-12-02", "week")).toBe("2026-11-30"); // a Wednesday
    expect(bucketStart("2026-11-30", "week")).toBe("2026-11-30"); // a Monday
    expect(bucketStart("2026-12-06", "week")).toBe("2026-11-30"); // a Sunday
    expect(bucketStart("2026-01-01", "week")).toBe("2025-12-29"); // across a year
    expect(bucketStart("2026-12-31", "month")).toBe("2026-12-01");
    expect(bucketStart("2026-12-31", "day")).toBe("2026-12-31");
  });
});

describe("todayIn", () => {
  it("is the shop's own date, not the server's", () => {
    const now = new Date("2026-12-02T23:30:00Z");
    expect(todayIn("UTC", now)).toBe("2026-12-02");
    expect(todayIn("Asia/Shanghai", now)).toBe("2026-12-03");
    expect(todayIn("America/Los_Angeles", new Date("2026-12-03T05:00:00Z"))).toBe("2026-12-02");
  });
});

describe("defaultRange", () => {
  it("is the last 30 days, 12 weeks or 12 months up to today, whole buckets", () => {
    expect(defaultRange("day", "2026-12-02")).toEqual({ by: "day", from: "2026-11-03", to: "2026-12-02" });
    expect(defaultRange("week", "2026-12-02")).toEqual({ by: "week", from: "2026-09-14", to: "2026-12-06" });
    expect(defaultRange("month", "2026-12-02")).toEqual({ by: "month", from: "2026-01-01", to: "2026-12-31" });
    expect(bucketStarts(defaultRange("day", "2026-12-02"))).toHaveLength(30);
    expect(bucketStarts(defaultRange("week", "2026-12-02"))).toHaveLength(12);
    expect(bucketStarts(defaultRange("month", "2026-03-31"))).toHaveLength(12);
  });
});

describe("chooseRange", () => {
  const today = "2026-12-02";
  it("reads the address and widens it to whole buckets", () => {
    expect(chooseRange({ by: "week", from: "2026-11-04", to: "2026-11-18" }, today)).toEqual({
      range: { by: "week", from: "2026-11-02", to: "2026-11-22" },
      note: null,
    });
    expect(chooseRange({ by: "month", from: "2026-02-15" }, today).range).toEqual({ by: "month", from: "2026-02-01", to: "2026-12-31" });
    expect(chooseRange({ from: "2026-11-01", to: "2026-11-01" }, today).range).toEqual({ by: "day", from: "2026-11-01", to: "2026-11-01" });
  });

  it("falls back to the default, saying why, for what it can't use", () => {
    const fallback = defaultRange("day", today);
    expect(chooseRange({}, today)).toEqual({ range: fallback, note: null });
    expect(chooseRange({ by: "year" }, today)).toEqual({ range: fallback, note: null });
    expect(chooseRange({ from: "2026-02-30" }, today).note).toMatch(/weren't valid/);
    expect(chooseRange({ from: "yesterday" }, today).range).toEqual(fallback);
    expect(chooseRange({ from: "2026-12-02", to: "2026-11-01" }, today).note).toMatch(/start came after the end/);
    expect(chooseRange({ from: "2020-01-01", to: "2026-01-01" }, today).note).toMatch(/too many days/);
    expect(chooseRange({ by: "month", from: "2020-01-01", to: "2026-01-01" }, today).note).toBeNull();
    expect(chooseRange({ by: ["week", "day"] }, today).range.by).toBe("week");
  });
});

describe("fillBuckets", () => {
  it("gives every bucket of the range a row, zero where nothing sold, in order", () => {
    const range = { by: "day", from: "2026-11-28", to: "2026-12-02" } as const;
    const rows = fillBuckets(range, [
      { bucket: "2026-12-01", orders: 2, revenue: 5000 },
      { bucket: "2026-11-28", orders: 1, revenue: 1200 },
    ]);
    expect(rows).toEqual([
      { bucket: "2026-11-28", orders: 1, revenue: 1200 },
      { bucket: "2026-11-29", orders: 0, revenue: 0 },
      { bucket: "2026-11-30", orders: 0, revenue: 0 },
      { bucket: "2026-12-01", orders: 2, revenue: 5000 },
      { bucket: "2026-12-02", orders: 0, revenue: 0 },
    ]);
  });

  it("fills weeks and months, across a year and a leap day", () => {
    expect(fillBuckets({ by: "week", from: "2025-12-22", to: "2026-01-11" }, []).map((r) => r.bucket)).toEqual(["2025-12-22", "2025-12-29", "2026-01-05"]);
    expect(fillBuckets({ by: "month", from: "2027-12-01", to: "2028-03-31" }, []).map((r) => r.bucket)).toEqual([
      "2027-12-01",
      "2028-01-01",
      "2028-02-01",
      "2028-03-01",
    ]);
    expect(fillBuckets({ by: "day", from: "2028-02-28", to: "2028-03-01" }, []).map((r) => r.bucket)).toEqual(["2028-02-28", "2028-02-29", "2028-03-01"]);
  });
});
