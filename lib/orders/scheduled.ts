// The periodic work nobody asks for: reservations that ran out give their stock and codes back.
// A pg-boss schedule runs it once a minute on one of the app servers (lib/jobs);
// POST /api/cron/expire-reservations runs it on demand for a scheduler (CRON_SECRET). Safe to
// run in several processes at once all the same (each order's expiry is a conditional UPDATE).
import "server-only";
import { randomBytes } from "node:crypto";
import { transaction, type Db } from "@/lib/core/db";
import { expireReservations, productsChanged } from "./status";

export type ScheduledRun = { expired: number; errors: string[] };

export async function runScheduledJobs(db: Db, now: Date = new Date()): Promise<ScheduledRun> {
  const run: ScheduledRun = { expired: 0, errors: [] };
  try {
    run.expired = (await expireReservations(db, now)).expired;
    if (run.expired) await expiredPagesChanged(db, now);
  } catch (error) {
    run.errors.push("expire-reservations");
    console.error("Releasing expired reservations failed", error);
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

const tokens = globalThis as unknown as { minishopCronToken?: string };

/** A bearer token for the cron route that only this process knows (made on first use). */
export function processToken(): string {
  return (tokens.minishopCronToken ??= randomBytes(32).toString("hex"));
}

/**
 * The jobs run through this server's own cron route when it can: inside a request Next.js can
 * expire the product pages whose units came back on sale; from a bare job it can't. Null when
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

/** The scheduled job's run (lib/jobs): through this server when it can; a step that failed fails the job, for admins to see. */
export async function runScheduledJobsHere(db: Db): Promise<ScheduledRun> {
  const run = (await runThroughServer()) ?? (await runScheduledJobs(db));
  if (run.expired) console.info("Scheduled jobs:", JSON.stringify(run));
  if (run.errors.length) throw new Error(`Scheduled jobs failed: ${run.errors.join(", ")}`);
  return run;
}
