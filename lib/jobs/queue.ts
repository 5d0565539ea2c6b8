// Work nobody asks for, on pg-boss: a job queue kept in PostgreSQL (its own schema, `pgboss`),
// so it needs no server of its own and every app server shares it. Each server works the
// queues; a job goes to one of them (SELECT … FOR UPDATE SKIP LOCKED), a cron schedule creates
// one job per minute however many servers keep time, and jobs, schedules and retries live in
// the database, so they survive restarts and a server killed mid-job (its job times out and is
// retried). Platform admins see the counts and failures on /admin (lib/jobs/status.ts).
import "server-only";
import PgBoss from "pg-boss";
import { dbPool } from "@/lib/db/client";

/** pg-boss's tables: the `pgboss` schema; in the tests, the test file's own schema. */
export function jobsSchema() {
  return process.env.DATABASE_SCHEMA || "pgboss";
}

type Job = PgBoss.Job<Record<string, unknown>>;
export type JobDefinition = {
  name: string;
  /** pg-boss's cron (UTC, minute granularity): one job per matching minute across all servers. */
  cron?: string;
  /** Retries, backoff, how long a run may take before it counts as failed, how many may wait. */
  queue: Omit<PgBoss.Queue, "name">;
  work: (data: Record<string, unknown>) => Promise<unknown>;
};

const state = globalThis as unknown as { minishopJobs?: Promise<PgBoss> };

/**
 * This process's queue, started on first use: installs or migrates pg-boss's schema (under its
 * advisory lock, so servers starting together are fine). Through the app's own connection pool:
 * one pool per process, and on the embedded database one connection (scripts/start.ts).
 */
export function jobQueue(): Promise<PgBoss> {
  return (state.minishopJobs ??= (async () => {
    const pool = dbPool();
    const boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) },
      schema: jobsSchema(),
      // Finished jobs stay visible to admins for a week, then go.
      deleteAfterDays: 7,
    });
    boss.on("error", (error) => console.error("Job queue:", error));
    return boss.start();
  })().catch((error) => {
    state.minishopJobs = undefined; // the next caller tries again
    throw error;
  }));
}

/** Creates the queues and schedules, and works them in this process. */
export async function startWorkers(definitions: JobDefinition[], options: { pollingIntervalSeconds?: number } = {}) {
  const boss = await jobQueue();
  for (const job of definitions) {
    // createQueue keeps an existing queue as it is; updateQueue brings its options up to date.
    await boss.createQueue(job.name, { name: job.name, ...job.queue });
    await boss.updateQueue(job.name, { name: job.name, ...job.queue });
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
    await boss.work<Record<string, unknown>>(job.name, { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([one]: Job[]) =>
      job.work(one!.data ?? {}),
    );
  }
  return boss;
}

/** Stops this process's workers and timekeeping (the tests; a server just exits). */
export async function stopJobs() {
  const boss = await state.minishopJobs?.catch(() => null);
  state.minishopJobs = undefined;
  await boss?.stop({ graceful: false, wait: true, close: false });
}
