// Checkout: turns a cart into a PENDING order holding its stock and discount uses, then hands
// the order to the payment provider. Everything is priced here from the database; the
// request only names the cart, the address, the shipping rate and the codes.
import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { defaultPaymentProvider, type PaymentOrder, type PaymentProvider } from "@/lib/payments/provider";
import { transaction, type Db } from "./db";
import { MAX_CODES } from "./discounts";
import { CheckoutError, parseInput } from "./errors";
import { createPendingOrder } from "./pending-order";
import { abandonUnstarted, completePayment } from "./settle";

export { abandonCheckout, completePayment, expirePayment, expireReservations, failPayment, type PaymentOutcome } from "./settle";

const inputSchema = z.object({
  shopId: z.string().min(1),
  cartId: z.string().min(1, "Your cart is empty."),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.").max(254)),
  shippingAddress: z.unknown(),
  shippingRateId: z.string({ error: "Choose a shipping option." }).min(1, "Choose a shipping option."),
  discountCodes: z.array(z.string().max(64)).max(MAX_CODES, `At most ${MAX_CODES} codes per order.`).default([]),
  userId: z.string().nullish(),
});

export type StartCheckoutInput = z.input<typeof inputSchema>;

export type StartCheckoutOptions = {
  provider?: PaymentProvider;
  successUrl?: string;
  cancelUrl?: string;
  now?: Date;
  reservationMinutes?: number;
};

export type StartedCheckout = {
  orderId: string;
  orderNumber: number;
  currency: string;
  totalAmount: number;
  reservationExpiresAt: Date;
  provider: string;
  providerPaymentId: string;
  redirectUrl: string;
};

/**
 * Starts a checkout: in one transaction reserves the stock, claims the discount uses, takes
 * the order number and creates the PENDING order, its lines, redemptions and payment; then
 * asks the provider for a payment page (unless it named the payment up front, as the test
 * provider does). Throws CheckoutError (400/404/409/422/502).
 */
export async function startCheckout(db: Db, rawInput: StartCheckoutInput, options: StartCheckoutOptions = {}): Promise<StartedCheckout> {
  const input = parseInput(inputSchema, rawInput);
  const provider = options.provider ?? defaultPaymentProvider();
  const now = options.now ?? new Date();
  // CHECKOUT_RESERVATION_MINUTES (15), raised to what the provider needs (Stripe: 31).
  const minutes = Math.max(options.reservationMinutes ?? env().CHECKOUT_RESERVATION_MINUTES, provider.minReservationMinutes ?? 0);
  const expiresAt = new Date(now.getTime() + minutes * 60_000);

  const local = provider.createLocalPayment?.();
  const choice = { name: provider.name, local: local && { providerPaymentId: local.providerPaymentId } };
  const { order, paymentId, placeholder } = await transaction(db, (tx) => createPendingOrder(tx, input, choice, now, expiresAt));

  if (order.totalAmount === 0) {
    // Nothing to charge (100 % off, free shipping): no provider, the order is paid now.
    await completePayment(db, { provider: "free", providerPaymentId: placeholder, now });
    return started(order, "free", placeholder, options.successUrl ?? defaultUrl(order, "success"));
  }
  // The payment was written with the provider's own id: nothing more to ask.
  if (local) return started(order, provider.name, local.providerPaymentId, local.redirectUrl);
  try {
    const urls = { successUrl: options.successUrl ?? defaultUrl(order, "success"), cancelUrl: options.cancelUrl ?? defaultUrl(order, "cancel") };
    const created = await provider.createPayment(order, urls);
    const { count } = await transaction(db, (tx) =>
      tx.payment.updateMany({
        where: { id: paymentId, providerPaymentId: placeholder, status: "PENDING" },
        data: { providerPaymentId: created.providerPaymentId },
      }),
    );
    if (!count) throw new Error("The order closed before its payment was created");
    return started(order, provider.name, created.providerPaymentId, created.redirectUrl);
  } catch (error) {
    // The shopper can't pay: give the stock and the codes back at once.
    await abandonUnstarted(db, order.shopId, paymentId);
    if (error instanceof CheckoutError) throw error;
    console.warn(`Payment provider ${provider.name} refused order ${order.id}:`, error instanceof Error ? error.message : error);
    throw new CheckoutError("payment", { form: "We couldn't start the payment. Please try again." });
  }
}

function started(order: PaymentOrder, provider: string, providerPaymentId: string, redirectUrl: string): StartedCheckout {
  return {
    orderId: order.id,
    orderNumber: order.number,
    currency: order.currency,
    totalAmount: order.totalAmount,
    reservationExpiresAt: order.reservationExpiresAt,
    provider,
    providerPaymentId,
    redirectUrl,
  };
}

function defaultUrl(order: PaymentOrder & { shopSlug?: string }, page: "success" | "cancel") {
  return `${env().APP_URL}/s/${order.shopSlug}/checkout/${page}?order=${order.id}`;
}
