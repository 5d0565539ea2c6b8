// The app's background jobs: each queue of lib/jobs/queues.ts and the work it does.
import "server-only";
import { db } from "@/lib/db/client";
import { sendOrderConfirmation } from "@/lib/orders/confirmation";
import { runScheduledJobsHere } from "@/lib/orders/scheduled";
import { describeRun, reconcilePayments } from "@/lib/payments/reconcile";
import { computeTrustScores } from "@/lib/shops/trust-score-run";
import { QUEUES } from "./queues";
import { startWorkers, workPending, type JobDefinition } from "./queue";

const confirmationJob: JobDefinition = { ...QUEUES.confirmation, work: (data) => sendOrderConfirmation(db, String(data.orderId)) };

/** The payments reconciliation: logs what it repaired; a payment it couldn't read fails the job, for admins to see. */
export async function reconcileJob() {
  const run = await reconcilePayments(db);
  if (run.repaired || run.failed) console.info(`Payments reconciliation:\n${describeRun(run).join("\n")}`);
  if (run.failed) throw new Error(`Payments reconciliation: ${run.failed} payment(s) could not be read from their provider`);
  return { checked: run.checked, repaired: run.repaired };
}

export const jobDefinitions: JobDefinition[] = [
  { ...QUEUES.scheduled, work: () => runScheduledJobsHere(db) },
  { ...QUEUES.reconcile, work: reconcileJob },
  // The storefront's "Trusted shop" badge catches up within its pages' revalidate time (a job can't expire Next's cache).
  { ...QUEUES.trustScores, work: () => computeTrustScores(db) },
  confirmationJob,
];

/** The confirmation mails queued and due now, sent from this process (the cron route; tests). */
export function sendQueuedConfirmations() {
  return workPending(confirmationJob);
}

/** Called once per server process (instrumentation.ts). */
export function startJobs() {
  return startWorkers(jobDefinitions);
}
