import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { canChangeOrderStatus, checkOrderStatusChange, ORDER_STATUS_CHANGES, statusesBefore } from "./status";

const ALL: OrderStatus[] = ["PENDING", "PAID", "CANCELLED", "EXPIRED"];

describe("order status changes", () => {
  it("allows exactly the changes of the table", () => {
    const allowed = ALL.flatMap((from) => ALL.filter((to) => canChangeOrderStatus(from, to)).map((to) => `${from} → ${to}`));
    expect(allowed).toEqual(["PENDING → PAID", "PENDING → CANCELLED", "PENDING → EXPIRED", "PAID → CANCELLED", "CANCELLED → PAID", "EXPIRED → PAID"]);
    expect(Object.keys(ORDER_STATUS_CHANGES).sort()).toEqual([...ALL].sort());
  });

  it("never moves an order to the status it has, nor back to PENDING, nor out of PAID but by a cancel", () => {
    for (const status of ALL) expect(canChangeOrderStatus(status, status)).toBe(false);
    for (const from of ALL) expect(canChangeOrderStatus(from, "PENDING")).toBe(false);
    for (const to of ALL) expect(canChangeOrderStatus("PAID", to)).toBe(to === "CANCELLED");
  });

  it("refuses an illegal change with a conflict saying where the order is", () => {
    expect(() => checkOrderStatusChange("PENDING", "PAID")).not.toThrow();
    const refused = (() => {
      try {
        checkOrderStatusChange("PAID", "EXPIRED");
      } catch (error) {
        return error as AppError;
      }
    })();
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "conflict", status: 409, fields: { form: "This order is already paid." } });
    expect(() => checkOrderStatusChange("EXPIRED", "CANCELLED")).toThrow(AppError);
    expect(() => checkOrderStatusChange("CANCELLED", "EXPIRED")).toThrow(AppError);
  });

  it("names the statuses each conditional UPDATE may move an order from", () => {
    expect(statusesBefore("PAID")).toEqual(["PENDING", "CANCELLED", "EXPIRED"]);
    expect(statusesBefore("CANCELLED")).toEqual(["PENDING", "PAID"]);
    expect(statusesBefore("EXPIRED")).toEqual(["PENDING"]);
    expect(statusesBefore("PENDING")).toEqual([]);
  });
});
