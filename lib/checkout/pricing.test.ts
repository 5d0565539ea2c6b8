import { describe, expect, it } from "vitest";
import { allocate, divideHalfUp } from "@/lib/money/allocate";
import { combinationProblem, priceOrder, type PricingDiscount, type PricingInput, type PricingLine } from "./pricing";

const noTax = { rateBps: 0, pricesIncludeTax: true };

function line(key: string, unitPriceAmount: number, quantity = 1, productId = `prod-${key}`, collectionIds: string[] = []): PricingLine {
  return { key, productId, collectionIds, unitPriceAmount, quantity };
}

function discount(over: Partial<PricingDiscount> & Pick<PricingDiscount, "type" | "value">): PricingDiscount {
  return {
    id: over.code ?? `d-${over.type}-${over.value}`,
    code: over.code ?? `CODE${over.value}`,
    scope: "ORDER",
    productIds: [],
    collectionIds: [],
    combinable: false,
    ...over,
  };
}

function price(over: Partial<PricingInput>) {
  return priceOrder({ lines: [], discounts: [], shipping: null, tax: noTax, ...over });
}

describe("money helpers", () => {
  it("rounds half up", () => {
    expect(divideHalfUp(5n, 10n)).toBe(1n); // 0.5
    expect(divideHalfUp(4n, 10n)).toBe(0n); // 0.4
    expect(divideHalfUp(15n, 10n)).toBe(2n); // 1.5
    expect(divideHalfUp(25n, 10n)).toBe(3n); // 2.5 (not banker's rounding)
    expect(divideHalfUp(0n, 7n)).toBe(0n);
  });

  it("allocates by largest remainder, summing exactly and never above a weight", () => {
    expect(allocate(100n, [100n, 100n, 100n])).toEqual([34n, 33n, 33n]);
    expect(allocate(2n, [1n, 1n, 1n])).toEqual([1n, 1n, 0n]);
    expect(allocate(10n, [1n, 3n, 6n])).toEqual([1n, 3n, 6n]);
    expect(allocate(5n, [1n, 2n])).toEqual([2n, 3n]);
    expect(allocate(0n, [0n, 0n])).toEqual([0n, 0n]);
    expect(allocate(7n, [0n, 3n, 4n])).toEqual([0n, 3n, 4n]);
    expect(() => allocate(1n, [0n])).toThrow();
  });
});

describe("priceOrder", () => {
  it("adds up lines without discounts or tax", () => {
    const order = price({ lines: [line("a", 1250, 2), line("b", 999)], shipping: { amount: 490, freeAboveAmount: null } });
    expect(order).toMatchObject({ subtotalAmount: 3499, discountAmount: 0, shippingAmount: 490, taxAmount: 0, totalAmount: 3989 });
    expect(order.lines.map((l) => l.totalAmount)).toEqual([2500, 999]);
  });

  it("takes tax out of tax-inclusive prices: round(gross × rate / (1 + rate))", () => {
    const order = price({ lines: [line("a", 1200)], tax: { rateBps: 2000, pricesIncludeTax: true } });
    expect(order).toMatchObject({ taxAmount: 200, totalAmount: 1200 });
    // 999 × 0.2 / 1.2 = 166.5 → 167 (half up)
    expect(price({ lines: [line("a", 999)], tax: { rateBps: 2000, pricesIncludeTax: true } }).taxAmount).toBe(167);
    // 7 % of 1000 gross: 1000 × 700 / 10700 = 65.42 → 65
    expect(price({ lines: [line("a", 1000)], tax: { rateBps: 700, pricesIncludeTax: true } }).taxAmount).toBe(65);
  });

  it("adds tax on top of tax-exclusive prices, rounding half up", () => {
    const order = price({ lines: [line("a", 1000)], tax: { rateBps: 2000, pricesIncludeTax: false } });
    expect(order).toMatchObject({ taxAmount: 200, totalAmount: 1200 });
    expect(order.lines[0]).toMatchObject({ taxAmount: 200, totalAmount: 1200 });
    // 10 % of 5 = 0.5 → 1
    expect(price({ lines: [line("a", 5)], tax: { rateBps: 1000, pricesIncludeTax: false } })).toMatchObject({ taxAmount: 1, totalAmount: 6 });
    // 8.25 % of 1999 = 164.9175 → 165
    expect(price({ lines: [line("a", 1999)], tax: { rateBps: 825, pricesIncludeTax: false } }).taxAmount).toBe(165);
  });

  it("taxes shipping too, and splits the order's tax over lines and shipping", () => {
    const inclusive = price({
      lines: [line("a", 1000), line("b", 1000)],
      shipping: { amount: 500, freeAboveAmount: null },
      tax: { rateBps: 2000, pricesIncludeTax: true },
    });
    // 2500 × 0.2 / 1.2 = 416.67 → 417: 167 + 167 + 83 (largest remainder)
    expect(inclusive.taxAmount).toBe(417);
    expect(inclusive.lines.map((l) => l.taxAmount)).toEqual([167, 167]);
    expect(inclusive.shippingTaxAmount).toBe(83);
    expect(inclusive.totalAmount).toBe(2500);

    const exclusive = price({ lines: [line("a", 1000)], shipping: { amount: 500, freeAboveAmount: null }, tax: { rateBps: 2000, pricesIncludeTax: false } });
    expect(exclusive).toMatchObject({ taxAmount: 300, shippingTaxAmount: 100, shippingAmount: 500, totalAmount: 1800 });
  });

  it("taxes the discounted amounts, not the list prices", () => {
    const order = price({
      lines: [line("a", 10000)],
      discounts: [discount({ type: "PERCENTAGE", value: 2500 })],
      tax: { rateBps: 2000, pricesIncludeTax: false },
    });
    expect(order).toMatchObject({ discountAmount: 2500, taxAmount: 1500, totalAmount: 9000 });
  });

  it("compares the free-shipping threshold with the discounted subtotal", () => {
    const shipping = { amount: 490, freeAboveAmount: 5000 };
    expect(price({ lines: [line("a", 5000)], shipping }).shippingAmount).toBe(0);
    const discounted = price({ lines: [line("a", 5000)], shipping, discounts: [discount({ type: "PERCENTAGE", value: 1000 })] });
    expect(discounted).toMatchObject({ discountAmount: 500, shippingAmount: 490, totalAmount: 4990 });
    expect(price({ lines: [line("a", 4999)], shipping }).shippingAmount).toBe(490);
  });

  it("caps a fixed discount at what it applies to: never a negative total or line", () => {
    const order = price({
      lines: [line("a", 1000)],
      discounts: [discount({ type: "FIXED_AMOUNT", value: 5000 })],
      shipping: { amount: 300, freeAboveAmount: null },
    });
    expect(order).toMatchObject({ discountAmount: 1000, shippingAmount: 300, totalAmount: 300 });
    expect(order.lines[0]).toMatchObject({ discountAmount: 1000, totalAmount: 0 });
  });

  it("caps a product-scoped fixed discount at the products it names", () => {
    const order = price({
      lines: [line("a", 800, 1, "tee"), line("b", 3000, 1, "mug")],
      discounts: [discount({ type: "FIXED_AMOUNT", value: 1000, scope: "PRODUCTS", productIds: ["tee"] })],
    });
    expect(order.lines.map((l) => l.discountAmount)).toEqual([800, 0]);
    expect(order.totalAmount).toBe(3000);
  });

  it("applies collection discounts to lines in the collection only", () => {
    const order = price({
      lines: [line("a", 2000, 1, "p1", ["summer"]), line("b", 2000, 1, "p2", ["winter"])],
      discounts: [discount({ type: "PERCENTAGE", value: 5000, scope: "COLLECTIONS", collectionIds: ["summer"] })],
    });
    expect(order.lines.map((l) => l.discountAmount)).toEqual([1000, 0]);
  });

  it("applies line-level discounts before order-level ones, percentages before fixed amounts", () => {
    const order = price({
      lines: [line("a", 10000, 1, "tee"), line("b", 10000, 1, "mug")],
      discounts: [
        discount({ code: "TENOFF", type: "FIXED_AMOUNT", value: 1000, combinable: true }),
        discount({ code: "TENPCT", type: "PERCENTAGE", value: 1000, combinable: true }),
        discount({ code: "TEE", type: "PERCENTAGE", value: 5000, scope: "PRODUCTS", productIds: ["tee"], combinable: true }),
      ],
    });
    // TEE: 10000 → 5000 on tee. TENPCT (10 %): of 15000 = 1500. TENOFF: 1000.
    expect(order.discounts).toEqual([
      { id: "TEE", code: "TEE", amount: 5000 },
      { id: "TENPCT", code: "TENPCT", amount: 1500 },
      { id: "TENOFF", code: "TENOFF", amount: 1000 },
    ]);
    expect(order.totalAmount).toBe(20000 - 7500);
  });

  it("stacks combinable percentages on what is left (two 50 % codes are 75 %)", () => {
    const order = price({
      lines: [line("a", 1000)],
      discounts: [
        discount({ code: "A", type: "PERCENTAGE", value: 5000, combinable: true }),
        discount({ code: "B", type: "PERCENTAGE", value: 5000, combinable: true }),
      ],
    });
    expect(order.discountAmount).toBe(750);
    expect(order.totalAmount).toBe(250);
  });

  it("caps a percentage at 100 %", () => {
    expect(price({ lines: [line("a", 1000)], discounts: [discount({ type: "PERCENTAGE", value: 15000 })] }).totalAmount).toBe(0);
  });

  it("refuses non-combinable codes together, and a code twice", () => {
    const a = discount({ code: "A", type: "PERCENTAGE", value: 1000 });
    const b = discount({ code: "B", type: "FIXED_AMOUNT", value: 100, combinable: true });
    expect(combinationProblem([a])).toBeNull();
    expect(combinationProblem([a, b])).toBe("codesNotCombinable");
    expect(combinationProblem([{ ...a, combinable: true }, b])).toBeNull();
    expect(combinationProblem([b, b])).toBe("codeTwice");
    expect(() => price({ lines: [line("x", 100)], discounts: [a, b] })).toThrow(RangeError);
  });

  it("splits an order discount over lines in proportion to what is left of each", () => {
    const order = price({ lines: [line("a", 100), line("b", 100), line("c", 100)], discounts: [discount({ type: "FIXED_AMOUNT", value: 100 })] });
    expect(order.lines.map((l) => l.discountAmount)).toEqual([34, 33, 33]);
  });

  it("refuses invalid quantities and amounts", () => {
    expect(() => price({ lines: [line("a", 100, 0)] })).toThrow(RangeError);
    expect(() => price({ lines: [line("a", 100, -1)] })).toThrow(RangeError);
    expect(() => price({ lines: [line("a", -100)] })).toThrow(RangeError);
    expect(() => price({ lines: [line("a", 10.5)] })).toThrow(RangeError);
  });

  it("keeps every invariant on random orders: parts sum to totals, nothing negative, tax within a unit", () => {
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let run = 0; run < 500; run++) {
      const lines = Array.from({ length: 1 + rand(6) }, (_, i) => line(`l${i}`, rand(20000), 1 + rand(5), `p${rand(3)}`, [`c${rand(3)}`]));
      const pool: PricingDiscount[] = [
        discount({ code: "P", type: "PERCENTAGE", value: rand(10001), combinable: true, scope: "PRODUCTS", productIds: ["p0"] }),
        discount({ code: "C", type: "FIXED_AMOUNT", value: rand(30000), combinable: true, scope: "COLLECTIONS", collectionIds: ["c1"] }),
        discount({ code: "O", type: "PERCENTAGE", value: rand(5000), combinable: true }),
        discount({ code: "F", type: "FIXED_AMOUNT", value: rand(50000), combinable: true }),
      ];
      const discounts = pool.filter(() => rand(2) === 0);
      const tax = { rateBps: rand(3000), pricesIncludeTax: rand(2) === 0 };
      const shipping = rand(3) === 0 ? null : { amount: rand(1000), freeAboveAmount: rand(2) ? rand(40000) : null };
      const order = priceOrder({ lines, discounts, shipping, tax });
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

      expect(sum(order.lines.map((l) => l.discountAmount))).toBe(order.discountAmount);
      expect(sum(order.discounts.map((d) => d.amount))).toBe(order.discountAmount);
      expect(sum(order.lines.map((l) => l.taxAmount)) + order.shippingTaxAmount).toBe(order.taxAmount);
      const shippingTotal = order.shippingAmount + (tax.pricesIncludeTax ? 0 : order.shippingTaxAmount);
      expect(sum(order.lines.map((l) => l.totalAmount)) + shippingTotal).toBe(order.totalAmount);
      const base = sum(order.lines.map((l) => l.subtotalAmount - l.discountAmount)) + order.shippingAmount;
      for (const l of order.lines) {
        expect(l.discountAmount).toBeGreaterThanOrEqual(0);
        expect(l.discountAmount).toBeLessThanOrEqual(l.subtotalAmount);
        expect(l.totalAmount).toBeGreaterThanOrEqual(0);
        const share = base ? (order.taxAmount * (l.subtotalAmount - l.discountAmount)) / base : 0;
        expect(Math.abs(l.taxAmount - share)).toBeLessThan(1); // within a unit of its share of the order's tax
      }
      const exactTax = (base * tax.rateBps) / (tax.pricesIncludeTax ? 10000 + tax.rateBps : 10000);
      expect(Math.abs(order.taxAmount - exactTax)).toBeLessThanOrEqual(0.5 + 1e-9);
      expect(order.totalAmount).toBeGreaterThanOrEqual(0);
    }
  });
});
