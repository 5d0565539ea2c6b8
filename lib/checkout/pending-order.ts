// The checkout transaction: everything a started checkout holds, taken together or not at all,
// in four statements for an order without codes: read, reserve, (claim codes,) write.
// Locks, in this order: the variants (by id), the discounts (by id), the shop row (order number).
import { MAX_CART_LINES, MAX_LINE_QUANTITY } from "@/lib/cart/cart";
import { fromJson, newId, type Tx } from "@/lib/core/db";
import { AppError, msg, parseInput } from "@/lib/core/errors";
import { reserveStock } from "@/lib/orders/stock";
import type { PaymentOrder } from "@/lib/payments/types";
import { checkDelivery } from "./address";
import { checkoutFieldsSchema, type StartCheckoutInput } from "./input";
import { claimDiscounts } from "./claim-discounts";
import { normalizeCode } from "./discounts";
import { priceOrder } from "./pricing";

/** The provider's name; `local`: a payment it named before the order was written (the test provider). */
export type PaymentChoice = { name: string; local?: { providerPaymentId: string } };

type Context = {
  slug: string;
  name: string;
  status: string;
  currency: string;
  taxRateBps: number;
  pricesIncludeTax: boolean;
  stripeAccountId: string | null;
  stripeChargesEnabled: boolean;
  cartFound: boolean;
  cartUserId: string | null;
  lines: {
    id: string;
    variantId: string;
    quantity: number;
    productId: string | null;
    productTitle: string | null;
    productStatus: string | null;
    collectionIds: string[];
  }[];
  rate: { name: string; countries: string[]; amount: number; freeAboveAmount: number | null } | null;
};

/** The shop, the cart's lines with their products and collections, and the shipping rate: one read, no locks. */
async function readContext(tx: Tx, shopId: string, cartId: string | null, rateId: string): Promise<Context | null> {
  const [row] = await tx.$queryRaw<(Omit<Context, "lines" | "rate"> & { lines: unknown; rate: unknown })[]>`
    SELECT s.slug, s.name, s.status::text AS status, s.currency, s."taxRateBps", s."pricesIncludeTax", s."stripeAccountId", s."stripeChargesEnabled",
      c.id IS NOT NULL AS "cartFound", c."userId" AS "cartUserId",
      (SELECT COALESCE(json_agg(json_build_object(
          'id', l.id, 'variantId', l."variantId", 'quantity', l.quantity, 'productId', p.id, 'productTitle', p.title, 'productStatus', p.status,
          'collectionIds', COALESCE((SELECT json_agg(cp."collectionId") FROM "CollectionProduct" cp WHERE cp."productId" = p.id), '[]'::json)
        ) ORDER BY l."createdAt", l.id), '[]'::json)
        FROM "CartLine" l LEFT JOIN "Variant" v ON v.id = l."variantId" AND v."shopId" = s.id LEFT JOIN "Product" p ON p.id = v."productId" AND p."shopId" = s.id
        WHERE l."cartId" = c.id) AS lines,
      (SELECT json_build_object('name', r.name, 'countries', COALESCE(r.countries, '{}'), 'amount', r.amount, 'freeAboveAmount', r."freeAboveAmount")
        FROM "ShippingRate" r WHERE r.id = ${rateId} AND r."shopId" = s.id AND r.active) AS rate
    FROM "Shop" s LEFT JOIN "Cart" c ON c.id = ${cartId} AND c."shopId" = s.id
    WHERE s.id = ${shopId}`;
  if (!row) return null;
  return { ...row, lines: fromJson(row.lines) as Context["lines"], rate: fromJson(row.rate) as Context["rate"] };
}

export async function createPendingOrder(tx: Tx, request: StartCheckoutInput, provider: PaymentChoice, now: Date, expiresAt: Date) {
  const { shopId } = request;
  const rateId = typeof request.shippingRateId === "string" ? request.shippingRateId.slice(0, 64) : "";
  const ctx = await readContext(tx, shopId, request.cartId, rateId);
  if (!ctx) throw AppError.notFound("shop");
  const shop = ctx;
  if (shop.status !== "ACTIVE") throw AppError.shopClosed();
  if (!request.cartId) throw new AppError("conflict", { form: msg("cartEmpty") });
  if (!ctx.cartFound || (ctx.cartUserId && ctx.cartUserId !== request.userId)) throw AppError.notFound("cart");
  const cartLines = ctx.lines;
  if (!cartLines.length) throw new AppError("conflict", { form: msg("cartEmpty") });
  if (cartLines.length > MAX_CART_LINES || cartLines.some((l) => l.quantity < 1 || l.quantity > MAX_LINE_QUANTITY)) {
    throw AppError.invalid({ form: msg("cartLimits", { max: MAX_LINE_QUANTITY, lines: MAX_CART_LINES }) });
  }
  // The one check of what the shopper sent: every field's problem at once.
  const input = parseInput(checkoutFieldsSchema, request);
  const rate = ctx.rate;
  if (!rate) throw AppError.invalid({ shippingRateId: msg("shippingRateRequired") });
  const address = input.shippingAddress;
  checkDelivery(address, rate.countries);

  const variants = await reserveStock(
    tx,
    shopId,
    cartLines.map((l) => ({ key: l.id, variantId: l.variantId, quantity: l.quantity })),
  );
  const lines = cartLines.map((l) => {
    const variant = variants.get(l.variantId)!;
    // The product as read before the lock; the variant (and its price) as reserved.
    if (l.productId !== variant.productId || l.productStatus !== "ACTIVE") throw new AppError("unavailable", { [`lines.${l.id}`]: msg("lineUnavailable") });
    const product = { id: variant.productId, title: l.productTitle! };
    return { ...l, variant, product, productId: product.id, collectionIds: l.collectionIds };
  });

  const subtotalAmount = lines.reduce((sum, l) => sum + l.variant.priceAmount * l.quantity, 0);
  const codes = [...new Set(input.discountCodes.map(normalizeCode).filter(Boolean))];
  const discounts = await claimDiscounts(tx, { shopId, codes, email: input.email, now, currency: shop.currency, subtotalAmount, lines });

  const priced = priceOrder({
    lines: lines.map((l) => ({
      key: l.id,
      productId: l.product.id,
      collectionIds: l.collectionIds,
      unitPriceAmount: l.variant.priceAmount,
      quantity: l.quantity,
    })),
    discounts,
    shipping: { amount: rate.amount, freeAboveAmount: rate.freeAboveAmount },
    tax: { rateBps: shop.taxRateBps, pricesIncludeTax: shop.pricesIncludeTax },
  });

  const free = priced.totalAmount === 0;
  const orderId = newId();
  const paymentId = newId();
  // A provider that has to be asked (Stripe) gets the order only after this commits; until then
  // the payment carries a placeholder that nothing outside can match. The built-in test provider
  // names its payment up front, so the payment is written with its real id here.
  const placeholder = `${free ? "free" : "pending"}_${orderId}`;
  const providerPaymentId = free || !provider.local ? placeholder : provider.local.providerPaymentId;
  const orderLines = lines.map((l, i) => ({
    id: newId(),
    productId: l.product.id,
    variantId: l.variantId,
    title: l.product.title,
    variantTitle: l.variant.title,
    sku: l.variant.sku,
    unitPriceAmount: l.variant.priceAmount,
    quantity: l.quantity,
    discountAmount: priced.lines[i].discountAmount,
    taxAmount: priced.lines[i].taxAmount,
    totalAmount: priced.lines[i].totalAmount,
  }));
  const redemptions = priced.discounts.map((d) => ({ id: newId(), discountId: d.id, amount: d.amount }));
  // The order number (the shop row stays locked until commit, so it is taken last), the order,
  // its lines, redemptions and payment: one statement.
  const [{ number }] = await tx.$queryRaw<{ number: number }[]>`
    WITH num AS (
      UPDATE "Shop" SET "nextOrderNumber" = "nextOrderNumber" + 1 WHERE id = ${shopId} RETURNING "nextOrderNumber" - 1 AS number
    ), placed AS (
      INSERT INTO "Order" (id, "shopId", number, "userId", email, currency, "subtotalAmount", "discountAmount", "shippingAmount",
        "taxAmount", "totalAmount", "pricesIncludeTax", "shippingAddress", "shippingRateName", "discountCodes", "reservationExpiresAt", "updatedAt")
      SELECT ${orderId}::text, ${shopId}::text, num.number, ${request.userId ?? null}::text, ${input.email}::text, ${shop.currency}::text,
        ${priced.subtotalAmount}::int, ${priced.discountAmount}::int, ${priced.shippingAmount}::int, ${priced.taxAmount}::int, ${priced.totalAmount}::int,
        ${shop.pricesIncludeTax}::boolean, ${JSON.stringify(address)}::jsonb, ${rate.name}::text, ${discounts.map((d) => d.code)}::text[],
        ${expiresAt}::timestamp(3), now()
      FROM num RETURNING id, number
    ), lines AS (
      INSERT INTO "OrderLine" (id, "shopId", "orderId", "productId", "variantId", title, "variantTitle", sku, "unitPriceAmount", quantity,
        "discountAmount", "taxAmount", "totalAmount")
      SELECT x.id, ${shopId}::text, placed.id, x."productId", x."variantId", x.title, x."variantTitle", x.sku, x."unitPriceAmount", x.quantity,
        x."discountAmount", x."taxAmount", x."totalAmount"
      FROM placed, json_to_recordset(${JSON.stringify(orderLines)}::json) AS x(id text, "productId" text, "variantId" text, title text,
        "variantTitle" text, sku text, "unitPriceAmount" int, quantity int, "discountAmount" int, "taxAmount" int, "totalAmount" int)
    ), redeemed AS (
      INSERT INTO "DiscountRedemption" (id, "shopId", "discountId", "orderId", email, amount)
      SELECT x.id, ${shopId}::text, x."discountId", placed.id, ${input.email}::text, x.amount
      FROM placed, json_to_recordset(${JSON.stringify(redemptions)}::json) AS x(id text, "discountId" text, amount int)
    ), payment AS (
      INSERT INTO "Payment" (id, "shopId", "orderId", provider, "providerPaymentId", amount, currency, "updatedAt")
      SELECT ${paymentId}::text, ${shopId}::text, placed.id, ${free ? "free" : provider.name}::text, ${providerPaymentId}::text, ${priced.totalAmount}::int,
        ${shop.currency}::text, now()
      FROM placed
    )
    SELECT number FROM placed`;

  const shippingTotal = priced.shippingAmount + (shop.pricesIncludeTax ? 0 : priced.shippingTaxAmount);
  const forProvider: PaymentOrder & { shopSlug: string; productIds: string[] } = {
    id: orderId,
    shopId,
    number,
    email: input.email,
    currency: shop.currency,
    totalAmount: priced.totalAmount,
    reservationExpiresAt: expiresAt,
    lines: lines.map((l, i) => ({ title: l.product.title, variantTitle: l.variant.title, quantity: l.quantity, totalAmount: priced.lines[i].totalAmount })),
    shipping: shippingTotal ? { name: rate.name, totalAmount: shippingTotal } : null,
    shop: { name: shop.name, stripeAccountId: shop.stripeAccountId, stripeChargesEnabled: shop.stripeChargesEnabled },
    shopSlug: shop.slug,
    productIds: [...new Set(lines.map((l) => l.product.id))],
  };
  return { order: forProvider, paymentId, placeholder, providerPaymentId };
}
