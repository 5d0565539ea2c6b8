// Reconciliation against a fake Stripe and the test provider: a payment whose webhook was lost
// is read back and settled once (paid, stock sold, one confirmation job), a second run changes
// nothing, open checkouts are left alone, closed ones expire by the normal path.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCheckout } from "@/lib/checkout/checkout";
import { db } from "@/lib/db/client";
import { reconcileJob, jobDefinitions } from "@/lib/jobs/jobs";
import { jobsSchema, stopJobs } from "@/lib/jobs/queue";
import { QUEUES } from "@/lib/jobs/queues";
import { expireReservations } from "@/lib/orders/status";
import { describeRun, reconcilePayments } from "@/lib/payments/reconcile";
import { recordTestDecision, testProvider } from "@/lib/payments/test-provider";
import { startFakeStripe, type FakeStripe } from "@/tests/support/fake-stripe";
import { cartWith, checkoutInput, makeOpenShop, makeShippingRate, makeVariant, stockOf } from "@/tests/support/shop-fixtures";

let fake: FakeStripe;

beforeAll(async () => {
  fake = await startFakeStripe();
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: "sk_test_minishop",
    STRIPE_WEBHOOK_SECRET: "whsec_test_minishop",
    STRIPE_API_HOST: fake.host,
    STRIPE_API_PORT: String(fake.port),
    STRIPE_API_PROTOCOL: "http",
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "minishop-reconcile-")),
  });
});
afterAll(async () => {
  await stopJobs();
  await fake.close();
});

const minutes = (n: number, from = Date.now()) => new Date(from + n * 60_000);
const later = () => minutes(11); // past the 10-minute window
const mailJobs = async (orderId: string) =>
  (
    await db.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM "${jobsSchema()}".job WHERE name = $1 AND data->>'orderId' = $2`,
      QUEUES.confirmation.name,
      orderId,
    )
  )[0].count;
const orderOf = (id: string) => db.order.findUniqueOrThrow({ where: { id }, select: { status: true, paidAt: true } });
const paymentOf = (orderId: string) => db.payment.findFirstOrThrow({ where: { orderId }, select: { status: true } });

/** A checkout of 2 of 5 units at €10 (+ €5 shipping), through Stripe or the test provider. */
async function checkout(via: "stripe" | "test", startedAgo = 0) {
  const shop = await makeOpenShop({ stripeAccountId: `acct_${Math.random().toString(36).slice(2, 10)}`, stripeChargesEnabled: true });
  const rate = await makeShippingRate(shop.id, { amount: 500 });
  const variant = await makeVariant(shop.id, { stock: 5, priceAmount: 1000 });
  const input = checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity: 2 }]), rate.id);
  const started = await startCheckout(db, input, { ...(via === "test" ? { provider: testProvider } : {}), now: minutes(-startedAgo) });
  await db.payment.updateMany({ where: { orderId: started.orderId }, data: { createdAt: minutes(-startedAgo) } });
  return { shop, variant, started, orderId: started.orderId, id: started.providerPaymentId };
}

const entryFor = (run: Awaited<ReturnType<typeof reconcilePayments>>, orderId: string) => run.payments.find((p) => p.orderId === orderId);

describe("payments reconciliation", () => {
  it("repairs a Stripe payment whose webhook was lost: paid, stock sold, one confirmation; a second run is a no-op", async () => {
    const { variant, orderId, id } = await checkout("stripe");
    expect(await stockOf(variant.id)).toEqual({ stock: 5, reserved: 2 });
    fake.updateSession(id, { status: "complete", payment_status: "paid", payment_intent: "pi_lost_webhook" }); // paid at Stripe; no webhook

    const early = await reconcilePayments(db, { now: minutes(5) }); // within the window: not yet
    expect(entryFor(early, orderId)).toBeUndefined();

    const run = await reconcilePayments(db, { now: later() });
    expect(entryFor(run, orderId)).toMatchObject({ provider: "stripe", providerPaymentId: id, found: "paid", outcome: "paid", repaired: true });
    expect(await orderOf(orderId)).toMatchObject({ status: "PAID", paidAt: expect.any(Date) });
    expect(await paymentOf(orderId)).toEqual({ status: "SUCCEEDED" });
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 }); // the units left the shelf, nothing released
    expect(await mailJobs(orderId)).toBe(1);
    // The session was read on the shop's account, with its PaymentIntent.
    const read = fake.requests.filter((r) => r.method === "GET" && r.path === `/v1/checkout/sessions/${id}`);
    expect(read.at(-1)?.headers["stripe-account"]).toBeDefined();

    const before = fake.requests.length;
    const again = await reconcilePayments(db, { now: minutes(12) });
    expect(entryFor(again, orderId)).toBeUndefined(); // no longer uncertain: not even read
    expect(fake.requests.slice(before).some((r) => r.path.endsWith(id))).toBe(false);
    expect(await mailJobs(orderId)).toBe(1);
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 });
    expect(describeRun(run).at(-1)).toMatch(/^Checked \d+ uncertain payment\(s\); repaired \d+/);
  });

  it("leaves a checkout still open at Stripe alone, and expires one Stripe closed through the normal path", async () => {
    const open = await checkout("stripe");
    const closed = await checkout("stripe");
    fake.updateSession(closed.id, { status: "expired" });

    const run = await reconcilePayments(db, { now: later() });
    expect(entryFor(run, open.orderId)).toMatchObject({ found: "open", outcome: "unchanged", repaired: false });
    expect(await orderOf(open.orderId)).toMatchObject({ status: "PENDING" });
    expect(await stockOf(open.variant.id)).toEqual({ stock: 5, reserved: 2 });
    expect(entryFor(run, closed.orderId)).toMatchObject({ found: "expired", outcome: "expired", repaired: true });
    expect(await orderOf(closed.orderId)).toMatchObject({ status: "EXPIRED" });
    expect(await paymentOf(closed.orderId)).toEqual({ status: "CANCELLED" });
    expect(await stockOf(closed.variant.id)).toEqual({ stock: 5, reserved: 0 });

    const again = await reconcilePayments(db, { now: later() });
    expect(entryFor(again, open.orderId)).toMatchObject({ outcome: "unchanged" });
    expect(entryFor(again, closed.orderId)).toBeUndefined();
    expect(again.payments.filter((p) => p.repaired)).toEqual([]);
  });

  it("settles a payment Stripe took after the reservation ran out as the webhook would (sold again when stock allows)", async () => {
    const { variant, orderId, id } = await checkout("stripe", 40); // the 31-minute reservation ended 9 minutes ago
    // The expiry job ran meanwhile: the order closed and its units went back.
    await expireReservations(db, new Date(), { shopId: (await db.order.findUniqueOrThrow({ where: { id: orderId } })).shopId });
    expect(await orderOf(orderId)).toMatchObject({ status: "EXPIRED" });
    fake.updateSession(id, { status: "complete", payment_status: "paid", payment_intent: "pi_late" });
    const run = await reconcilePayments(db);
    expect(entryFor(run, orderId)).toMatchObject({ found: "paid", outcome: "paid_late", repaired: true });
    expect(await orderOf(orderId)).toMatchObject({ status: "PAID" });
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 });
    expect(await mailJobs(orderId)).toBe(1);
  });

  it("never marks paid a session that charged another amount: held for review, noted once", async () => {
    const { shop, orderId, id } = await checkout("stripe");
    fake.updateSession(id, { status: "complete", payment_status: "paid", amount_total: 1 });
    for (let i = 0; i < 2; i++) {
      const run = await reconcilePayments(db, { now: later() });
      expect(entryFor(run, orderId)).toMatchObject({ found: "paid", outcome: "amount_mismatch", repaired: false });
    }
    expect(await orderOf(orderId)).toMatchObject({ status: "PENDING" });
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: "payment.amount_mismatch", targetId: orderId } })).toBe(1);
    fake.updateSession(id, { amount_total: 2500 }); // settled by hand at Stripe: cleared from the next run's list
    await reconcilePayments(db, { now: later() });
    expect(await orderOf(orderId)).toMatchObject({ status: "PAID" });
  });

  it("reads the test provider's own record: a decision whose settlement was lost is applied once; undecided past the reservation expires", async () => {
    const paid = await checkout("test");
    const undecided = await checkout("test", 20); // 15-minute reservation: over
    const waiting = await checkout("test");
    recordTestDecision(paid.id, "pay"); // the page noted the decision; the settlement never ran

    const run = await reconcilePayments(db, { now: later() });
    expect(entryFor(run, paid.orderId)).toMatchObject({ provider: "test", found: "paid", outcome: "paid", repaired: true });
    expect(await orderOf(paid.orderId)).toMatchObject({ status: "PAID" });
    expect(await stockOf(paid.variant.id)).toEqual({ stock: 3, reserved: 0 });
    expect(await mailJobs(paid.orderId)).toBe(1);
    expect(entryFor(run, undecided.orderId)).toMatchObject({ found: "expired", outcome: "expired", repaired: true });
    expect(await orderOf(undecided.orderId)).toMatchObject({ status: "EXPIRED" });
    expect(await stockOf(undecided.variant.id)).toEqual({ stock: 5, reserved: 0 });
    expect(entryFor(run, waiting.orderId)).toMatchObject({ found: "open", outcome: "unchanged" });

    const again = await reconcilePayments(db, { now: later() });
    expect(again.payments.filter((p) => p.repaired)).toEqual([]);
    expect(await mailJobs(paid.orderId)).toBe(1);
  });

  it("closes a checkout that never reached its provider, and reports a provider it can't read without changing anything", async () => {
    const stuck = await checkout("test");
    await db.payment.updateMany({ where: { orderId: stuck.orderId }, data: { providerPaymentId: `pending_${stuck.orderId}` } });
    const unreadable = await checkout("stripe");
    await db.shop.update({ where: { id: unreadable.shop.id }, data: { stripeAccountId: null } });

    const run = await reconcilePayments(db, { now: later() });
    expect(entryFor(run, stuck.orderId)).toMatchObject({ found: "unstarted", outcome: "abandoned", repaired: true });
    expect(await orderOf(stuck.orderId)).toMatchObject({ status: "CANCELLED" });
    expect(await stockOf(stuck.variant.id)).toEqual({ stock: 5, reserved: 0 });
    expect(entryFor(run, unreadable.orderId)).toMatchObject({
      found: "error",
      outcome: "unchanged",
      repaired: false,
      error: expect.stringMatching(/Stripe account/),
    });
    expect(run.failed).toBeGreaterThanOrEqual(1);
    expect(await orderOf(unreadable.orderId)).toMatchObject({ status: "PENDING" });
  });

  it("runs every 10 minutes as one pg-boss schedule, whose job fails when a payment can't be read", async () => {
    expect(QUEUES.reconcile).toMatchObject({ cron: "*/10 * * * *", options: { policy: "stately" } });
    expect(jobDefinitions.map((j) => j.name)).toContain(QUEUES.reconcile.name);
    await db.payment.updateMany({ where: { status: "PENDING" }, data: { createdAt: new Date() } }); // the earlier tests' payments: recent again
    await expect(reconcileJob()).resolves.toEqual({ checked: 0, repaired: 0 });
    const unreadable = await checkout("stripe", 20);
    await db.shop.update({ where: { id: unreadable.shop.id }, data: { stripeAccountId: null } });
    await expect(reconcileJob()).rejects.toThrow(/could not be read/);
  });
});
