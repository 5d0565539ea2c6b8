import { describe, expect, it } from "vitest";
import { parseShippingAddress } from "./address";
import { AppError } from "@/lib/core/errors";

const base = { name: "Ada Lovelace", line1: "1 Main St", city: "Springfield" };

function fields(input: unknown, countries: string[] = []) {
  try {
    parseShippingAddress(input, countries);
  } catch (error) {
    if (error instanceof AppError) return error.fields;
    throw error;
  }
  return null;
}

describe("parseShippingAddress", () => {
  it.each([
    ["US", "94103", "94103", "CA"],
    ["US", "94103-1234", "94103-1234", "CA"],
    ["CA", "k1a0b1", "K1A 0B1", "ON"],
    ["GB", "sw1a1aa", "SW1A 1AA", undefined],
    ["GB", "EC1A 1BB", "EC1A 1BB", undefined],
    ["FR", "75008", "75008", undefined],
    ["DE", " 10115 ", "10115", undefined],
    ["CN", "100000", "100000", "Beijing"],
    ["JP", "1000001", "100-0001", "Tokyo"],
    ["JP", "100-0001", "100-0001", "Tokyo"],
    ["NL", "1012 ab", "1012 AB", undefined],
  ])("accepts and normalises a %s postal code %s", (country, postalCode, expected, region) => {
    expect(parseShippingAddress({ ...base, country, postalCode, region })).toMatchObject({ country, postalCode: expected });
  });

  it.each([
    ["US", "9410"],
    ["US", "ABCDE"],
    ["CA", "D1A 0B1"], // D is not a Canadian first letter
    ["GB", "12345"],
    ["FR", "7500"],
    ["DE", "101155"],
    ["CN", "10000"],
    ["JP", "100-00011"],
    ["NL", "10_12"],
  ])("refuses a %s postal code %s with a message naming the format", (country, postalCode) => {
    expect(fields({ ...base, country, postalCode, region: "X" })?.["shippingAddress.postalCode"]).toMatch(/valid/);
  });

  it("requires a postal code where the country uses one, not elsewhere", () => {
    expect(fields({ ...base, country: "DE" })?.["shippingAddress.postalCode"]).toBe("Enter the postal code.");
    expect(fields({ ...base, country: "US", region: "CA" })?.["shippingAddress.postalCode"]).toBe("Enter the ZIP code.");
    expect(parseShippingAddress({ ...base, country: "HK" }).postalCode).toBeUndefined();
  });

  it("lower-case country codes are fine; unknown ones are not", () => {
    expect(parseShippingAddress({ ...base, country: "fr", postalCode: "75008" }).country).toBe("FR");
    expect(fields({ ...base, country: "XX" })?.["shippingAddress.country"]).toBe("Choose a country.");
    expect(fields({ ...base, country: "FRA" })?.["shippingAddress.country"]).toBe("Choose a country.");
  });

  it("names each missing field", () => {
    expect(fields({ country: "FR", postalCode: "75008" })).toMatchObject({
      "shippingAddress.name": "Enter the recipient's name.",
      "shippingAddress.line1": "Enter the street address.",
      "shippingAddress.city": "Enter the city.",
    });
    expect(fields({ ...base, name: "   ", country: "FR", postalCode: "75008" })?.["shippingAddress.name"]).toBe("Enter the recipient's name.");
    expect(fields(null)?.["shippingAddress"]).toBeTruthy();
  });

  it("requires the state in the US", () => {
    expect(fields({ ...base, country: "US", postalCode: "94103" })?.["shippingAddress.region"]).toBe("Enter the state.");
  });

  it("keeps to the shipping rate's countries", () => {
    const address = { ...base, country: "FR", postalCode: "75008" };
    expect(parseShippingAddress(address, ["FR", "DE"]).country).toBe("FR");
    expect(fields(address, ["DE"])?.["shippingAddress.country"]).toMatch(/doesn't deliver/);
  });

  it("drops fields it does not know", () => {
    const parsed = parseShippingAddress({ ...base, country: "FR", postalCode: "75008", totalAmount: 1 });
    expect(parsed).not.toHaveProperty("totalAmount");
  });
});
