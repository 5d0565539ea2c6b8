/*
 * Order pricing: pure, no database. Every amount is integer minor units of the shop's
 * currency; percentages are basis points (1500 = 15 %). See docs/decisions/0004-pricing.md.
 *
 * The order of operations:
 *  1. Line subtotal = unit price × quantity (prices as the merchant entered them: tax
 *     included when the shop's prices include tax, before tax otherwise).
 *  2. Line-level discounts (scope PRODUCTS / COLLECTIONS) on the lines they name, then
 *  3. order-level discounts (scope ORDER) on what is left of every line.
 *     Within each level percentages go first, then fixed amounts. Each discount is taken
 *     from what earlier discounts left (two 50 % codes give 75 %, never 100 %); a fixed
 *     amount larger than what is left is capped at it. A discount's amount is split over its
 *     lines in proportion to what is left of each (largest remainder), so no line goes below 0.
 *  4. Shipping: the rate's amount, or 0 when the DISCOUNTED subtotal (after 2 and 3) is at
 *     least the rate's free-above threshold. Shipping is never discounted.
 *  5. Tax on (discounted lines + shipping), computed once for the order and rounded half-up:
 *     tax-inclusive prices: tax = round(gross × rate / (1 + rate)), already inside the total;
 *     tax-exclusive prices: tax = round(net × rate), added on top.
 *     The order's tax is then split over the lines and shipping (largest remainder), so the
 *     parts always sum to the order's tax and each is within one minor unit of its exact share.
 *
 * Rounding: half-up (x.5 → x+1) wherever a rate turns an amount into a fraction — once per
 * discount and once for the order's tax; splitting uses largest remainder. Totals are never
 * negative. Non-combinable discounts: at most one code, unless every code is combinable.
 */
import { allocate, divideHalfUp, toBig, toNumber } from "@/lib/money/allocate";

export type DiscountType = "PERCENTAGE" | "FIXED_AMOUNT";
export type DiscountScope = "ORDER" | "PRODUCTS" | "COLLECTIONS";

export type PricingDiscount = {
  id: string;
  code: string;
  type: DiscountType;
  value: number; // basis points for PERCENTAGE, minor units for FIXED_AMOUNT
  scope: DiscountScope;
  productIds: readonly string[];
  collectionIds: readonly string[];
  combinable: boolean;
};

export type PricingLine = {
  key: string; // the caller's id for the line (cart line id)
  productId: string;
  collectionIds: readonly string[];
  unitPriceAmount: number;
  quantity: number;
};

export type PricingInput = {
  lines: readonly PricingLine[];
  discounts: readonly PricingDiscount[];
  shipping: { amount: number; freeAboveAmount: number | null } | null;
  tax: { rateBps: number; pricesIncludeTax: boolean };
};

export type PricedLine = {
  key: string;
  subtotalAmount: number; // unit × quantity
  discountAmount: number;
  taxAmount: number; // part of the order's tax; inside totalAmount either way
  totalAmount: number; // what the shopper pays for the line: subtotal − discount (+ tax when exclusive)
};

export type PricedOrder = {
  subtotalAmount: number;
  discountAmount: number;
  shippingAmount: number; // as priced (tax included when prices include tax)
  shippingTaxAmount: number;
  taxAmount: number; // lines + shipping
  totalAmount: number;
  lines: PricedLine[];
  discounts: { id: string; code: string; amount: number }[];
};

/** Why a set of codes cannot be used together (a key of the `errors` messages), or null. */
export function combinationProblem(discounts: readonly Pick<PricingDiscount, "id" | "combinable">[]): "codeTwice" | "codesNotCombinable" | null {
  if (new Set(discounts.map((d) => d.id)).size !== discounts.length) return "codeTwice";
  if (discounts.length > 1 && !discounts.every((d) => d.combinable)) return "codesNotCombinable";
  return null;
}

export function applies(discount: Pick<PricingDiscount, "scope" | "productIds" | "collectionIds">, line: Pick<PricingLine, "productId" | "collectionIds">) {
  if (discount.scope === "ORDER") return true;
  if (discount.scope === "PRODUCTS") return discount.productIds.includes(line.productId);
  return line.collectionIds.some((id) => discount.collectionIds.includes(id));
}

const BPS = 10_000n;

export function priceOrder(input: PricingInput): PricedOrder {
  const problem = combinationProblem(input.discounts);
  if (problem) throw new RangeError(problem);
  const rate = toBig(input.tax.rateBps, "tax rate");
  const subtotals = input.lines.map((l) => {
    if (!Number.isSafeInteger(l.quantity) || l.quantity < 1) throw new RangeError(`Quantity must be a positive integer, got ${l.quantity}`);
    return toBig(l.unitPriceAmount, "unit price") * BigInt(l.quantity);
  });
  const left = [...subtotals]; // what each line still costs after the discounts so far
  const applied: { id: string; code: string; amount: number }[] = [];

  const levels = [input.discounts.filter((d) => d.scope !== "ORDER"), input.discounts.filter((d) => d.scope === "ORDER")];
  for (const level of levels) {
    const ordered = [...level.filter((d) => d.type === "PERCENTAGE"), ...level.filter((d) => d.type === "FIXED_AMOUNT")];
    for (const discount of ordered) {
      const eligible = input.lines.flatMap((line, i) => (applies(discount, line) ? [i] : []));
      const base = eligible.reduce((sum, i) => sum + left[i], 0n);
      const value = toBig(discount.value, "discount value");
      const amount = discount.type === "PERCENTAGE" ? divideHalfUp(base * (value > BPS ? BPS : value), BPS) : value > base ? base : value;
      allocate(
        amount,
        eligible.map((i) => left[i]),
      ).forEach((part, k) => (left[eligible[k]] -= part));
      applied.push({ id: discount.id, code: discount.code, amount: toNumber(amount) });
    }
  }

  const discounted = left.reduce((a, b) => a + b, 0n);
  const shipping = input.shipping;
  const free = shipping?.freeAboveAmount != null && discounted >= toBig(shipping.freeAboveAmount, "free shipping threshold");
  const shippingAmount = shipping && !free ? toBig(shipping.amount, "shipping amount") : 0n;

  const taxBase = discounted + shippingAmount;
  const tax = input.tax.pricesIncludeTax ? divideHalfUp(taxBase * rate, BPS + rate) : divideHalfUp(taxBase * rate, BPS);
  const taxParts = allocate(tax, [...left, shippingAmount]);
  const exclusive = !input.tax.pricesIncludeTax;

  const lines = input.lines.map((line, i) => ({
    key: line.key,
    subtotalAmount: toNumber(subtotals[i]),
    discountAmount: toNumber(subtotals[i] - left[i]),
    taxAmount: toNumber(taxParts[i]),
    totalAmount: toNumber(left[i] + (exclusive ? taxParts[i] : 0n)),
  }));
  const shippingTax = taxParts[input.lines.length];
  return {
    subtotalAmount: toNumber(subtotals.reduce((a, b) => a + b, 0n)),
    discountAmount: toNumber(subtotals.reduce((a, b) => a + b, 0n) - discounted),
    shippingAmount: toNumber(shippingAmount),
    shippingTaxAmount: toNumber(shippingTax),
    taxAmount: toNumber(tax),
    totalAmount: toNumber(taxBase + (exclusive ? tax : 0n)),
    lines,
    discounts: applied,
  };
}
