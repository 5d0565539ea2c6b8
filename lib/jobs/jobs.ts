// The app's background jobs: each queue of lib/jobs/queues.ts and the work it does.
import "server-only";
import { db } from "@/lib/db/client";
import { runScheduledJobsHere } from "@/lib/orders/scheduled";
import { QUEUES } from "./queues";
import { startWorkers, type JobDefinition } from "./queue";

export const jobDefinitions: JobDefinition[] = [{ ...QUEUES.scheduled, work: () => runScheduledJobsHere(db) }];

/** Called once per server process (instrumentation.ts). */
export function startJobs() {
  return startWorkers(jobDefinitions);
}
