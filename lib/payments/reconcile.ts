// Reconciliation: payments whose outcome we may have missed. A payment still PENDING some
// minutes after checkout handed it to its provider (its webhook lost, the return page never
// loaded, a settlement that failed halfway) is read back from the provider and settled through
// the same idempotent functions the webhook calls (lib/orders/status.ts), so a run racing a
// late webhook, or a second run, changes nothing more. Run by `npm run payments:reconcile`
// and by a pg-boss schedule (lib/jobs), once across servers.
import "server-only";
import { transaction, type Db } from "@/lib/core/db";
import { abandonUnstarted, afterSettlement, completePayment, expirePayment, failPayment, type PaymentOutcome } from "@/lib/orders/status";
import { paymentProviderNamed } from "./provider";
import { holdForReview } from "./stripe-webhook";
import type { PaymentProvider, ProviderPaymentState } from "./types";

/** How long a payment may wait for its webhook before it is read back (the script takes --window-minutes). */
export const DEFAULT_WINDOW_MINUTES = 10;

export type ReconcileOptions = {
  now?: Date;
  windowMinutes?: number;
  /** The most payments one run reads back (oldest first); the next run takes the rest. */
  limit?: number;
  providers?: (name: string) => PaymentProvider;
};

export type ReconciledPayment = {
  orderId: string;
  shopId: string;
  orderNumber: number;
  provider: string;
  providerPaymentId: string;
  /** What the provider says now; "unstarted" when checkout never reached it; "error" when it couldn't be read. */
  found: ProviderPaymentState["status"] | "unstarted" | "error";
  /** What we did: the settlement's outcome, "amount_mismatch" (held for review), or "unchanged". */
  outcome: PaymentOutcome["outcome"] | "amount_mismatch" | "abandoned" | "unchanged";
  repaired: boolean;
  error?: string;
};

export type ReconcileRun = { checked: number; repaired: number; failed: number; payments: ReconciledPayment[] };

const REPAIRS = new Set<ReconciledPayment["outcome"]>(["paid", "paid_late", "refund_required", "failed", "expired", "abandoned"]);

/** Every uncertain payment, read back and settled; what was checked and what changed. */
export async function reconcilePayments(db: Db, options: ReconcileOptions = {}): Promise<ReconcileRun> {
  const now = options.now ?? new Date();
  const windowMinutes = options.windowMinutes ?? DEFAULT_WINDOW_MINUTES;
  const providers = options.providers ?? paymentProviderNamed;
  const before = new Date(now.getTime() - windowMinutes * 60_000);
  const uncertain = await transaction(db, (tx) =>
    tx.payment.findMany({
      // "free" orders are settled in checkout itself: no provider to ask.
      where: { status: "PENDING", createdAt: { lte: before }, provider: { not: "free" } },
      orderBy: { createdAt: "asc" },
      take: options.limit ?? 200,
      select: {
        id: true,
        orderId: true,
        shopId: true,
        provider: true,
        providerPaymentId: true,
        amount: true,
        currency: true,
        order: { select: { number: true, reservationExpiresAt: true } },
        shop: { select: { stripeAccountId: true } },
      },
    }),
  );

  const run: ReconcileRun = { checked: 0, repaired: 0, failed: 0, payments: [] };
  for (const payment of uncertain) {
    const entry = await reconcileOne(db, payment, providers, now);
    run.checked++;
    if (entry.repaired) run.repaired++;
    if (entry.found === "error") run.failed++;
    run.payments.push(entry);
  }
  return run;
}

type Uncertain = {
  id: string;
  orderId: string;
  shopId: string;
  provider: string;
  providerPaymentId: string;
  amount: number;
  currency: string;
  order: { number: number; reservationExpiresAt: Date | null };
  shop: { stripeAccountId: string | null };
};

async function reconcileOne(db: Db, payment: Uncertain, providers: (name: string) => PaymentProvider, now: Date): Promise<ReconciledPayment> {
  const { orderId, shopId, provider, providerPaymentId } = payment;
  const entry = (found: ReconciledPayment["found"], outcome: ReconciledPayment["outcome"], error?: string): ReconciledPayment => ({
    orderId,
    shopId,
    orderNumber: payment.order.number,
    provider,
    providerPaymentId,
    found,
    outcome,
    repaired: REPAIRS.has(outcome),
    ...(error ? { error } : {}),
  });
  // Checkout wrote the payment but never got the provider's id (it stopped in between): no one can pay it.
  if (providerPaymentId === `pending_${orderId}`) {
    await abandonUnstarted(db, shopId, payment.id);
    return entry("unstarted", "abandoned");
  }
  let state: ProviderPaymentState;
  try {
    state = await providers(provider).retrieve({
      providerPaymentId,
      stripeAccountId: payment.shop.stripeAccountId,
      reservationExpiresAt: payment.order.reservationExpiresAt,
    });
  } catch (error) {
    return entry("error", "unchanged", error instanceof Error ? error.message : String(error));
  }
  if (state.status === "open") return entry("open", "unchanged");
  const ref = { provider, providerPaymentId, shopId, now };
  if (state.status === "paid" && state.amount !== null && (state.amount !== payment.amount || state.currency !== payment.currency.toUpperCase())) {
    // Taken, but not what the order says: never marked paid; noted once for someone to settle by hand.
    await holdForReview(db, payment, { providerPaymentId, amount: state.amount, currency: state.currency });
    return entry("paid", "amount_mismatch");
  }
  const settle = state.status === "paid" ? completePayment : state.status === "failed" ? failPayment : expirePayment;
  const result = await settle(db, ref);
  await afterSettlement(db, result); // product pages, when stock moved (the confirmation mail was queued with the payment)
  return entry(state.status, result.outcome);
}

/** One line per payment and a total, for the script and the job's log. */
export function describeRun(run: ReconcileRun): string[] {
  const lines = run.payments.map((p) => {
    const what = p.repaired ? `repaired: ${p.outcome}` : p.outcome === "amount_mismatch" ? "held for review (amount differs)" : "unchanged";
    return `order #${p.orderNumber} (${p.orderId}, shop ${p.shopId}) ${p.provider} ${p.providerPaymentId}: provider says ${p.found}; ${what}${p.error ? ` (${p.error})` : ""}`;
  });
  lines.push(`Checked ${run.checked} uncertain payment(s); repaired ${run.repaired}${run.failed ? `; ${run.failed} could not be read` : ""}.`);
  return lines;
}
