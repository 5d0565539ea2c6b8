import { describe, expect, it } from "vitest";
import { nextStatus } from "./enforcement";
import { ENFORCEMENT_ACTIONS } from "./enforcement-schemas";

// The whole table: every status × every action. null = refused, nothing changes.
const TABLE = {
  IN_REVIEW: { warn: "IN_REVIEW", penalty: "IN_REVIEW", suspend: null, reinstate: null, close: "CLOSED" },
  ACTIVE: { warn: "ACTIVE", penalty: "ACTIVE", suspend: "SUSPENDED", reinstate: null, close: "CLOSED" },
  SUSPENDED: { warn: "SUSPENDED", penalty: "SUSPENDED", suspend: null, reinstate: "ACTIVE", close: "CLOSED" },
  CLOSED: { warn: null, penalty: null, suspend: null, reinstate: null, close: null },
} as const;

describe("nextStatus", () => {
  for (const [from, row] of Object.entries(TABLE))
    for (const action of ENFORCEMENT_ACTIONS)
      it(`${action} from ${from} → ${row[action] ?? "refused"}`, () => {
        expect(nextStatus(from as keyof typeof TABLE, action)).toBe(row[action]);
      });
});
