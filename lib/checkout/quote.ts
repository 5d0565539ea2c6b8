// The checkout's order summary: what startCheckout would charge for this cart now, with the
// chosen shipping rate and codes — the same priceCart, checkDiscountCode and priceOrder,
// nothing taken from the shopper but ids and codes. Nothing is reserved or claimed here.
import "server-only";
import { z } from "zod";
import { priceCart, type PricedCart } from "@/lib/cart/price-cart";
import type { CartIdentity } from "@/lib/cart/shopper-cart";
import type { Db } from "@/lib/core/db";
import { keyed, msg, parseInput } from "@/lib/core/errors";
import type { Locale } from "@/lib/i18n/locales";
import { renderMessage } from "@/lib/i18n/translate";
import { checkDiscountCode, MAX_CODES, normalizeCode, type DiscountRow } from "./discounts";
import { priceOrder, type PricedOrder } from "./pricing";

export type QuoteRate = { id: string; name: string; amount: number; freeAboveAmount: number | null; countries: string[] };

export type CheckoutQuote = {
  cart: PricedCart;
  taxRateBps: number;
  rates: QuoteRate[];
  shippingRateId: string | null; // the rate priced: the one asked for, else the first
  codes: string[]; // the codes applied, normalised
  codeErrors: Record<string, string>; // code → why it can't be used, in the shopper's language
  totals: PricedOrder | null; // null: nothing in the cart can be bought
};

const quoteSchema = z.object({
  shippingRateId: z.string(keyed("invalidInput")).max(64, keyed("invalidInput")).nullish(),
  // One more than can be applied, so the one too many is told why.
  discountCodes: z
    .array(z.string(keyed("invalidInput")).max(64, keyed("invalidInput")), keyed("invalidInput"))
    .max(MAX_CODES + 1, keyed("tooManyCodes", { max: MAX_CODES }))
    .default([]),
  email: z.string(keyed("invalidInput")).trim().max(254, keyed("invalidInput")).nullish(),
});

export type QuoteInput = z.input<typeof quoteSchema>;

/** The summary for the shopper's cart, or null when they have none. Throws AppError("invalid") for malformed input. */
export async function quoteCheckout(db: Db, shopId: string, who: CartIdentity, rawInput: unknown = {}, locale: Locale = "en"): Promise<CheckoutQuote | null> {
  const input = parseInput(quoteSchema, rawInput);
  if (!who.cartId) return null;
  const [cart, shop, rates] = await Promise.all([
    priceCart(db, shopId, who.cartId, who.userId),
    db.shop.findUnique({ where: { id: shopId }, select: { taxRateBps: true } }),
    db.shippingRate.findMany({
      where: { shopId, active: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, name: true, amount: true, freeAboveAmount: true, countries: true },
    }),
  ]);
  if (!cart || !shop) return null;
  const rate = rates.find((r) => r.id === input.shippingRateId) ?? rates[0] ?? null;

  // Each code is judged with the ones accepted before it, as the checkout will.
  const accepted: DiscountRow[] = [];
  const codeErrors: Record<string, string> = {};
  const codes = [...new Set(input.discountCodes.map(normalizeCode).filter(Boolean))];
  for (const code of codes) {
    if (accepted.length >= MAX_CODES) {
      codeErrors[code] = renderMessage(msg("tooManyCodes", { max: MAX_CODES }), locale);
      continue;
    }
    const check = await checkDiscountCode(db, shopId, cart, { code, email: input.email, otherCodes: accepted.map((d) => d.code) });
    if (check.ok) accepted.push(check.discount);
    else codeErrors[code] = renderMessage(check.message, locale);
  }

  const lines = cart.lines
    .filter((l) => l.problem?.code !== "unavailable")
    .map((l) => ({ key: l.id, productId: l.productId, collectionIds: l.collectionIds, unitPriceAmount: l.unitPriceAmount, quantity: l.quantity }));
  const totals = lines.length
    ? priceOrder({
        lines,
        discounts: accepted,
        shipping: rate ? { amount: rate.amount, freeAboveAmount: rate.freeAboveAmount } : null,
        tax: { rateBps: shop.taxRateBps, pricesIncludeTax: cart.pricesIncludeTax },
      })
    : null;
  return { cart, taxRateBps: shop.taxRateBps, rates, shippingRateId: rate?.id ?? null, codes: accepted.map((d) => d.code), codeErrors, totals };
}
