import { describe, expect, it } from "vitest";
import { isRetryable } from "./db";

describe("isRetryable", () => {
  it("retries deadlocks and serialization failures from Prisma and from pg directly (pg-boss's statements)", () => {
    expect(isRetryable({ code: "P2034" })).toBe(true);
    expect(isRetryable({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "40P01" } } } })).toBe(true);
    expect(isRetryable(Object.assign(new Error("deadlock detected"), { code: "40P01" }))).toBe(true);
    expect(isRetryable(Object.assign(new Error("could not serialize access"), { code: "40001" }))).toBe(true);
  });

  it("does not retry other errors", () => {
    expect(isRetryable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isRetryable(new Error("boom"))).toBe(false);
    expect(isRetryable(undefined)).toBe(false);
  });
});
