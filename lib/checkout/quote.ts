// The checkout page's order summary: what startCheckout would charge for this cart now, with
// the chosen shipping rate and codes — the same priceCart, checkDiscountCode and priceOrder,
// nothing taken from the browser but ids and codes. Nothing is reserved or claimed here.
import "server-only";
import { priceCart, type PricedCart } from "@/lib/cart/price-cart";
import type { Db } from "./db";
import { checkDiscountCode, MAX_CODES, normalizeCode, type DiscountRow } from "./discounts";
import { priceOrder, type PricedOrder } from "./pricing";

export type QuoteRate = { id: string; name: string; amount: number; freeAboveAmount: number | null; countries: string[] };

export type CheckoutQuote = {
  cart: PricedCart;
  taxRateBps: number;
  rates: QuoteRate[];
  shippingRateId: string | null; // the rate priced: the one asked for, else the first
  codes: string[]; // the codes applied, normalised
  codeErrors: Record<string, string>; // code → why it can't be used
  totals: PricedOrder | null; // null: nothing in the cart can be bought
};

export type QuoteInput = { shippingRateId?: string | null; discountCodes?: readonly string[]; email?: string | null };

export async function quoteCheckout(db: Db, shopId: string, cartId: string, userId: string | null, input: QuoteInput = {}): Promise<CheckoutQuote | null> {
  const [cart, shop, rates] = await Promise.all([
    priceCart(db, shopId, cartId, userId),
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
  const codes = [...new Set((input.discountCodes ?? []).map(normalizeCode).filter(Boolean))];
  for (const code of codes) {
    if (accepted.length >= MAX_CODES) {
      codeErrors[code] = `At most ${MAX_CODES} codes per order.`;
      continue;
    }
    const check = await checkDiscountCode(db, shopId, cart, { code, email: input.email, otherCodes: accepted.map((d) => d.code) });
    if (check.ok) accepted.push(check.discount);
    else codeErrors[code] = check.message;
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
