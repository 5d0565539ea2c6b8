import { describe, expect, it } from "vitest";
import { canChangeRequest, checkRequestLines, requestableQuantities } from "./after-sales-rules";

const lines = [
  { id: "a", quantity: 3, refundedQuantity: 0 },
  { id: "b", quantity: 2, refundedQuantity: 1 },
  { id: "c", quantity: 1, refundedQuantity: 1 },
];
const keys = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).map(([k, m]) => [k, (m as { key: string }).key]));

describe("requestableQuantities", () => {
  it("is bought minus refunded, and nothing on a line an open request holds", () => {
    expect(Object.fromEntries(requestableQuantities(lines, []))).toEqual({ a: 3, b: 1, c: 0 });
    expect(Object.fromEntries(requestableQuantities(lines, [{ orderLineId: "a", quantity: 1 }]))).toEqual({ a: 0, b: 1, c: 0 });
  });
});

describe("checkRequestLines", () => {
  it("accepts what is left", () => {
    expect(
      checkRequestLines(
        [
          { orderLineId: "a", quantity: 3 },
          { orderLineId: "b", quantity: 1 },
        ],
        lines,
        [],
      ),
    ).toEqual({});
  });
  it("refuses more than bought minus refunded, naming the line", () => {
    expect(keys(checkRequestLines([{ orderLineId: "b", quantity: 2 }], lines, []))).toEqual({ "lines.0": "afterSalesAtMost" });
    expect(keys(checkRequestLines([{ orderLineId: "c", quantity: 1 }], lines, []))).toEqual({ "lines.0": "afterSalesNothingLeft" });
  });
  it("refuses a line another open request holds, an unknown line, a line twice, no line", () => {
    expect(keys(checkRequestLines([{ orderLineId: "a", quantity: 1 }], lines, [{ orderLineId: "a", quantity: 1 }]))).toEqual({
      "lines.0": "afterSalesLineOpen",
    });
    expect(keys(checkRequestLines([{ orderLineId: "z", quantity: 1 }], lines, []))).toEqual({ "lines.0": "afterSalesLineNotInOrder" });
    expect(
      keys(
        checkRequestLines(
          [
            { orderLineId: "a", quantity: 1 },
            { orderLineId: "a", quantity: 1 },
          ],
          lines,
          [],
        ),
      ),
    ).toEqual({ form: "afterSalesEachLineOnce" });
    expect(keys(checkRequestLines([], lines, []))).toEqual({ form: "afterSalesChooseLines" });
  });
});

describe("request states", () => {
  it("moves requested → accepted → completed, or to rejected; withdrawn only while requested", () => {
    expect(canChangeRequest("REQUESTED", "ACCEPTED")).toBe(true);
    expect(canChangeRequest("ACCEPTED", "COMPLETED")).toBe(true);
    expect(canChangeRequest("REQUESTED", "COMPLETED")).toBe(false);
    expect(canChangeRequest("ACCEPTED", "REJECTED")).toBe(true);
    expect(canChangeRequest("ACCEPTED", "WITHDRAWN")).toBe(false);
    expect(canChangeRequest("COMPLETED", "REJECTED")).toBe(false);
    expect(canChangeRequest("REJECTED", "ACCEPTED")).toBe(false);
  });
});
