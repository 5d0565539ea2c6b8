import { describe, expect, it } from "vitest";
import { isTrusted, TRUST, trustScore } from "./trust-score";

const clean = { dueOrders: 20, onTimeOrders: 20, paidOrders: 20, refundedOrders: 0, upheldReports: 0, activePoints: 0 };
const byKey = (inputs: typeof clean) => Object.fromEntries(trustScore(inputs).parts.map((p) => [p.key, p.score]));

describe("trustScore", () => {
  it("gives a spotless shop with a record 100", () => {
    expect(trustScore(clean).score).toBe(100);
    expect(isTrusted(100)).toBe(true);
  });

  it("weighs each part as documented", () => {
    expect(byKey({ ...clean, onTimeOrders: 15 })).toMatchObject({ fulfilment: 30 }); // 40 × 75 %
    expect(byKey({ ...clean, refundedOrders: 2 })).toMatchObject({ refunds: 12.5 }); // 10 % of 20 % floor
    expect(byKey({ ...clean, refundedOrders: 8 })).toMatchObject({ refunds: 0 }); // above the floor: 0, not negative
    expect(byKey({ ...clean, upheldReports: 2 })).toMatchObject({ reports: 9 });
    expect(byKey({ ...clean, upheldReports: 9 })).toMatchObject({ reports: 0 });
    expect(byKey({ ...clean, activePoints: 3 })).toMatchObject({ penalties: 15 });
    expect(byKey({ ...clean, activePoints: 30 })).toMatchObject({ penalties: 0 });
  });

  it("sums and rounds the parts: 30 + 12.5 + 9 + 15 = 66.5 → 67", () => {
    const { score, parts } = trustScore({ ...clean, onTimeOrders: 15, refundedOrders: 2, upheldReports: 2, activePoints: 3 });
    expect(score).toBe(67);
    expect(parts.map((p) => p.max)).toEqual([40, 25, 15, 20]);
    expect(isTrusted(score)).toBe(false);
  });

  it("gives a shop without enough orders half marks on the order parts: not yet trusted", () => {
    const { score, parts } = trustScore({ dueOrders: 2, onTimeOrders: 2, paidOrders: 4, refundedOrders: 0, upheldReports: 0, activePoints: 0 });
    expect(parts[0]).toMatchObject({ score: 20, detail: expect.stringContaining("Fewer than 5") });
    expect(parts[1]).toMatchObject({ score: 12.5 });
    expect(score).toBe(68);
    expect(score).toBeLessThan(TRUST.trustedFrom);
  });

  it("never leaves 0–100", () => {
    expect(trustScore({ dueOrders: 10, onTimeOrders: 0, paidOrders: 10, refundedOrders: 10, upheldReports: 50, activePoints: 99 }).score).toBe(0);
  });

  it("trusts from 85 up, and not an uncomputed score", () => {
    expect(isTrusted(85)).toBe(true);
    expect(isTrusted(84)).toBe(false);
    expect(isTrusted(null)).toBe(false);
  });
});
