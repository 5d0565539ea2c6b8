import { describe, it, expect } from "vitest";
import { currencyExponent, formatMoney, parseMoney } from "./format";

describe("currencyExponent", () => {
  it("follows ISO 4217 minor units", () => {
    expect(currencyExponent("JPY")).toBe(0);
    expect(currencyExponent("USD")).toBe(2);
    expect(currencyExponent("EUR")).toBe(2);
    expect(currencyExponent("CNY")).toBe(2);
    expect(currencyExponent("KWD")).toBe(3);
  });
});

describe("formatMoney", () => {
  it("formats minor units with the currency's decimals", () => {
    expect(formatMoney(1234, "USD")).toBe("$12.34");
    expect(formatMoney(1234, "JPY")).toBe("¥1,234");
    expect(formatMoney(1234, "KWD")).toBe("KWD\u00a01.234");
    expect(formatMoney(5, "EUR")).toBe("€0.05");
    expect(formatMoney(0, "EUR")).toBe("€0.00");
  });

  it("uses the locale's separators and symbol position", () => {
    expect(formatMoney(123456, "EUR", "de")).toBe("1.234,56\u00a0€");
    expect(formatMoney(990, "CNY", "zh-CN")).toBe("¥9.90");
  });

  it("formats negative amounts (refunds)", () => {
    expect(formatMoney(-490, "EUR")).toBe("-€4.90");
  });

  it("stays exact where float division would drift", () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, "USD")).toBe("$90,071,992,547,409.91");
    expect(formatMoney(1005, "EUR")).toBe("€10.05");
  });

  it("rejects amounts that are not integers of minor units", () => {
    expect(() => formatMoney(12.5, "EUR")).toThrow(RangeError);
  });
});

describe("parseMoney", () => {
  it("parses decimal strings into minor units", () => {
    expect(parseMoney("12.34", "EUR")).toBe(1234);
    expect(parseMoney("12.3", "EUR")).toBe(1230);
    expect(parseMoney("12", "EUR")).toBe(1200);
    expect(parseMoney(" 0.05 ", "USD")).toBe(5);
    expect(parseMoney("1200", "JPY")).toBe(1200);
    expect(parseMoney("1.234", "KWD")).toBe(1234);
  });

  it("has no float rounding bugs", () => {
    // 1.15 * 100 === 114.99999999999999 and 4.35 * 100 === 434.99999999999994 in floats.
    expect(parseMoney("1.15", "EUR")).toBe(115);
    expect(parseMoney("4.35", "EUR")).toBe(435);
    expect(parseMoney("0.29", "EUR")).toBe(29);
  });

  it("returns null for bad input", () => {
    for (const bad of ["", " ", "abc", "12.345", "1,234", "1 234", "-5", "+5", "1e3", ".5", "5.", "12.34.5", "NaN", "Infinity", "0x10", "€12"]) {
      expect(parseMoney(bad, "EUR"), bad).toBeNull();
    }
    expect(parseMoney("12.5", "JPY")).toBeNull();
    expect(parseMoney("99999999999999999999", "EUR")).toBeNull();
  });
});
