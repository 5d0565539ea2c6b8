// The app's background jobs and when they run (lib/jobs/queue.ts runs them on pg-boss).
import "server-only";
import { db } from "@/lib/db/client";
import { runScheduledJobsHere } from "@/lib/orders/scheduled";
import { startWorkers, type JobDefinition } from "./queue";

export const JOBS = {
  /** Every minute: expired checkout reservations released, unsent confirmation mails retried. */
  scheduled: "expire-reservations",
} as const;

export const jobDefinitions: JobDefinition[] = [
  {
    name: JOBS.scheduled,
    cron: "* * * * *",
    // One waiting and one running at most; not retried (the next minute's run does the same work).
    queue: { policy: "stately", retryLimit: 0, expireInSeconds: 5 * 60 },
    work: () => runScheduledJobsHere(db),
  },
];

/** Called once per server process (instrumentation.ts). */
export function startJobs() {
  return startWorkers(jobDefinitions);
}
