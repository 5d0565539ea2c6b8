// npm run cluster — two production servers (or --servers n) on one PostgreSQL and one Redis,
// behind a small local proxy: what docs/deploy.md describes, on one machine.
//   DATABASE_URL=postgresql://… npm run cluster [-- --port 3000 --servers 2]
// The proxy listens on --port (PORT, default 3000), the servers on the free ports after it.
// REDIS_URL defaults to redis://127.0.0.1:6379; REDIS_KEY_PREFIX (default minishop-cluster:)
// names this cluster's keys, which are deleted at each start. Ctrl-C stops everything.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { authSecret, buildIfNeeded, distDir, migrateAndSeed } from "./lib/app";
import { startCluster } from "./lib/cluster";
import { dataDir } from "./lib/database";
import { storageConfig } from "@/lib/storage/config";

const { values: args } = parseArgs({ options: { port: { type: "string" }, servers: { type: "string", default: "2" } } });
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("Set DATABASE_URL to a PostgreSQL server: the embedded database lives inside one process and can't be shared by several.");
  process.exit(1);
}
try {
  storageConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

await migrateAndSeed(databaseUrl);
const env: NodeJS.ProcessEnv = { ...process.env, BETTER_AUTH_SECRET: authSecret() };
if (!buildIfNeeded({ ...env, DATABASE_URL: databaseUrl })) process.exit(1);

const cluster = await startCluster({
  databaseUrl,
  redisUrl: process.env.REDIS_URL || "redis://127.0.0.1:6379",
  redisKeyPrefix: process.env.REDIS_KEY_PREFIX || "minishop-cluster:",
  distDir,
  dataDir,
  port: Number(args.port ?? process.env.PORT ?? 3000),
  servers: Number(args.servers),
  env,
  countQueries: false,
});
// Where everything runs, for the cluster's tests (tests/cluster), which kill a server by its pid.
const servers = cluster.servers.map((s) => ({ origin: s.origin, pid: s.pid }));
writeFileSync(path.join(dataDir, "cluster.json"), JSON.stringify({ proxy: cluster.proxy.origin, servers }, null, 2));
console.log(`Minishop on ${cluster.proxy.origin} — ${cluster.servers.length} servers: ${cluster.servers.map((s) => s.origin).join(", ")} (logs in ${dataDir})`);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void cluster.stop().then(() => process.exit(0)));
