import { describe, expect, it } from "vitest";
import { can } from "./permissions";

describe("shop permissions", () => {
  it("lets owners do everything", () => {
    for (const p of ["catalog", "orders", "settings", "members"] as const) expect(can("OWNER", p)).toBe(true);
  });
  it("keeps staff out of settings and members", () => {
    expect(can("STAFF", "catalog")).toBe(true);
    expect(can("STAFF", "orders")).toBe(true);
    expect(can("STAFF", "settings")).toBe(false);
    expect(can("STAFF", "members")).toBe(false);
  });
});
