// Discount codes: whether a code can be used on a cart, with the message the shopper reads.
// validateDiscountCode is the friendly early check for the cart page; startCheckout checks
// the same rules again under the discount row's lock and claims the use atomically.
import "server-only";
import { priceCart, type PricedCart } from "@/lib/cart/price-cart";
import type { Db } from "@/lib/core/db";
import { msg, type Message } from "@/lib/core/errors";
import { applies, combinationProblem, type PricingDiscount } from "./pricing";

export type DiscountRow = PricingDiscount & {
  active: boolean;
  startsAt: Date | null;
  endsAt: Date | null;
  minSubtotalAmount: number;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  usedCount: number;
};

export const discountSelect = {
  id: true,
  code: true,
  type: true,
  value: true,
  scope: true,
  productIds: true,
  collectionIds: true,
  combinable: true,
  active: true,
  startsAt: true,
  endsAt: true,
  minSubtotalAmount: true,
  usageLimit: true,
  perCustomerLimit: true,
  usedCount: true,
} as const;

export const MAX_CODES = 5;

/** Codes are stored upper-case; shoppers type them any way. */
export function normalizeCode(code: string) {
  return code.trim().toUpperCase();
}

export const unknownCode = (code: string) => msg("codeUnknown", { code });

export type DiscountContext = {
  now: Date;
  currency: string;
  subtotalAmount: number; // before any discount
  lines: readonly { productId: string; collectionIds: readonly string[] }[];
  customerUses: number; // this email's orders (pending or paid) that used the code
};

/** Why `discount` can't be used here, in the shopper's words; null when it can. */
export function discountProblem(discount: DiscountRow, ctx: DiscountContext): Message | null {
  if (!discount.active) return unknownCode(discount.code);
  if (discount.startsAt && discount.startsAt > ctx.now) return msg("codeNotStarted");
  if (discount.endsAt && discount.endsAt <= ctx.now) return msg("codeExpired");
  if (discount.usageLimit !== null && discount.usedCount >= discount.usageLimit) return msg("codeUsedUp");
  if (discount.perCustomerLimit !== null && ctx.customerUses >= discount.perCustomerLimit) return msg("codeAlreadyUsed");
  if (ctx.subtotalAmount < discount.minSubtotalAmount)
    return msg("codeMinSubtotal", { amount: { amount: discount.minSubtotalAmount, currency: ctx.currency } });
  if (!ctx.lines.some((line) => applies(discount, line))) return msg("codeNotApplicable");
  return null;
}

/** How many of this email's live orders (pending or paid) used the code: released uses don't count. */
export async function customerUses(db: Db, shopId: string, discountId: string, email: string | null | undefined) {
  if (!email) return 0;
  return db.discountRedemption.count({
    where: { shopId, discountId, email: email.trim().toLowerCase(), order: { status: { in: ["PENDING", "PAID"] } } },
  });
}

export type CodeCheck = { ok: true; discount: DiscountRow } | { ok: false; message: Message };

/**
 * Checks `code` against the cart: active, dates, usage limit, per-customer limit (when the
 * email is known), minimum subtotal, scope, and whether it combines with `otherCodes`.
 */
export async function validateDiscountCode(
  db: Db,
  shopId: string,
  input: { cartId: string; code: string; email?: string | null; userId?: string | null; otherCodes?: readonly string[]; now?: Date },
): Promise<CodeCheck> {
  if (!normalizeCode(input.code)) return { ok: false, message: msg("codeRequired") };
  return checkDiscountCode(db, shopId, await priceCart(db, shopId, input.cartId, input.userId), input);
}

/** validateDiscountCode for a cart already priced (the checkout summary checks several codes against one). */
export async function checkDiscountCode(
  db: Db,
  shopId: string,
  cart: PricedCart | null,
  input: { code: string; email?: string | null; otherCodes?: readonly string[]; now?: Date },
): Promise<CodeCheck> {
  const code = normalizeCode(input.code);
  if (!code) return { ok: false, message: msg("codeRequired") };
  if (!cart || !cart.lines.length) return { ok: false, message: msg("cartEmpty") };
  const codes = [...new Set([...(input.otherCodes ?? []).map(normalizeCode), code])];
  if (codes.length > MAX_CODES) return { ok: false, message: msg("tooManyCodes", { max: MAX_CODES }) };
  const found = await db.discount.findMany({ where: { shopId, code: { in: codes } }, select: discountSelect });
  const discount = found.find((d) => d.code === code);
  if (!discount) return { ok: false, message: unknownCode(code) };
  const lines = cart.lines.filter((l) => l.problem?.code !== "unavailable");
  const problem = discountProblem(discount, {
    now: input.now ?? new Date(),
    currency: cart.currency,
    subtotalAmount: cart.subtotalAmount,
    lines,
    customerUses: await customerUses(db, shopId, discount.id, input.email),
  });
  if (problem) return { ok: false, message: problem };
  const combination = combinationProblem(found);
  if (combination) return { ok: false, message: msg(combination) };
  return { ok: true, discount };
}
