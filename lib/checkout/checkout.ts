// Checkout: turns a cart into a PENDING order holding its stock and discount uses, then hands
// the order to the payment provider. Everything is priced here from the database; the
// request only names the cart, the address, the shipping rate and the codes.
import "server-only";
import { transaction, type Db } from "@/lib/core/db";
import { AppError, msg } from "@/lib/core/errors";
import { env } from "@/lib/env";
import { abandonUnstarted, completePayment } from "@/lib/orders/status";
import { defaultPaymentProvider } from "@/lib/payments/provider";
import type { PaymentOrder, PaymentProvider } from "@/lib/payments/types";
import type { StartCheckoutInput } from "./input";
import { createPendingOrder } from "./pending-order";

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
  shopSlug: string;
  /** The products whose units are now held: their pages show stock. */
  productIds: string[];
};

/**
 * Starts a checkout: in one transaction reserves the stock, claims the discount uses, takes
 * the order number and creates the PENDING order, its lines, redemptions and payment; then
 * asks the provider for a payment page (unless it named the payment up front, as the test
 * provider does). Throws AppError: not_found (shop, cart), unavailable (shop closed, line),
 * conflict (empty cart), invalid (fields), out_of_stock, discount, payment.
 */
export async function startCheckout(db: Db, input: StartCheckoutInput, options: StartCheckoutOptions = {}): Promise<StartedCheckout> {
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
    if (error instanceof AppError) throw error;
    console.warn(`Payment provider ${provider.name} refused order ${order.id}:`, error instanceof Error ? error.message : error);
    throw new AppError("payment", { form: msg("paymentNotStarted") });
  }
}

type CheckoutOrder = PaymentOrder & { shopSlug: string; productIds: string[] };

function started(order: CheckoutOrder, provider: string, providerPaymentId: string, redirectUrl: string): StartedCheckout {
  return {
    orderId: order.id,
    orderNumber: order.number,
    currency: order.currency,
    totalAmount: order.totalAmount,
    reservationExpiresAt: order.reservationExpiresAt,
    provider,
    providerPaymentId,
    redirectUrl,
    shopSlug: order.shopSlug,
    productIds: order.productIds,
  };
}

/** The shopper's way back from the provider's page (app/(storefront)/…/checkout/success|cancel). */
function defaultUrl(order: CheckoutOrder, page: "success" | "cancel") {
  return `${env().APP_URL}/s/${order.shopSlug}/checkout/${page}`;
}
