// What a refund gives back, line by line, discounts and tax included (docs/decisions/0004-pricing.md):
// each order line stores what its units cost after their share of the discounts (totalAmount),
// that discount and that tax. Refunding units from..to of a line's Q gives back
// cum(to) − cum(from), where cum(n) = round_half_up(part × n / Q) for each stored part; so
// refunds taken in any pieces add up, to the cent, to what the line cost, its discount and its
// tax (cum(Q) is the part itself), and no piece is more than half a cent from its exact share.
import { divideHalfUp, toBig, toNumber } from "@/lib/money/allocate";

export type RefundableLine = { quantity: number; refundedQuantity: number; totalAmount: number; discountAmount: number; taxAmount: number };
export type LineRefund = { amount: number; discountAmount: number; taxAmount: number };

/** The money `quantity` more units of the line give back (after those already refunded). */
export function lineRefund(line: RefundableLine, quantity: number): LineRefund {
  const from = line.refundedQuantity;
  const to = from + quantity;
  if (!Number.isInteger(quantity) || quantity < 0 || to > line.quantity) throw new RangeError(`Can't refund ${quantity} of what is left of ${line.quantity}`);
  const Q = toBig(line.quantity, "quantity");
  const cum = (part: number, n: number) => (n === line.quantity ? toBig(part, "part") : divideHalfUp(toBig(part, "part") * BigInt(n), Q));
  const share = (part: number) => toNumber(cum(part, to) - cum(part, from));
  return { amount: share(line.totalAmount), discountAmount: share(line.discountAmount), taxAmount: share(line.taxAmount) };
}

/**
 * What the shopper paid for shipping and the tax on it: the order's tax minus the lines' is
 * the shipping's share (0004); it was added on top when prices exclude tax.
 */
export function shippingPaid(order: { shippingAmount: number; taxAmount: number; pricesIncludeTax: boolean }, linesTax: number) {
  const taxAmount = order.taxAmount - linesTax;
  return { amount: order.shippingAmount + (order.pricesIncludeTax ? 0 : taxAmount), taxAmount };
}
