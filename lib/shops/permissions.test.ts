import { describe, expect, it } from "vitest";
import { ShopRole } from "@/lib/generated/prisma/enums";
import { can, permissionsByRole, type ShopPermission } from "./permissions";

// Every role's permissions, written out once more on purpose: granting one to a role or taking
// one away (a new permission included) must be a change someone makes here too.
const expected: Record<ShopRole, ShopPermission[]> = {
  OWNER: ["catalog", "orders", "settings", "members", "discounts"],
  STAFF: ["catalog", "orders", "discounts"],
};
const everyPermission = [...new Set(Object.values(permissionsByRole).flat())];

describe("shop permissions", () => {
  it("names every role of the schema and nothing else", () => {
    expect(Object.keys(permissionsByRole).sort()).toEqual(Object.values(ShopRole).sort());
  });

  for (const role of Object.values(ShopRole)) {
    it(`gives ${role} exactly ${expected[role].join(", ")}`, () => {
      expect([...permissionsByRole[role]].sort()).toEqual([...expected[role]].sort());
      for (const permission of everyPermission) expect(can(role, permission), `${role} ${permission}`).toBe(expected[role].includes(permission));
    });
  }

  it("grants nothing it doesn't name", () => {
    for (const role of Object.values(ShopRole)) expect(can(role, "refunds" as ShopPermission)).toBe(false);
  });
});
