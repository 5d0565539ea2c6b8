import { describe, expect, it } from "vitest";
import { adminRoleOf, canAdmin, withAdminRole } from "./roles";

describe("platform roles", () => {
  it("reads the platform role from better-auth's comma-separated roles, administrator first", () => {
    expect(adminRoleOf("admin")).toBe("admin");
    expect(adminRoleOf("moderator")).toBe("moderator");
    expect(adminRoleOf("user, moderator")).toBe("moderator");
    expect(adminRoleOf("moderator,admin")).toBe("admin");
    expect(adminRoleOf("user")).toBeNull();
    expect(adminRoleOf("administrator")).toBeNull();
    expect(adminRoleOf("")).toBeNull();
    expect(adminRoleOf(null)).toBeNull();
  });

  it("lets a moderator work queues and enforce, never manage admins", () => {
    expect(["console", "review", "enforce", "manageAdmins"].map((p) => canAdmin("admin", p as never))).toEqual([true, true, true, true]);
    expect(["console", "review", "enforce", "manageAdmins"].map((p) => canAdmin("moderator", p as never))).toEqual([true, true, true, false]);
    expect(["console", "review", "enforce", "manageAdmins"].map((p) => canAdmin("user", p as never))).toEqual([false, false, false, false]);
  });

  it("replaces only the platform role, keeping any other", () => {
    expect(withAdminRole("user", "moderator")).toBe("moderator");
    expect(withAdminRole("moderator", "admin")).toBe("admin");
    expect(withAdminRole("admin,beta", null)).toBe("beta");
    expect(withAdminRole("admin", null)).toBe("user");
    expect(withAdminRole(null, null)).toBe("user");
  });
});
