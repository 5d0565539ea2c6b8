// The app's queues and their retry rules: what runs is in lib/jobs/jobs.ts, how in queue.ts.
import type PgBoss from "pg-boss";

export type QueueDefinition = {
  name: string;
  /** pg-boss's cron (UTC, minute granularity): one job per matching minute across all servers. */
  cron?: string;
  /** Retries, backoff, how long a run may take before it counts as failed, how many may wait. */
  options: Omit<PgBoss.Queue, "name">;
};

export const QUEUES = {
  /** Every minute: expired checkout reservations released. One waiting and one running at most; not retried (the next minute's run does the same work). */
  scheduled: { name: "expire-reservations", cron: "* * * * *", options: { policy: "stately", retryLimit: 0, expireInSeconds: 5 * 60 } },
} satisfies Record<string, QueueDefinition>;
