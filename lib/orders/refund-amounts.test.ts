import { describe, expect, it } from "vitest";
import { lineRefund, shippingPaid } from "./refund-amounts";

const line = { quantity: 3, refundedQuantity: 0, totalAmount: 2697, discountAmount: 300, taxAmount: 449 };

describe("refund amounts", () => {
  it("gives back a line's cost, discount and tax to the cent whatever the pieces", () => {
    for (const pieces of [[3], [1, 1, 1], [1, 2], [2, 1]]) {
      let refundedQuantity = 0;
      const sums = { amount: 0, discountAmount: 0, taxAmount: 0 };
      for (const q of pieces) {
        const part = lineRefund({ ...line, refundedQuantity }, q);
        sums.amount += part.amount;
        sums.discountAmount += part.discountAmount;
        sums.taxAmount += part.taxAmount;
        refundedQuantity += q;
      }
      expect(sums).toEqual({ amount: 2697, discountAmount: 300, taxAmount: 449 });
    }
  });

  it("rounds each piece half up on the cumulative share", () => {
    // 449 / 3 = 149.67: the first unit 150, two units round(299.33) = 299 → the second 149, the last 150.
    expect(lineRefund(line, 1)).toEqual({ amount: 899, discountAmount: 100, taxAmount: 150 });
    expect(lineRefund({ ...line, refundedQuantity: 1 }, 1)).toEqual({ amount: 899, discountAmount: 100, taxAmount: 149 });
    expect(lineRefund({ ...line, refundedQuantity: 2 }, 1)).toEqual({ amount: 899, discountAmount: 100, taxAmount: 150 });
  });

  it("refuses more units than are left, and nonsense", () => {
    expect(() => lineRefund({ ...line, refundedQuantity: 2 }, 2)).toThrow(RangeError);
    expect(() => lineRefund(line, -1)).toThrow(RangeError);
    expect(() => lineRefund(line, 1.5)).toThrow(RangeError);
    expect(lineRefund(line, 0)).toEqual({ amount: 0, discountAmount: 0, taxAmount: 0 });
  });

  it("takes the shipping's tax as the order's tax minus the lines', on top only when prices exclude tax", () => {
    expect(shippingPaid({ shippingAmount: 500, taxAmount: 549, pricesIncludeTax: false }, 449)).toEqual({ amount: 600, taxAmount: 100 });
    expect(shippingPaid({ shippingAmount: 500, taxAmount: 532, pricesIncludeTax: true }, 449)).toEqual({ amount: 500, taxAmount: 83 });
  });
});
