import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps paths on this site, with query and hash", () => {
    expect(safeNextPath("/dashboard/shops/new")).toBe("/dashboard/shops/new");
    expect(safeNextPath("/admin?tab=shops#top")).toBe("/admin?tab=shops#top");
    expect(safeNextPath("/a/../admin")).toBe("/admin");
  });

  it("falls back for anything that could leave the site", () => {
    for (const value of [
      "//evil.example",
      "//evil.example/path",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "https://evil.example",
      "http:evil.example",
      "javascript:alert(1)",
      "evil.example",
      "dashboard",
      "",
      "/" + "a".repeat(2001),
    ]) {
      expect(safeNextPath(value), value).toBe("/dashboard");
    }
  });

  it("falls back for missing or repeated parameters, to the given default", () => {
    expect(safeNextPath(undefined)).toBe("/dashboard");
    expect(safeNextPath(["/admin", "/x"])).toBe("/dashboard");
    expect(safeNextPath(null, "/admin")).toBe("/admin");
  });
});
