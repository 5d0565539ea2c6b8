import { describe, expect, it } from "vitest";
import { countryCodes, countryOptions, shippingCountries } from "./countries";
import { parseShippingAddress } from "./address";

describe("checkout countries", () => {
  it("offers exactly the countries the address schema accepts", () => {
    const codes = countryCodes();
    expect(codes).toHaveLength(249);
    expect(codes).toEqual(expect.arrayContaining(["FR", "US", "CN", "JP", "GB"]));
    expect(codes).not.toContain("EU"); // a region name, not a country
    expect(codes).not.toContain("XK");
    const address = { name: "Ada", line1: "1 Main St", city: "Town", region: "R", postalCode: "" };
    for (const country of ["NZ", "IS", "VA"]) expect(parseShippingAddress({ ...address, country }).country).toBe(country);
  });

  it("names them in the shopper's language, in that language's order", () => {
    expect(countryOptions("fr", ["DE", "FR", "ES"])).toEqual([
      { code: "DE", name: "Allemagne" },
      { code: "ES", name: "Espagne" },
      { code: "FR", name: "France" },
    ]);
    expect(countryOptions("zh-CN", ["FR"])).toEqual([{ code: "FR", name: "法国" }]);
  });

  it("limits the list to the shop's rates, unless one ships everywhere", () => {
    expect(shippingCountries([{ countries: ["fr", "DE"] }, { countries: ["FR", "BE"] }])).toEqual(["BE", "DE", "FR"]);
    expect(shippingCountries([{ countries: ["FR"] }, { countries: [] }])).toBeNull();
    expect(shippingCountries([])).toBeNull();
  });
});
