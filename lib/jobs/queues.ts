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
  /**
   * One job per paid order, queued in the payment's transaction: the confirmation mail. A failed
   * send is retried 7 times, after about 10, 20, 40… minutes (pg-boss's backoff: retryDelay ×
   * 2^n, with jitter), ≈ 1 to 2 days in all; then the job is failed, for admins to see.
   */
  /**
   * Every 10 minutes: payments still PENDING 10 minutes after checkout are read back from their
   * provider and settled (lib/payments/reconcile.ts, a lost webhook repaired). One at a time; not
   * retried (the next run reads them again).
   */
  reconcile: { name: "payments-reconcile", cron: "*/10 * * * *", options: { policy: "stately", retryLimit: 0, expireInSeconds: 10 * 60 } },
  /**
   * Daily at 03:30 UTC: every open shop's trust score (lib/shops/trust-score-run.ts, decision
   * record 0019), one SQL read for all shops. One at a time; retried twice, 5 minutes apart.
   */
  trustScores: { name: "trust-scores", cron: "30 3 * * *", options: { policy: "stately", retryLimit: 2, retryDelay: 5 * 60, expireInSeconds: 30 * 60 } },
  confirmation: { name: "order-confirmation", options: { retryLimit: 7, retryDelay: 10 * 60, retryBackoff: true, expireInSeconds: 2 * 60 } },
} satisfies Record<string, QueueDefinition>;
