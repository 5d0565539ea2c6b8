// Each test file gets its own PostgreSQL schema with every migration applied, so files
// never see each other's rows. `db` from lib/db/client then points at that schema.
import { afterAll, inject } from "vitest";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { readMigrations } from "@/lib/db/migrate";

const url = inject("databaseUrl");
const schema = `t_${randomBytes(6).toString("hex")}`;

const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query(`CREATE SCHEMA "${schema}"`);
await client.query(`SET search_path TO "${schema}"`);
for (const migration of readMigrations().migrationDirectories) {
  await client.query(migration.migrationFile.content.value);
}
await client.end();

process.env.DATABASE_URL = url;
process.env.DATABASE_SCHEMA = schema;
// On the embedded database one connection (see scripts/start.ts: PGlite is one session).
process.env.DATABASE_POOL_MAX = process.env.TEST_DATABASE_URL ? "4" : "1";
// As in production, where `npm start` always provides both: a secret (sessions, order links)
// and a data folder (mail outbox, uploads), here the file's own, removed afterwards. A file
// may still set its own.
process.env.BETTER_AUTH_SECRET = "integration-tests-secret-integration-tests-secret";
const dataDir = mkdtempSync(path.join(tmpdir(), "minishop-test-"));
process.env.DATA_DIR = dataDir;

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  const cleanup = new pg.Client({ connectionString: url });
  await cleanup.connect();
  await cleanup.query(`DROP SCHEMA "${schema}" CASCADE`);
  await cleanup.end();
  rmSync(dataDir, { recursive: true, force: true });
});
