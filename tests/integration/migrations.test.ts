// The offline migration path (Prisma's WASM schema engine) on a brand-new database:
// what `npm start` and `npm run db:migrate` do on a user's machine.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations, pendingSchemaChange, readMigrations } from "@/lib/db/migrate";

let url: string;
let cleanup: () => Promise<void>;

async function freshDatabase(): Promise<[string, () => Promise<void>]> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    const embedded = await startEmbeddedDatabase({ maxConnections: 4 });
    return [embedded.url, embedded.stop];
  }
  const name = `minishop_migrate_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(base);
  target.pathname = `/${name}`;
  return [
    target.toString(),
    async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  ];
}

beforeAll(async () => {
  [url, cleanup] = await freshDatabase();
});
afterAll(() => cleanup());

describe("offline migrations", () => {
  it("applies every migration once and records it like prisma migrate deploy", async () => {
    const names = readMigrations().migrationDirectories.map((m) => m.path);
    expect(await applyMigrations(url)).toEqual(names);
    expect(await applyMigrations(url)).toEqual([]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`);
    await client.end();
    expect(rows.map((r) => r.migration_name)).toEqual(names);
  });

  it("has a migration for every change in schema.prisma", async () => {
    const [scratch, stop] = await freshDatabase();
    try {
      const sql = await pendingSchemaChange(scratch);
      expect(
        sql
          .trim()
          .replace(/^-- This is an empty migration\.?/, "")
          .trim(),
      ).toBe("");
    } finally {
      await stop();
    }
  });
});
