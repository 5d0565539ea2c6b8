// Carts of the Storefront API: the same carts, prices, stock checks and discount rules as the
// web storefront (lib/cart, lib/checkout), addressed by a cart token instead of a cookie. What
// the web checkout form sends with "Pay" (email, address, shipping rate, codes) an API client
// saves on the cart as it goes; every answer is the cart priced now by quoteCheckout.
import "server-only";
import { z } from "zod";
import { addLine, createCart, lineProblemMessage, removeLine, setQuantity } from "@/lib/cart/cart";
import { parseShippingAddress } from "@/lib/checkout/address";
import { deliversTo } from "@/lib/checkout/delivers-to";
import { MAX_CODES, normalizeCode } from "@/lib/checkout/discounts";
import { quoteCheckout, type CheckoutQuote } from "@/lib/checkout/quote";
import type { Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import type { Locale } from "@/lib/i18n/locales";
import { renderMessage } from "@/lib/i18n/translate";
import { Prisma } from "@/lib/generated/prisma/client";
import { absoluteUrl } from "@/lib/storefront/request";
import { cartToken } from "./cart-token";
import type { addressSchema, cartSchema, shippingRateListSchema, updateCartBody } from "./schemas";

type ApiCart = z.infer<typeof cartSchema>;
type Address = z.infer<typeof addressSchema>;
/** The shop, and the language messages are answered in. */
type Shop = { id: string; locale: Locale };

/** A cart's saved checkout details; null for no cart (unknown, another shop's, or a signed-in shopper's). */
export async function cartDetails(db: Db, shopId: string, cartId: string) {
  return db.cart.findFirst({
    where: { id: cartId, shopId, userId: null },
    select: { id: true, email: true, shippingAddress: true, shippingRateId: true, discountCodes: true },
  });
}

export type CartDetails = NonNullable<Awaited<ReturnType<typeof cartDetails>>>;

async function requireDetails(db: Db, shopId: string, cartId: string): Promise<CartDetails> {
  const details = await cartDetails(db, shopId, cartId);
  if (!details) throw AppError.notFound("cart");
  return details;
}

/** A new, empty guest cart; answers its token. */
export async function createApiCart(db: Db, shopId: string): Promise<string> {
  const { id } = await createCart(db, shopId);
  return cartToken(shopId, id);
}

function quoteOf(db: Db, shop: Shop, details: CartDetails, shippingRateId = details.shippingRateId) {
  return quoteCheckout(
    db,
    shop.id,
    { cartId: details.id, userId: null },
    { shippingRateId, discountCodes: details.discountCodes, email: details.email },
    shop.locale,
  );
}

function cartBody(shop: Shop, details: CartDetails, quote: CheckoutQuote): ApiCart {
  const money = (amount: number) => ({ amount, currency: quote.cart.currency });
  const address = (details.shippingAddress as Address | null) ?? null;
  const rate = quote.rates.find((r) => r.id === details.shippingRateId);
  const rateOk = !!rate && !!address && deliversTo(rate.countries, address.country);
  const codeErrors = Object.keys(quote.codeErrors).length > 0;
  const totals = quote.totals;
  return {
    token: cartToken(shop.id, details.id),
    currency: quote.cart.currency,
    pricesIncludeTax: quote.cart.pricesIncludeTax,
    lines: quote.cart.lines.map((l) => ({
      id: l.id,
      variantId: l.variantId,
      productId: l.productId,
      handle: l.handle,
      title: l.title,
      variantTitle: l.variantTitle,
      sku: l.sku,
      imageUrl: l.imageUrl ? absoluteUrl(l.imageUrl) : null,
      quantity: l.quantity,
      unitPrice: money(l.unitPriceAmount),
      compareAtPrice: l.compareAtAmount != null ? money(l.compareAtAmount) : null,
      subtotal: money(l.lineAmount),
      quantityAvailable: l.available,
      problem: l.problem ? { code: l.problem.code, message: renderMessage(lineProblemMessage(l.problem), shop.locale) } : null,
    })),
    itemCount: quote.cart.itemCount,
    discountCodes: details.discountCodes.map((code) => ({ code, applied: quote.codes.includes(code), message: quote.codeErrors[code] ?? null })),
    email: details.email,
    shippingAddress: address,
    shippingRateId: details.shippingRateId,
    totals: totals && {
      subtotal: money(totals.subtotalAmount),
      discount: money(totals.discountAmount),
      shipping: money(totals.shippingAmount),
      tax: money(totals.taxAmount),
      total: money(totals.totalAmount),
    },
    canCheckout: quote.cart.canCheckout && !!details.email && rateOk && !codeErrors,
  };
}

/** The cart priced now. */
export async function apiCart(db: Db, shop: Shop, cartId: string): Promise<ApiCart> {
  const details = await requireDetails(db, shop.id, cartId);
  const quote = await quoteOf(db, shop, details);
  if (!quote) throw AppError.notFound("cart");
  return cartBody(shop, details, quote);
}

export async function addApiLine(db: Db, shop: Shop, cartId: string, input: { variantId: string; quantity: number }) {
  await addLine(db, shop.id, cartId, input, null);
  return apiCart(db, shop, cartId);
}

export async function setApiLine(db: Db, shop: Shop, cartId: string, lineId: string, quantity: number) {
  if (quantity === 0) await removeLine(db, shop.id, cartId, lineId, null);
  else await setQuantity(db, shop.id, cartId, { lineId, quantity }, null);
  return apiCart(db, shop, cartId);
}

/** Saves the email, address and shipping rate given (null clears one); each is checked as the checkout will. */
export async function updateApiCart(db: Db, shop: Shop, cartId: string, input: z.output<typeof updateCartBody>) {
  const details = await requireDetails(db, shop.id, cartId);
  const data: Prisma.CartUpdateManyMutationInput = {};
  if (input.email !== undefined) data.email = input.email === null ? null : parseEmail(input.email);
  let address = details.shippingAddress as Address | null;
  if (input.shippingAddress !== undefined) {
    address = input.shippingAddress && parseShippingAddress(input.shippingAddress);
    data.shippingAddress = address ?? Prisma.DbNull;
  }
  if (input.shippingRateId) {
    const rate = await db.shippingRate.findFirst({ where: { id: input.shippingRateId, shopId: shop.id, active: true }, select: { countries: true } });
    if (!rate) throw AppError.invalid({ shippingRateId: "Choose one of the shop's shipping rates." });
    if (address && !deliversTo(rate.countries, address.country)) {
      throw AppError.invalid({ shippingRateId: "This shipping option doesn't deliver to that country." });
    }
  }
  if (input.shippingRateId !== undefined) data.shippingRateId = input.shippingRateId;
  else if (input.shippingAddress && details.shippingRateId) {
    // A new address the saved rate doesn't deliver to: the rate is cleared, to be chosen again.
    const rate = await db.shippingRate.findFirst({ where: { id: details.shippingRateId, shopId: shop.id }, select: { countries: true } });
    if (!rate || (address && !deliversTo(rate.countries, address.country))) data.shippingRateId = null;
  }
  await writeDetails(db, shop.id, cartId, data);
  return apiCart(db, shop, cartId);
}

async function writeDetails(db: Db, shopId: string, cartId: string, data: Prisma.CartUpdateManyMutationInput) {
  const { count } = await db.cart.updateMany({ where: { id: cartId, shopId, userId: null }, data: { ...data, updatedAt: new Date() } });
  if (!count) throw AppError.notFound("cart");
}

// As the checkout reads it (lib/checkout/checkout.ts).
const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

function parseEmail(text: string): string {
  const parsed = emailSchema.safeParse(text);
  if (!parsed.success) throw AppError.invalid({ email: "Enter a valid email address." });
  return parsed.data;
}

/** Applies a code if it can be used on this cart now (with the codes already applied), else 422 with the reason. */
export async function applyApiCode(db: Db, shop: Shop, cartId: string, text: string) {
  const details = await requireDetails(db, shop.id, cartId);
  const code = normalizeCode(text);
  if (!details.discountCodes.includes(code)) {
    if (details.discountCodes.length >= MAX_CODES) throw new AppError("discount", { code: `At most ${MAX_CODES} codes per order.` });
    const quote = await quoteCheckout(
      db,
      shop.id,
      { cartId, userId: null },
      { discountCodes: [...details.discountCodes, code], email: details.email },
      shop.locale,
    );
    if (!quote) throw AppError.notFound("cart");
    const refused = quote.codeErrors[code];
    if (refused) throw new AppError("discount", { code: refused });
    // Appended only if still absent and room is left: two applies at once can't exceed the limit.
    await db.$executeRaw`
      UPDATE "Cart" SET "discountCodes" = array_append("discountCodes", ${code}), "updatedAt" = now()
      WHERE id = ${cartId} AND "shopId" = ${shop.id} AND "userId" IS NULL
        AND NOT (${code} = ANY("discountCodes")) AND cardinality("discountCodes") < ${MAX_CODES}`;
  }
  return apiCart(db, shop, cartId);
}

export async function removeApiCode(db: Db, shop: Shop, cartId: string, text: string) {
  const details = await requireDetails(db, shop.id, cartId);
  const code = normalizeCode(text);
  if (!details.discountCodes.includes(code)) throw new AppError("not_found", { code: `“${code}” isn't applied to this cart.` });
  await db.$executeRaw`
    UPDATE "Cart" SET "discountCodes" = array_remove("discountCodes", ${code}), "updatedAt" = now()
    WHERE id = ${cartId} AND "shopId" = ${shop.id} AND "userId" IS NULL`;
  return apiCart(db, shop, cartId);
}

/** The shop's rates that deliver to `country`, each priced for this cart as the checkout would (free above its threshold). */
export async function apiShippingRates(db: Db, shop: Shop, cartId: string, country: string): Promise<z.infer<typeof shippingRateListSchema>> {
  const details = await requireDetails(db, shop.id, cartId);
  const first = await quoteOf(db, shop, details, null);
  if (!first) throw AppError.notFound("cart");
  const money = (amount: number) => ({ amount, currency: first.cart.currency });
  const rates = [];
  for (const rate of first.rates.filter((r) => deliversTo(r.countries, country))) {
    const quote = rate.id === first.shippingRateId ? first : await quoteOf(db, shop, details, rate.id);
    rates.push({
      id: rate.id,
      name: rate.name,
      price: money(quote?.totals?.shippingAmount ?? rate.amount),
      freeAbove: rate.freeAboveAmount != null ? money(rate.freeAboveAmount) : null,
    });
  }
  return { rates };
}
