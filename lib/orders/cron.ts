// POST /api/cron/expire-reservations: the scheduled jobs (lib/orders/scheduled.ts) on demand,
// for a cron service. Authorization: Bearer <CRON_SECRET>. Without CRON_SECRET the endpoint
// doesn't exist (404): nobody outside can make the server do work on its behalf.
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import type { Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { processToken, runScheduledJobs, type ScheduledRun } from "./scheduled";

export type CronResult = { status: 200 | 500; body: ScheduledRun };

/** Read at call time, like SMTP_URL: a blank value counts as unset. */
export function cronSecret(): string | undefined {
  return process.env.CRON_SECRET?.trim() || undefined;
}

/** Constant-time whatever the lengths: both sides hashed first. */
function sameSecret(given: string, expected: string) {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The jobs' run, or AppError: not_found while CRON_SECRET is unset, unauthenticated for a missing or wrong token. */
export async function handleCronRequest(db: Db, authorization: string | null, secret: string | undefined): Promise<CronResult> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  // The server's own timer (see startScheduledJobs) comes with a token only this process knows.
  const fromThisServer = !!token && sameSecret(token, processToken());
  if (!fromThisServer) {
    if (!secret) throw AppError.notFound("page");
    if (!token || !sameSecret(token, secret)) throw new AppError("unauthenticated", { form: "Missing or wrong bearer token." });
  }
  const run = await runScheduledJobs(db);
  return { status: run.errors.length ? 500 : 200, body: run };
}
