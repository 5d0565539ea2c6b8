// The work nobody asks for: expired reservations released (by the server's timer and by the
// cron route) and confirmation mails that are never lost nor sent twice. Real database and
// real mail code: a failing mail server is SMTP_URL pointing at a closed local port, a working
// one is the dev outbox.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
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
const { CONFIRMATION_RETRY, sendOrderConfirmation } = await import("@/lib/orders/confirmation");
const { handleCronRequest } = await import("@/lib/orders/cron");
const { processToken, runScheduledJobs, startScheduledJobs, stopScheduledJobs } = await import("@/lib/orders/scheduled");
const { listOutbox } = await import("@/lib/mail/outbox");
const { orderStatusUrl } = await import("@/lib/orders/link");

const SECRET = "cron-secret-0123456789abcdef";
const minutes = (n: number, from = Date.now()) => new Date(from + n * 60_000);
const mailsTo = async (email: string) => (await listOutbox()).filter((m) => m.to === email);
const orderOf = (id: string) => db.order.findUniqueOrThrow({ where: { id }, select: { status: true, confirmationSentAt: true, confirmationAttempts: true } });

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
afterEach(() => stopScheduledJobs());

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

describe("the server's timer", () => {
  it("releases expired reservations without anyone asking, and doesn't keep the process alive", async () => {
    const { variant, started } = await checkout(20);
    const timer = startScheduledJobs(db, 50);
    expect(timer.hasRef()).toBe(false);
    expect(startScheduledJobs(db, 50)).toBe(timer); // one timer per process
    await vi.waitFor(async () => expect((await orderOf(started.orderId)).status).toBe("EXPIRED"), { timeout: 10_000, interval: 100 });
    expect(await stockOf(variant.id)).toEqual({ stock: 3, reserved: 0 });
  });
});

describe("the confirmation mail", () => {
  it("is sent once, later, when the mail server was down at payment", async () => {
    const { shop, started, email, ref } = await checkout();
    process.env.SMTP_URL = "smtp://127.0.0.1:1"; // nothing listens there: connection refused
    const paidAt = new Date();
    await afterSettlement(db, await completePayment(db, { ...ref, now: paidAt }));
    expect(await orderOf(started.orderId)).toMatchObject({ status: "PAID", confirmationSentAt: null, confirmationAttempts: 1 });

    delete process.env.SMTP_URL; // the mail server is back
    expect(await runScheduledJobs(db, minutes(5, paidAt.getTime()))).toMatchObject({ confirmationsSent: 0 }); // still pausing
    expect(await mailsTo(email)).toHaveLength(0);
    expect(await runScheduledJobs(db, minutes(11, paidAt.getTime()))).toMatchObject({ confirmationsSent: 1, confirmationsFailed: 0 });
    expect(await runScheduledJobs(db, minutes(120, paidAt.getTime()))).toMatchObject({ confirmationsSent: 0 });

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
    expect(await orderOf(started.orderId)).toMatchObject({ confirmationSentAt: expect.any(Date), confirmationAttempts: 2 });
  });

  it("goes out once when completions, retries and the job race", async () => {
    const { started, email, ref } = await checkout();
    await Promise.all([
      ...Array.from({ length: 4 }, async () => afterSettlement(db, await completePayment(db, ref))),
      ...Array.from({ length: 3 }, async () => {
        await completePayment(db, ref);
        return sendOrderConfirmation(db, started.orderId);
      }),
      completePayment(db, ref).then(() => runScheduledJobs(db)),
    ]);
    expect(await mailsTo(email)).toHaveLength(1);
    expect(await orderOf(started.orderId)).toMatchObject({ status: "PAID", confirmationSentAt: expect.any(Date), confirmationAttempts: 1 });
    expect(await runScheduledJobs(db, minutes(60))).toMatchObject({ confirmationsSent: 0 });
  });

  it("isn't sent for an unpaid order, and retries stop after the last attempt or once the order is old", async () => {
    const pending = await checkout();
    expect(await sendOrderConfirmation(db, pending.started.orderId)).toBe("not_due");

    const exhausted = await checkout();
    await completePayment(db, exhausted.ref);
    await db.order.update({
      where: { id: exhausted.started.orderId },
      data: { confirmationAttempts: CONFIRMATION_RETRY.maxAttempts, confirmationAttemptedAt: minutes(-24 * 60) },
    });
    const old = await checkout();
    await completePayment(db, { ...old.ref, now: minutes(-(CONFIRMATION_RETRY.maxAgeHours + 1) * 60) });

    expect(await runScheduledJobs(db)).toMatchObject({ confirmationsSent: 0, confirmationsFailed: 0 });
    for (const { email } of [pending, exhausted, old]) expect(await mailsTo(email)).toHaveLength(0);
  });
});
