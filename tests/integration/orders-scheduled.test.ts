// The work nobody asks for: expired reservations released (by the server's timer and by the
// cron route) and confirmation mails that are never lost nor sent twice. Real database and
// real mail code: a failing mail server is SMTP_URL pointing at a closed local port, a working
// one is the dev outbox.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { cartWith, checkoutInput, makeOpenShop, makeShippingRate, makeVariant, stockOf } from "@/tests/support/shop-fixtures";

process.env.BETTER_AUTH_SECRET = "test-secret-test-secret-test-secret-0123";
process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "minishop-scheduled-"));

const { revalidateTag } = await import("next/cache");
const { POST } = await import("@/app/api/cron/expire-reservations/route");
const { startCheckout } = await import("@/lib/checkout/checkout");
const { completePayment } = await import("@/lib/orders/status");
const { testProvider } = await import("@/lib/payments/test-provider");
const { afterSettlement } = await import("@/lib/orders/status");
const { sendOrderConfirmation } = await import("@/lib/orders/confirmation");
const { handleCronRequest } = await import("@/lib/orders/cron");
const { processToken } = await import("@/lib/orders/scheduled");
const { jobDefinitions, sendQueuedConfirmations } = await import("@/lib/jobs/jobs");
const { QUEUES } = await import("@/lib/jobs/queues");
const { jobClient, jobsSchema, startWorkers, stopJobs } = await import("@/lib/jobs/queue");
const { listOutbox } = await import("@/lib/mail/outbox");
const { orderStatusUrl } = await import("@/lib/orders/link");

const SECRET = "cron-secret-0123456789abcdef";
const minutes = (n: number, from = Date.now()) => new Date(from + n * 60_000);
const mailsTo = async (email: string) => (await listOutbox()).filter((m) => m.to === email);
const orderOf = (id: string) => db.order.findUniqueOrThrow({ where: { id }, select: { status: true, confirmationSentAt: true } });
/** The confirmation jobs queued for an order (pg-boss's table, in this file's schema). */
const mailJobs = (orderId: string) =>
  db.$queryRawUnsafe<{ id: string; state: string; retry_count: number; start_after: Date }[]>(
    `SELECT id::text, state::text, retry_count, start_after FROM "${jobsSchema()}".job WHERE name = $1 AND data->>'orderId' = $2`,
    QUEUES.confirmation.name,
    orderId,
  );

/** A checkout holding 2 of 3 units, started `startedAgo` minutes ago (15-minute reservation). */
async function checkout(startedAgo = 0) {
  const shop = await makeOpenShop();
  const rate = await makeShippingRate(shop.id);
  const variant = await makeVariant(shop.id, { stock: 3 });
  const input = checkoutInput(shop.id, await cartWith(shop.id, [{ variantId: variant.id, quantity: 2 }]), rate.id);
  const started = await startCheckout(db, input, { provider: testProvider, now: minutes(-startedAgo), reservationMinutes: 15 });
  return { shop, variant, started, email: input.email, ref: { provider: "test", providerPaymentId: started.providerPaymentId } };
}

const cron = (authorization?: string) =>
  POST(new Request("http://localhost/api/cron/expire-reservations", { method: "POST", headers: authorization ? { authorization } : {} }));

beforeEach(() => {
  process.env.CRON_SECRET = SECRET;
  delete process.env.SMTP_URL;
  vi.mocked(revalidateTag).mockClear();
});
afterAll(() => stopJobs());

describe("POST /api/cron/expire-reservations", () => {
  it("releases an expired reservation's stock and expires its product page", async () => {
    const { variant, started } = await checkout(20);
    const fresh = await checkout(0);
    const response = await cron(`Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ expired: 1, errors: [] });
    expect((await orderOf(started.orderId)).status).toBe("EXPIRED");
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 });
    expect(revalidateTag).toHaveBeenCalledWith(`product:${variant.productId}`, { expire: 0 });
    // A reservation still running is left alone.
    expect((await orderOf(fresh.started.orderId)).status).toBe("PENDING");
    expect(await stockOf(fresh.variant.id)).toEqual({ stock: 3, reserved: 2 });
  });

  it("answers 401 to a missing or wrong secret and changes nothing", async () => {
    const { variant, started } = await checkout(20);
    for (const authorization of [undefined, "Bearer wrong-secret", `Bearer ${SECRET}x`, `Basic ${SECRET}`, SECRET]) {
      const response = await cron(authorization);
      expect(response.status).toBe(401);
      expect((await response.json()).error).toMatchObject({ code: "unauthenticated", message: expect.any(String) });
    }
    expect((await orderOf(started.orderId)).status).toBe("PENDING");
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 2 });
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("doesn't exist while CRON_SECRET is unset", async () => {
    const { variant } = await checkout(20);
    process.env.CRON_SECRET = "  ";
    expect((await cron(`Bearer ${SECRET}`)).status).toBe(404);
    expect((await cron("Bearer ")).status).toBe(404);
    await expect(handleCronRequest(db, `Bearer ${SECRET}`, undefined)).rejects.toMatchObject({ code: "not_found", status: 404 });
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 2 });
  });

  it("runs for this server's own timer, which comes with a token only this process knows", async () => {
    const { variant, started } = await checkout(20);
    process.env.CRON_SECRET = "";
    const result = await handleCronRequest(db, `Bearer ${processToken()}`, undefined);
    expect(result.status).toBe(200);
    expect((await orderOf(started.orderId)).status).toBe("EXPIRED");
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 });
  });
});

describe("the scheduled job", () => {
  it("releases expired reservations when a worker takes it from the queue", async () => {
    const { variant, started } = await checkout(20);
    const boss = await startWorkers(jobDefinitions, { pollingIntervalSeconds: 0.5 });
    // Every minute, from now on; the payments reconciliation every 10 minutes (payments-reconcile.test.ts);
    // the trust scores daily (admin-enforcement.test.ts).
    expect(await boss.getSchedules()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: QUEUES.scheduled.name, cron: "* * * * *" }),
        expect.objectContaining({ name: QUEUES.reconcile.name, cron: "*/10 * * * *" }),
        expect.objectContaining({ name: QUEUES.trustScores.name, cron: "30 3 * * *" }),
      ]),
    );
    expect(await boss.getSchedules()).toHaveLength(3);
    const id = await boss.send(QUEUES.scheduled.name, {}); // what the schedule sends each minute
    await vi.waitFor(async () => expect((await orderOf(started.orderId)).status).toBe("EXPIRED"), { timeout: 10_000, interval: 100 });
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 });
    await vi.waitFor(async () => expect((await boss.getJobById(QUEUES.scheduled.name, id!))?.state).toBe("completed"), { timeout: 10_000, interval: 100 });
    await stopJobs(); // no worker left in this process: the tests below work the mail queue themselves
  });
});

describe("the confirmation mail", () => {
  it("is queued with the payment, and sent once by the job", async () => {
    const { shop, started, email, ref } = await checkout();
    await afterSettlement(db, await completePayment(db, ref));
    expect(await mailJobs(started.orderId)).toEqual([expect.objectContaining({ state: "created" })]); // queued, not sent inline
    expect(await mailsTo(email)).toHaveLength(0);

    expect(await sendQueuedConfirmations()).toEqual({ ran: 1, failed: 0 });
    expect(await sendQueuedConfirmations()).toEqual({ ran: 0, failed: 0 });
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`Order #${started.orderNumber} confirmed · ${shop.name}`);
    // What the shopper keeps: the number, each line with its amount, the totals and the signed status link.
    const text = mails[0]!.text;
    expect(text).toContain(`Order #${started.orderNumber}`);
    expect(text).toMatch(/^2 × .+: .*\d/m);
    expect(text).toMatch(/^Subtotal: .*\d/m);
    expect(text).toMatch(/^Total: .*\d/m);
    expect(text).toContain(orderStatusUrl(shop.slug, started.orderId));
    expect(await orderOf(started.orderId)).toMatchObject({ confirmationSentAt: expect.any(Date) });
    expect(await mailJobs(started.orderId)).toEqual([expect.objectContaining({ state: "completed" })]);
    expect(await sendOrderConfirmation(db, started.orderId)).toBe("not_due"); // a retried job sends nothing more
  });

  it("is retried later, with a pause, when the mail server was down", async () => {
    const { started, email, ref } = await checkout();
    await completePayment(db, ref);
    process.env.SMTP_URL = "smtp://127.0.0.1:1"; // nothing listens there: connection refused
    expect(await sendQueuedConfirmations()).toEqual({ ran: 1, failed: 1 });
    const [job] = await mailJobs(started.orderId);
    expect(job).toMatchObject({ state: "retry" });
    expect(job!.start_after.getTime()).toBeGreaterThan(Date.now() + 9 * 60_000); // about ten minutes or more from now
    expect(await sendQueuedConfirmations()).toEqual({ ran: 0, failed: 0 }); // still pausing
    expect(await orderOf(started.orderId)).toMatchObject({ status: "PAID", confirmationSentAt: null });

    delete process.env.SMTP_URL; // the mail server is back, and the pause is over
    await db.$executeRawUnsafe(`UPDATE "${jobsSchema()}".job SET start_after = now() WHERE id = $1::uuid`, job!.id);
    expect(await sendQueuedConfirmations()).toEqual({ ran: 1, failed: 0 });
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it("is queued once when completions race", async () => {
    const { started, email, ref } = await checkout();
    await Promise.all(Array.from({ length: 6 }, async () => afterSettlement(db, await completePayment(db, ref))));
    expect(await mailJobs(started.orderId)).toHaveLength(1);
    expect(await sendQueuedConfirmations()).toMatchObject({ failed: 0 });
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it("isn't queued nor sent for an unpaid order", async () => {
    const pending = await checkout();
    expect(await mailJobs(pending.started.orderId)).toHaveLength(0);
    expect(await sendOrderConfirmation(db, pending.started.orderId)).toBe("not_due");
    expect(await mailsTo(pending.email)).toHaveLength(0);
    await expect((await jobClient()).getQueue(QUEUES.confirmation.name)).resolves.toMatchObject({ retryLimit: 7, retryDelay: 600, retryBackoff: true });
  });
});
