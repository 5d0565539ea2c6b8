// Next.js's page and data cache in Redis, shared by every app server (next.config.ts points
// `cacheHandler` here only when REDIS_URL is set; without it Next's own per-process cache stays).
// @fortedigital/nextjs-cache-handler's redis-strings handler stores each entry as a key with an
// expiry and indexes entries by tag, so revalidateTag on one server deletes the entries on all:
// a merchant's edit shows on every server's next request. See docs/deploy.md.
//
// Plain JavaScript: Next.js imports this file at run time, outside its bundles.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "@redis/client";

// Entries without a revalidate time (cached "not found" lookups, static pages) are kept a day;
// every entry expires at 1.5 × its revalidate time (ISR pages: 3,600 s → 90 minutes), so
// Redis holds what was asked for lately and a key nobody asks for again goes by itself.
const DEFAULT_STALE_SECONDS = 24 * 3600;

CacheHandler.onCreation(async ({ buildId }) => {
  const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 });
  // Reconnects by itself; meanwhile reads miss (pages render from the database) and writes are dropped.
  client.on("error", (error) => console.error("Redis (page cache):", error.message));
  await client.connect();
  return {
    // One namespace per build: a deploy never serves another build's pages or RSC payloads.
    handlers: [createRedisHandler({ client, keyPrefix: `${process.env.REDIS_KEY_PREFIX || "minishop:"}${buildId ?? "dev"}:`, keyExpirationStrategy: "EXAT" })],
    ttl: { defaultStaleAge: DEFAULT_STALE_SECONDS, estimateExpireAge: (staleAge) => Math.ceil(staleAge * 1.5) },
  };
});

export default CacheHandler;
