// What platform admins see of the job queue on /admin: per queue, how many jobs wait, run, are
// retrying, finished or failed in the last day, and the latest failures with their error.
import "server-only";
import { isAdmin, type CurrentUser } from "@/lib/auth/user";
import type { Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { jobsSchema } from "./queue";

const STATES = ["created", "retry", "active", "completed", "failed", "cancelled"] as const;
export type QueueCounts = { queue: string } & Record<(typeof STATES)[number], number>;
export type JobFailure = { queue: string; id: string; failedAt: Date; retries: number; error: string };
export type JobStatus = { queues: QueueCounts[]; failures: JobFailure[] };

/** pg-boss keeps a job's error in its output: { message, stack, … } (or whatever the job threw). */
function errorText(output: unknown): string {
  if (output && typeof output === "object" && "message" in output) return String((output as { message: unknown }).message);
  return output == null ? "" : JSON.stringify(output);
}

/** Jobs in the queues and in pg-boss's archive (finished ones move there after a while), for the last `hours`. */
export async function jobStatus(db: Db, user: CurrentUser, options: { hours?: number; failures?: number } = {}): Promise<JobStatus> {
  if (!isAdmin(user)) throw AppError.forbidden();
  const schema = jobsSchema();
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid jobs schema: ${schema}`);
  // Not installed yet (no server has started pg-boss on this database): nothing to show.
  const [{ installed }] = await db.$queryRawUnsafe<{ installed: boolean }[]>(`SELECT to_regclass($1) IS NOT NULL AS installed`, `"${schema}".archive`);
  if (!installed) return { queues: [], failures: [] };
  const since = new Date(Date.now() - (options.hours ?? 24) * 3_600_000);
  const recent = `SELECT name, state::text, id, completed_on, retry_count, output FROM "${schema}".job WHERE created_on >= $1 AND name NOT LIKE '\\_\\_pgboss%'
    UNION ALL SELECT name, state::text, id, completed_on, retry_count, output FROM "${schema}".archive WHERE created_on >= $1 AND name NOT LIKE '\\_\\_pgboss%'`;
  const [counts, failures, queues] = await Promise.all([
    db.$queryRawUnsafe<{ name: string; state: string; n: number }[]>(`SELECT name, state, count(*)::int AS n FROM (${recent}) j GROUP BY 1, 2`, since),
    db.$queryRawUnsafe<{ name: string; id: string; completed_on: Date; retry_count: number; output: unknown }[]>(
      `SELECT name, id::text, completed_on, retry_count, output FROM (${recent}) j WHERE state = 'failed' ORDER BY completed_on DESC LIMIT $2`,
      since,
      options.failures ?? 10,
    ),
    db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM "${schema}".queue WHERE name NOT LIKE '\\_\\_pgboss%' ORDER BY name`),
  ]);
  return {
    queues: queues.map(({ name }) => ({
      queue: name,
      ...(Object.fromEntries(STATES.map((state) => [state, counts.find((c) => c.name === name && c.state === state)?.n ?? 0])) as Record<
        (typeof STATES)[number],
        number
      >),
    })),
    failures: failures.map((f) => ({ queue: f.name, id: f.id, failedAt: f.completed_on, retries: f.retry_count, error: errorText(f.output) })),
  };
}
