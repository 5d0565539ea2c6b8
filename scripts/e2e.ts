// npm run test:e2e — Playwright against the production build on a fresh database:
// a new PostgreSQL database when TEST_DATABASE_URL is set, else a new embedded one.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? ".data/e2e");
rmSync(dataDir, { recursive: true, force: true });
// E2E_SEED_TOKEN switches on the test-only route the fixtures open their shops through (lib/seed/test-shop.ts).
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, E2E_SEED_TOKEN: randomBytes(24).toString("hex") };
delete env.DATABASE_URL;

if (process.env.TEST_DATABASE_URL) {
  const name = process.env.E2E_DATABASE_NAME ?? "minishop_e2e"; // own name per parallel run
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
}

const result = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
