// The checkout transaction: everything a started checkout holds, taken together or not at all.
// Locks, in this order: the variants (by id), the discounts (by id), the shop row (order number).
import { MAX_CART_LINES, MAX_LINE_QUANTITY } from "@/lib/cart/cart";
import type { PaymentOrder } from "@/lib/payments/provider";
import { parseShippingAddress } from "./address";
import { claimDiscounts } from "./claim-discounts";
import type { Tx } from "./db";
import { normalizeCode } from "./discounts";
import { CheckoutError } from "./errors";
import { priceOrder } from "./pricing";
import { reserveStock } from "./stock";

export type CheckoutRequest = {
  shopId: string;
  cartId: string;
  email: string; // normalised
  shippingAddress: unknown;
  shippingRateId: string;
  discountCodes: string[];
  userId?: string | null;
};

export async function createPendingOrder(tx: Tx, input: CheckoutRequest, providerName: string, now: Date, expiresAt: Date) {
  const { shopId } = input;
  const shop = await tx.shop.findUnique({
    where: { id: shopId },
    select: { slug: true, name: true, status: true, currency: true, taxRateBps: true, pricesIncludeTax: true, stripeAccountId: true, stripeChargesEnabled: true },
  });
  if (!shop) throw CheckoutError.notFound("Shop");
  if (shop.status !== "ACTIVE") throw new CheckoutError("unavailable", { form: "This shop isn't taking orders right now." });

  const cart = await tx.cart.findFirst({
    where: { id: input.cartId, shopId },
    select: { userId: true, lines: { orderBy: { createdAt: "asc" }, select: { id: true, variantId: true, quantity: true } } },
  });
  if (!cart || (cart.userId && cart.userId !== input.userId)) throw CheckoutError.notFound("Cart");
  if (!cart.lines.length) throw CheckoutError.invalid({ form: "Your cart is empty." });
  if (cart.lines.length > MAX_CART_LINES || cart.lines.some((l) => l.quantity < 1 || l.quantity > MAX_LINE_QUANTITY)) {
    throw CheckoutError.invalid({ form: `Each item: 1 to ${MAX_LINE_QUANTITY}; at most ${MAX_CART_LINES} items.` });
  }

  const rate = await tx.shippingRate.findFirst({ where: { id: input.shippingRateId, shopId, active: true }, select: { name: true, countries: true, amount: true, freeAboveAmount: true } });
  if (!rate) throw CheckoutError.invalid({ shippingRateId: "Choose a shipping option." });
  const address = parseShippingAddress(input.shippingAddress, rate.countries);

  // Product state first (no locks): a line no longer for sale fails before anything is held.
  const products = await tx.product.findMany({
    where: { shopId, variants: { some: { id: { in: cart.lines.map((l) => l.variantId) } } } },
    select: { id: true, title: true, status: true, collections: { select: { collectionId: true } } },
  });
  const variants = await reserveStock(tx, shopId, cart.lines.map((l) => ({ key: l.id, variantId: l.variantId, quantity: l.quantity })));
  const lines = cart.lines.map((l) => {
    const variant = variants.get(l.variantId)!;
    const product = products.find((p) => p.id === variant.productId);
    if (!product || product.status !== "ACTIVE") throw new CheckoutError("unavailable", { [`lines.${l.id}`]: "No longer available" });
    return { ...l, variant, product, productId: product.id, collectionIds: product.collections.map((c) => c.collectionId) };
  });

  const subtotalAmount = lines.reduce((sum, l) => sum + l.variant.priceAmount * l.quantity, 0);
  const codes = [...new Set(input.discountCodes.map(normalizeCode).filter(Boolean))];
  const discounts = await claimDiscounts(tx, { shopId, codes, email: input.email, now, currency: shop.currency, subtotalAmount, lines });

  const priced = priceOrder({
    lines: lines.map((l) => ({ key: l.id, productId: l.product.id, collectionIds: l.collectionIds, unitPriceAmount: l.variant.priceAmount, quantity: l.quantity })),
    discounts,
    shipping: { amount: rate.amount, freeAboveAmount: rate.freeAboveAmount },
    tax: { rateBps: shop.taxRateBps, pricesIncludeTax: shop.pricesIncludeTax },
  });

  const [{ number }] = await tx.$queryRaw<{ number: number }[]>`
    UPDATE "Shop" SET "nextOrderNumber" = "nextOrderNumber" + 1 WHERE id = ${shopId} RETURNING "nextOrderNumber" - 1 AS number`;
  const order = await tx.order.create({
    data: {
      shopId, number, userId: input.userId ?? null, email: input.email, status: "PENDING", currency: shop.currency,
      subtotalAmount: priced.subtotalAmount, discountAmount: priced.discountAmount, shippingAmount: priced.shippingAmount,
      taxAmount: priced.taxAmount, totalAmount: priced.totalAmount, pricesIncludeTax: shop.pricesIncludeTax,
      shippingAddress: address, shippingRateName: rate.name, discountCodes: discounts.map((d) => d.code), reservationExpiresAt: expiresAt,
    },
    select: { id: true },
  });
  await tx.orderLine.createMany({
    data: lines.map((l, i) => ({
      shopId, orderId: order.id, productId: l.product.id, variantId: l.variantId, title: l.product.title, variantTitle: l.variant.title, sku: l.variant.sku,
      unitPriceAmount: l.variant.priceAmount, quantity: l.quantity,
      discountAmount: priced.lines[i].discountAmount, taxAmount: priced.lines[i].taxAmount, totalAmount: priced.lines[i].totalAmount,
    })),
  });
  if (priced.discounts.length) {
    await tx.discountRedemption.createMany({ data: priced.discounts.map((d) => ({ shopId, discountId: d.id, orderId: order.id, email: input.email, amount: d.amount })) });
  }
  const free = priced.totalAmount === 0;
  // The provider's id is known only once its API answered, after this commits; until then the
  // payment carries a placeholder that nothing outside can match.
  const placeholder = `${free ? "free" : "pending"}_${order.id}`;
  const payment = await tx.payment.create({
    data: { shopId, orderId: order.id, provider: free ? "free" : providerName, providerPaymentId: placeholder, amount: priced.totalAmount, currency: shop.currency },
    select: { id: true },
  });

  const shippingTotal = priced.shippingAmount + (shop.pricesIncludeTax ? 0 : priced.shippingTaxAmount);
  const forProvider: PaymentOrder & { shopSlug: string } = {
    id: order.id, shopId, number, email: input.email, currency: shop.currency, totalAmount: priced.totalAmount, reservationExpiresAt: expiresAt,
    lines: lines.map((l, i) => ({ title: l.product.title, variantTitle: l.variant.title, quantity: l.quantity, totalAmount: priced.lines[i].totalAmount })),
    shipping: shippingTotal ? { name: rate.name, totalAmount: shippingTotal } : null,
    shop: { name: shop.name, stripeAccountId: shop.stripeAccountId, stripeChargesEnabled: shop.stripeChargesEnabled },
    shopSlug: shop.slug,
  };
  return { order: forProvider, paymentId: payment.id, placeholder };
}
