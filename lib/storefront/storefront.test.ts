import { describe, it, expect } from "vitest";
import { available, contrastRatio, isSoldOut, priceRange, safeThemeColor, shopTheme, textColorOn } from "./storefront";

describe("stock", () => {
  it("counts units on hand minus those held by open checkouts", () => {
    expect(available({ trackStock: true, stock: 5, reserved: 2 })).toBe(3);
    expect(available({ trackStock: true, stock: 3, reserved: 3 })).toBe(0);
    expect(available({ trackStock: true, stock: 1, reserved: 4 })).toBe(0);
    expect(available({ trackStock: false, stock: 0, reserved: 0 })).toBe(Infinity);
  });

  it("calls a product sold out only when no variant can be bought", () => {
    expect(
      isSoldOut([
        { trackStock: true, stock: 2, reserved: 2 },
        { trackStock: true, stock: 0, reserved: 0 },
      ]),
    ).toBe(true);
    expect(
      isSoldOut([
        { trackStock: true, stock: 0, reserved: 0 },
        { trackStock: true, stock: 1, reserved: 0 },
      ]),
    ).toBe(false);
    expect(isSoldOut([{ trackStock: false, stock: 0, reserved: 0 }])).toBe(false);
  });
});

describe("priceRange", () => {
  it("gives the lowest and highest price and whether anything is on sale", () => {
    expect(
      priceRange([
        { priceAmount: 2900, compareAtAmount: null },
        { priceAmount: 1900, compareAtAmount: null },
      ]),
    ).toEqual({ min: 1900, max: 2900, onSale: false });
    expect(priceRange([{ priceAmount: 1900, compareAtAmount: 2400 }])).toEqual({ min: 1900, max: 1900, onSale: true });
    // A compare-at price at or below the price is no sale.
    expect(priceRange([{ priceAmount: 1900, compareAtAmount: 1900 }]).onSale).toBe(false);
  });
});

describe("theme colour", () => {
  it("only lets #rrggbb into a style attribute", () => {
    expect(safeThemeColor("#BE123C")).toBe("#BE123C");
    expect(safeThemeColor("red; background: url(https://evil.example)")).toBe("#0f766e");
    expect(safeThemeColor("#fff")).toBe("#0f766e");
  });

  it("picks the readable text colour", () => {
    expect(textColorOn("#be123c")).toBe("#ffffff");
    expect(textColorOn("#1e3a8a")).toBe("#ffffff");
    expect(textColorOn("#fde68a")).toBe("#111827");
    expect(textColorOn("#ffffff")).toBe("#111827");
  });
});

describe("shop theme", () => {
  it("uses the theme colour as text on white only when it passes AA, else near-black", () => {
    expect(shopTheme("#be123c")).toMatchObject({ accent: "#be123c", onAccent: "#ffffff", accentText: "#be123c", focus: "#be123c" });
    // Light yellow: black text on it; unreadable as text or focus ring on white.
    expect(shopTheme("#fde047")).toMatchObject({ onAccent: "#111827", accentText: "#111827", focus: "#111827" });
    // Mid teal: fine as a focus ring (3:1), too light for text (4.5:1).
    expect(contrastRatio("#14b8a6", "#ffffff")).toBeGreaterThan(2);
    expect(shopTheme("#0d9488")).toMatchObject({ accentText: "#111827", focus: "#0d9488" });
  });

  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
  });
});
