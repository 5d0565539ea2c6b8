// npm run test:e2e — Playwright against the production build on a fresh database:
// a new PostgreSQL database when TEST_DATABASE_URL is set, else a new embedded one.
// npm run test:cluster (--cluster) — the same for tests/cluster: two servers behind a proxy
// (scripts/cluster.ts), which needs PostgreSQL (TEST_DATABASE_URL) and Redis (REDIS_URL,
// default redis://127.0.0.1:6379); its database and data folder are the e2e ones + "_cluster".
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { createClient } from "@redis/client";
import pg from "pg";
import { freePort } from "./lib/server";

const cluster = process.argv.includes("--cluster");
const args = process.argv.slice(2).filter((a) => a !== "--cluster");
const suffix = cluster ? "-cluster" : "";

const dataDir = path.resolve(`${process.env.E2E_DATA_DIR ?? ".data/e2e"}${suffix}`);
rmSync(dataDir, { recursive: true, force: true });
// E2E_SEED_TOKEN switches on the test-only route the fixtures open their shops through (lib/seed/test-shop.ts).
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, E2E_SEED_TOKEN: randomBytes(24).toString("hex") };
delete env.DATABASE_URL;
delete env.REDIS_URL; // the single server keeps its own cache (a shared one could hold another run's pages); the cluster sets its own

if (cluster) {
  if (!process.env.TEST_DATABASE_URL) {
    console.log("Cluster tests skipped: they need a PostgreSQL server (TEST_DATABASE_URL); the embedded database is one process.");
    process.exit(0);
  }
  env.REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
  const redis = createClient({ url: env.REDIS_URL });
  await redis.connect().catch((error) => {
    console.error(`Cluster tests need Redis at ${env.REDIS_URL}: ${error.message}`);
    process.exit(1);
  });
  redis.destroy();
  env.REDIS_KEY_PREFIX = `minishop-test-${randomBytes(4).toString("hex")}:`; // this run's keys, deleted at its start and end
  env.CLUSTER_PORT = process.env.CLUSTER_PORT || String(await freePort(Number(process.env.E2E_PORT ?? 3100) + 50)); // the proxy's; the servers take the next free ones
  args.unshift("--config", "playwright.cluster.config.ts");
}

if (process.env.TEST_DATABASE_URL) {
  const name = `${process.env.E2E_DATABASE_NAME ?? "minishop_e2e"}${suffix.replace("-", "_")}`; // own name per parallel run
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
}

const result = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...args], { stdio: "inherit", env });
if (cluster) {
  const { clearRedisPrefix } = await import("./lib/cluster");
  await clearRedisPrefix(env.REDIS_URL!, env.REDIS_KEY_PREFIX!).catch(() => {});
}
process.exit(result.status ?? 1);
