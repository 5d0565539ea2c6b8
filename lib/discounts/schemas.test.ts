import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/core/input";
import { discountFormValues, discountSchema } from "./schemas";

const base = { code: "save", type: "PERCENTAGE", value: "15", scope: "ORDER" };
const errors = (currency: string, input: Record<string, unknown>) => {
  const result = discountSchema(currency).safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
};

describe("the discount form's rules", () => {
  it("stores percentages in basis points and amounts in the currency's minor units", () => {
    expect(discountSchema("EUR").parse({ ...base, value: "12,5" })).toMatchObject({ code: "SAVE", value: 1250 });
    expect(discountSchema("EUR").parse({ ...base, type: "FIXED_AMOUNT", value: "5.5", minSubtotal: "20" })).toMatchObject({
      value: 550,
      minSubtotalAmount: 2000,
    });
    expect(discountSchema("JPY").parse({ ...base, type: "FIXED_AMOUNT", value: "500" })).toMatchObject({ value: 500 });
    expect(errors("JPY", { ...base, type: "FIXED_AMOUNT", value: "5.50" })).toEqual({ value: "Enter an amount like 5" });
  });

  it("keeps percentages between 1 and 100 and amounts above zero", () => {
    expect(errors("EUR", { ...base, value: "100.01" })).toEqual({ value: "Enter a percentage from 1 to 100" });
    expect(errors("EUR", { ...base, value: "0.5" })).toEqual({ value: "Enter a percentage from 1 to 100" });
    expect(errors("EUR", { ...base, type: "FIXED_AMOUNT", value: "0" })).toEqual({ value: "Enter an amount above zero" });
    expect(discountSchema("EUR").parse({ ...base, value: "100" }).value).toBe(10_000);
  });

  it("drops the products or collections a whole-order code doesn't use", () => {
    const parsed = discountSchema("EUR").parse({ ...base, productIds: "p1,p2", collectionIds: ["c1"] });
    expect(parsed).toMatchObject({ scope: "ORDER", productIds: [], collectionIds: [] });
    expect(discountSchema("EUR").parse({ ...base, scope: "PRODUCTS", productIds: " p1 ,p2,p1," }).productIds).toEqual(["p1", "p2"]);
  });

  it("shows a stored code back as the form typed it", () => {
    const data = discountSchema("EUR").parse({
      ...base,
      type: "FIXED_AMOUNT",
      value: "7.25",
      startsAt: "2026-12-01T09:00",
      timeZone: "Europe/Paris",
      usageLimit: "10",
      active: "on",
    });
    expect(discountFormValues(data, "EUR", "Europe/Paris")).toMatchObject({
      code: "SAVE",
      value: "7.25",
      startsAt: "2026-12-01T09:00",
      endsAt: "",
      usageLimit: "10",
      perCustomerLimit: "",
      active: true,
      combinable: false,
    });
  });
});
