// The periodic work nobody asks for: reservations that ran out give their stock and codes back,
// and confirmation mails that didn't go out are tried again. Safe to run in several processes
// at once (each order's expiry and each mail is claimed by a conditional UPDATE). The server
// runs it every minute (instrumentation.ts); POST /api/cron/expire-reservations runs it on
// demand for deployments where a long-lived timer isn't enough (serverless, many processes).
import "server-only";
import { randomBytes } from "node:crypto";
import { transaction, type Db } from "@/lib/core/db";
import { sendDueConfirmations } from "./confirmation";
import { expireReservations, productsChanged } from "./status";

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
const timers = globalThis as unknown as { minishopScheduledJobs?: NodeJS.Timeout; minishopCronToken?: string };

/** A bearer token for the cron route that only this process knows (made on first use). */
export function processToken(): string {
  return (timers.minishopCronToken ??= randomBytes(32).toString("hex"));
}

/**
 * The jobs run through this server's own cron route when it can: inside a request Next.js can
 * expire the product pages whose units came back on sale; from a bare timer it can't. Null when
 * the route isn't reachable (no PORT, not listening yet, another process): the caller runs the
 * jobs directly, which is safe to repeat.
 */
async function runThroughServer(): Promise<ScheduledRun | null> {
  const port = process.env.PORT;
  if (!port) return null;
  try {
    const response = await fetch(`http://localhost:${port}/api/cron/expire-reservations`, {
      method: "POST",
      headers: { authorization: `Bearer ${processToken()}` },
      signal: AbortSignal.timeout(30_000),
    });
    return response.status === 200 || response.status === 500 ? ((await response.json()) as ScheduledRun) : null;
  } catch {
    return null;
  }
}

/** Runs the jobs every `intervalMs` in this process (once per process, never two runs at a time); the timer doesn't keep the process alive. */
export function startScheduledJobs(db: Db, intervalMs = INTERVAL_MS) {
  if (timers.minishopScheduledJobs) return timers.minishopScheduledJobs;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const run = (await runThroughServer()) ?? (await runScheduledJobs(db));
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
