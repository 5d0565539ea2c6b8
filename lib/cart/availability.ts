// Whether a line can be bought as asked: a code the shopper's language turns into words
// (components/cart/line-problem.tsx; lineProblemMessage for errors). Available = stock −
// reserved (units held by open checkouts), for variants that track stock. No imports: the
// variant picker runs this in the browser.

export type LineProblem = { code: "unavailable" } | { code: "sold_out" } | { code: "insufficient_stock"; available: number };

export type StockState = { productStatus: string; trackStock: boolean; stock: number; reserved: number };

/** Units that can still be sold, or null when the variant doesn't track stock. */
export function availableUnits(variant: Pick<StockState, "trackStock" | "stock" | "reserved">): number | null {
  return variant.trackStock ? Math.max(0, variant.stock - variant.reserved) : null;
}

/** null when `quantity` can be bought; a missing variant (deleted) is "No longer available". */
export function lineProblem(variant: StockState | null, quantity: number): LineProblem | null {
  if (!variant || variant.productStatus !== "ACTIVE") return { code: "unavailable" };
  const available = availableUnits(variant);
  if (available === null || quantity <= available) return null;
  if (available === 0) return { code: "sold_out" };
  return { code: "insufficient_stock", available };
}
