import { describe, expect, it } from "vitest";
import { discountStatus } from "./status";

const now = new Date("2026-11-23T12:00:00Z");
const day = 86_400_000;
const code = (over: Partial<Parameters<typeof discountStatus>[0]> = {}) => ({
  active: true,
  startsAt: null,
  endsAt: null,
  usageLimit: null,
  usedCount: 0,
  ...over,
});

describe("a code's status in the merchant's list", () => {
  it("follows the checkout's rules", () => {
    expect(discountStatus(code(), now)).toBe("active");
    expect(discountStatus(code({ startsAt: new Date(now.getTime() + day) }), now)).toBe("scheduled");
    expect(discountStatus(code({ endsAt: now }), now)).toBe("expired"); // the checkout refuses from the end itself
    expect(discountStatus(code({ usageLimit: 5, usedCount: 5 }), now)).toBe("used_up");
    expect(discountStatus(code({ usageLimit: 5, usedCount: 4, startsAt: new Date(now.getTime() - day), endsAt: new Date(now.getTime() + day) }), now)).toBe(
      "active",
    );
  });

  it("says disabled first, then expired, whatever else is true", () => {
    expect(discountStatus(code({ active: false, endsAt: new Date(now.getTime() - day) }), now)).toBe("disabled");
    expect(discountStatus(code({ endsAt: new Date(now.getTime() - day), usageLimit: 1, usedCount: 1 }), now)).toBe("expired");
  });
});
