// The built-in provider when Stripe is not configured (development, demos, tests): no money
// moves. The shopper lands on /pay/test/<id>, whose buttons (posted to /pay/test/<id>/decide)
// call completePayment, failPayment or abandonCheckout with provider "test" — the same path a
// real provider's webhook takes. A refund succeeds at once.
//
// Its own state, for reconciliation (retrieve): the decisions taken on its page, noted before
// they are applied, so a decision whose settlement failed halfway is applied by the next
// `npm run payments:reconcile` run in the same process (the pg-boss cron of that server) — the
// way a Stripe session is read back after a lost webhook. Kept in memory: this provider moves
// no money and runs on one server (development, demos, tests).
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { PaymentProvider, ProviderPaymentState } from "./types";

export type TestDecision = "pay" | "decline" | "abandon";

const store = globalThis as unknown as { minishopTestDecisions?: Map<string, TestDecision> };
const decisions = (): Map<string, TestDecision> => (store.minishopTestDecisions ??= new Map<string, TestDecision>());
const KEPT = 10_000; // the page is public: the oldest decisions are forgotten first

/** The shopper decided on the test payment's page (called before the decision is applied). */
export function recordTestDecision(providerPaymentId: string, decision: TestDecision) {
  const map = decisions();
  map.delete(providerPaymentId);
  map.set(providerPaymentId, decision);
  if (map.size > KEPT) map.delete(map.keys().next().value!);
}

const TEST_STATES: Record<TestDecision, ProviderPaymentState["status"]> = { pay: "paid", decline: "failed", abandon: "open" };

/** The test payment's id, "test_" and 24 hex digits: the only key to its page. */
export const isTestPaymentId = (value: string) => /^test_[0-9a-f]{24}$/.test(value);

function testPayment() {
  const providerPaymentId = `test_${randomBytes(12).toString("hex")}`;
  return { providerPaymentId, redirectUrl: `/pay/test/${providerPaymentId}` };
}

export const testProvider: PaymentProvider = {
  name: "test",
  async createPayment() {
    return testPayment();
  },
  // No outside call: checkout writes the payment with this id in its own transaction.
  createLocalPayment: testPayment,
  async refund(request) {
    // The same key gives the same refund, as a provider's idempotency key does.
    const id = createHash("sha256").update(`${request.providerPaymentId}|${request.idempotencyKey}`).digest("hex").slice(0, 24);
    return { providerRefundId: `test_re_${id}`, amount: request.amount, currency: request.currency, status: "succeeded", reason: request.reason ?? null };
  },
  async retrieve({ providerPaymentId, reservationExpiresAt }) {
    const decided = decisions().get(providerPaymentId);
    // Nobody paid before the reservation ran out: the payment closes, as a Stripe session expires.
    const status = decided && decided !== "abandon" ? TEST_STATES[decided] : reservationExpiresAt && reservationExpiresAt <= new Date() ? "expired" : "open";
    return { status, amount: null, currency: null }; // it charges the order as given
  },
};
