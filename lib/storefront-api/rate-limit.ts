// The Storefront API's limit on writes: so many per client address and minute, counted in
// PostgreSQL (ApiRateLimit: one row per address and minute, bumped by one atomic upsert), so
// every app server shares the count and it works on the embedded database too. A fixed window:
// a client can send up to twice the limit across a minute boundary, which is fine for a limit
// that only stops floods. Rows of past minutes are deleted now and then by the writes themselves.
import "server-only";
import { AppError } from "@/lib/core/errors";
import { transaction, type Db } from "@/lib/core/db";
import { env } from "@/lib/env";

const WINDOW_MS = 60_000;
/** Rows this much older than the current minute are deleted; one write in CLEANUP_EVERY does it. */
const KEEP_MS = 10 * WINDOW_MS;
const CLEANUP_EVERY = 200;

/**
 * Counts one write by `client` (an address, or null when none could be read: those share one
 * count) and throws AppError.rateLimited, with the seconds left in the minute, past the limit.
 */
export async function countWrite(db: Db, client: string | null, options: { limit?: number; now?: Date; scope?: string } = {}): Promise<void> {
  const limit = options.limit ?? env().STOREFRONT_API_WRITES_PER_MINUTE;
  const now = options.now ?? new Date();
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  // `scope` counts another kind of write separately (shoppers' reports: "report").
  const key = `${options.scope ?? "storefront-write"}:${client ?? "unknown"}`;
  // A transaction even for one statement: on the embedded database it keeps other connections'
  // messages from interleaving with ours (lib/core/db.ts).
  const count = await transaction(db, async (tx) => {
    const [row] = await tx.$queryRaw<{ count: number }[]>`
      INSERT INTO "ApiRateLimit" (key, "windowStart", count) VALUES (${key}, ${windowStart}, 1)
      ON CONFLICT (key, "windowStart") DO UPDATE SET count = "ApiRateLimit".count + 1
      RETURNING count`;
    if (Math.random() * CLEANUP_EVERY < 1) await tx.$executeRaw`DELETE FROM "ApiRateLimit" WHERE "windowStart" < ${new Date(windowStart.getTime() - KEEP_MS)}`;
    return row!.count;
  });
  if (count > limit) throw AppError.rateLimited((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000);
}
