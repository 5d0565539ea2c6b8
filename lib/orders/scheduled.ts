// The periodic work nobody asks for: reservations that ran out give their stock and codes back,
// and confirmation mails that didn't go out are tried again. Safe to run in several processes
// at once (each order's expiry and each mail is claimed by a conditional UPDATE). The server
// runs it every minute (instrumentation.ts); POST /api/cron/expire-reservations runs it on
// demand for deployments where a long-lived timer isn't enough (serverless, many processes).
import "server-only";
import { expireReservations } from "@/lib/checkout/checkout";
import { transaction, type Db } from "@/lib/checkout/db";
import { sendDueConfirmations } from "./confirmation";
import { productsChanged } from "./settled";

export type ScheduledRun = { expired: number; confirmationsSent: number; confirmationsFailed: number; errors: string[] };

export async function runScheduledJobs(db: Db, now: Date = new Date()): Promise<ScheduledRun> {
  const run: ScheduledRun = { expired: 0, confirmationsSent: 0, confirmationsFailed: 0, errors: [] };
  // One step failing doesn't keep the other from running.
  try {
    run.expired = (await expireReservations(db, now)).expired;
    if (run.expired) await expiredPagesChanged(db, now);
  } catch (error) {
    run.errors.push("expire-reservations");
    console.error("Releasing expired reservations failed", error);
  }
  try {
    const mail = await sendDueConfirmations(db, { now });
    run.confirmationsSent = mail.sent;
    run.confirmationsFailed = mail.failed;
  } catch (error) {
    run.errors.push("confirmation-mails");
    console.error("Retrying confirmation mails failed", error);
  }
  return run;
}

/**
 * The units of the orders this run expired are on sale again: their product pages show stock.
 * closeOrder stamps cancelledAt with this run's `now`, which finds exactly those orders.
 * (Only a request can expire Next's page cache: from the timer this is a no-op and the pages
 * catch up within their revalidate time; from the cron route it takes effect at once.)
 */
async function expiredPagesChanged(db: Db, now: Date) {
  const orders = await transaction(db, (tx) => tx.order.findMany({ where: { status: "EXPIRED", cancelledAt: now }, select: { id: true, shopId: true } }));
  for (const order of orders) await productsChanged(db, order.shopId, order.id);
}

const INTERVAL_MS = 60_000;
const timers = globalThis as unknown as { minishopScheduledJobs?: NodeJS.Timeout };

/** Runs the jobs every `intervalMs` in this process (once per process, never two runs at a time); the timer doesn't keep the process alive. */
export function startScheduledJobs(db: Db, intervalMs = INTERVAL_MS) {
  if (timers.minishopScheduledJobs) return timers.minishopScheduledJobs;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const run = await runScheduledJobs(db);
      if (run.expired || run.confirmationsSent || run.confirmationsFailed) console.info("Scheduled jobs:", JSON.stringify(run));
    } catch (error) {
      console.error("Scheduled jobs failed", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  timers.minishopScheduledJobs = timer;
  return timer;
}

export function stopScheduledJobs() {
  clearInterval(timers.minishopScheduledJobs);
  timers.minishopScheduledJobs = undefined;
}
