// The app's background jobs: each queue of lib/jobs/queues.ts and the work it does.
import "server-only";
import { db } from "@/lib/db/client";
import { sendOrderConfirmation } from "@/lib/orders/confirmation";
import { runScheduledJobsHere } from "@/lib/orders/scheduled";
import { QUEUES } from "./queues";
import { startWorkers, workPending, type JobDefinition } from "./queue";

const confirmationJob: JobDefinition = { ...QUEUES.confirmation, work: (data) => sendOrderConfirmation(db, String(data.orderId)) };

export const jobDefinitions: JobDefinition[] = [{ ...QUEUES.scheduled, work: () => runScheduledJobsHere(db) }, confirmationJob];

/** The confirmation mails queued and due now, sent from this process (the cron route; tests). */
export function sendQueuedConfirmations() {
  return workPending(confirmationJob);
}

/** Called once per server process (instrumentation.ts). */
export function startJobs() {
  return startWorkers(jobDefinitions);
}
