// Work nobody asks for, on pg-boss: a job queue kept in PostgreSQL (its own schema, `pgboss`),
// so it needs no server of its own and every app server shares it. Each server works the
// queues; a job goes to one of them (SELECT … FOR UPDATE SKIP LOCKED), a cron schedule creates
// one job per minute however many servers keep time, and jobs, schedules and retries live in
// the database, so they survive restarts and a server killed mid-job (its job times out and is
// retried). Platform admins see the counts and failures on /admin (lib/jobs/status.ts).
import "server-only";
import PgBoss from "pg-boss";
import { isRetryable, type Tx } from "@/lib/core/db";
import { dbPool } from "@/lib/db/client";
import { QUEUES, type QueueDefinition } from "./queues";

/** pg-boss's tables: the `pgboss` schema; in the tests, the test file's own schema. */
export function jobsSchema() {
  return process.env.DATABASE_SCHEMA || "pgboss";
}

type Job = PgBoss.Job<Record<string, unknown>>;
export type JobDefinition = QueueDefinition & { work: (data: Record<string, unknown>) => Promise<unknown> };

const state = globalThis as unknown as { minishopJobClient?: Promise<PgBoss>; minishopJobWorkers?: PgBoss[] };

/** Through the app's own connection pool: one pool per process, and on the embedded database one connection (scripts/start.ts). */
function newBoss(options: { timekeeping: boolean }) {
  const pool = dbPool();
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    schema: jobsSchema(),
    supervise: options.timekeeping, // maintenance: expiring timed-out jobs, archiving, deleting
    schedule: options.timekeeping, // cron
    deleteAfterDays: 7, // finished jobs stay visible to admins for a week
  });
  boss.on("error", (error) => console.error("Job queue:", error));
  return boss;
}

async function createQueues(boss: PgBoss, definitions: QueueDefinition[]) {
  for (const { name, options } of definitions) {
    // createQueue keeps an existing queue as it is; updateQueue brings its options up to date.
    // Servers starting together can deadlock in pg-boss's create_queue (seen in the cluster
    // test once there were three queues); both calls are idempotent, so the loser tries again.
    for (let attempt = 0; ; attempt++) {
      try {
        await boss.createQueue(name, { name, ...options });
        await boss.updateQueue(name, { name, ...options });
        break;
      } catch (error) {
        if (attempt >= 5 || !isRetryable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 100));
      }
    }
  }
}

/**
 * This process's handle on the queue for sending jobs, without timers (scripts and tests use it
 * too): on first use it installs or migrates pg-boss's schema (under its advisory lock, so
 * servers starting together are fine) and creates the app's queues.
 */
export function jobClient(): Promise<PgBoss> {
  return (state.minishopJobClient ??= (async () => {
    const boss = await newBoss({ timekeeping: false }).start();
    await createQueues(boss, Object.values(QUEUES));
    return boss;
  })().catch((error) => {
    state.minishopJobClient = undefined; // the next caller tries again
    throw error;
  }));
}

/** pg-boss's statements on the caller's transaction (Prisma's raw queries take the same $n parameters). */
function inTransaction(tx: Tx): PgBoss.Db {
  const param = (v: unknown) => (v === undefined ? null : v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v);
  return { executeSql: async (text, values = []) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map(param)) }) };
}

/**
 * Sends jobs inside a transaction: a job exists exactly when the transaction commits. Get it
 * before the transaction starts (its first use may install the queue through the pool, which on
 * the embedded database is the one connection the transaction then holds).
 */
export async function jobSender() {
  const boss = await jobClient();
  return async (tx: Tx, queue: QueueDefinition, data: Record<string, unknown>) => {
    const id = await boss.send(queue.name, data, { db: inTransaction(tx) });
    if (!id) throw new Error(`Job not queued in ${queue.name}`);
    return id;
  };
}

/** Creates the queues and schedules, and works them in this process (every app server: instrumentation.ts). */
export async function startWorkers(definitions: JobDefinition[], options: { pollingIntervalSeconds?: number } = {}) {
  await jobClient();
  const boss = await newBoss({ timekeeping: true }).start();
  (state.minishopJobWorkers ??= []).push(boss);
  await createQueues(boss, definitions);
  for (const job of definitions) {
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
    await boss.work<Record<string, unknown>>(job.name, { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([one]: Job[]) =>
      job.work(one!.data ?? {}),
    );
  }
  return boss;
}

/**
 * Works the jobs waiting in a queue now, in this process, as a worker would (each one fetched
 * once, completed, or failed for the queue to retry): the cron route for a scheduler in a
 * deployment without long-lived servers, and tests. Returns how many ran and how many failed.
 */
export async function workPending(job: JobDefinition, limit = 50) {
  const boss = await jobClient();
  const jobs = await boss.fetch<Record<string, unknown>>(job.name, { batchSize: limit });
  let failed = 0;
  for (const one of jobs) {
    try {
      await job.work(one.data ?? {});
      await boss.complete(job.name, one.id);
    } catch (error) {
      failed++;
      await boss.fail(job.name, one.id, { message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { ran: jobs.length, failed };
}

/** Stops this process's workers and timekeeping (the tests; a server just exits). */
export async function stopJobs() {
  const bosses = [...(state.minishopJobWorkers ?? []), await state.minishopJobClient?.catch(() => null)];
  state.minishopJobWorkers = undefined;
  state.minishopJobClient = undefined;
  for (const boss of bosses) await boss?.stop({ graceful: false, wait: true, close: false });
}
