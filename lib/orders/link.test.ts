import { describe, expect, it } from "vitest";

process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1/unused";
process.env.BETTER_AUTH_SECRET = "unit-tests-secret-unit-tests-secret-0123";
const { orderStatusPath, orderToken, verifyOrderToken } = await import("./link");

describe("order status links", () => {
  it("are the ones already in shoppers' mails: same key derivation and encoding", () => {
    expect(orderToken("ord_123")).toBe("e89cvjI2yaHR4jp9nUc5uTqthJZwqsNtCyrolw3W8do");
    expect(orderStatusPath("tea", "ord_123")).toBe("/s/tea/orders/ord_123?token=e89cvjI2yaHR4jp9nUc5uTqthJZwqsNtCyrolw3W8do");
  });

  it("open their own order only", () => {
    expect(verifyOrderToken("ord_123", orderToken("ord_123"))).toBe(true);
    expect(verifyOrderToken("ord_124", orderToken("ord_123"))).toBe(false);
    for (const bad of [undefined, ["x"], "", orderToken("ord_123").slice(1)]) expect(verifyOrderToken("ord_123", bad)).toBe(false);
  });
});
