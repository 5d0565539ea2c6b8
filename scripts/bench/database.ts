// The benchmark's own database: dropped, recreated, migrated and seeded for each run,
// unless asked to reuse one that already holds the data set.
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { seedBenchData } from "./seed";

/** Drops and recreates the benchmark database and applies the migrations. Only databases named *bench*. */
export async function recreateDatabase(url: string) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || !name.includes("bench")) {
    throw new Error(`Refusing to drop "${name}": the benchmark database's name must contain "bench" (lower-case letters, digits, _).`);
  }
  const admin = new pg.Client({ connectionString: maintenanceUrl(url) });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return applyMigrations(url);
}

/** The same server's "postgres" database, for statements about other databases. */
export function maintenanceUrl(url: string) {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
}

/**
 * A fresh database with the data set; with `reuse`, the existing one when it already holds it
 * (returns null then). Only databases named *bench* are ever dropped.
 */
export async function recreateIfNeeded(url: string, options: { shops: number; products: number; reuse: boolean }) {
  if (options.reuse && (await holdsDataSet(url, options))) return null;
  await recreateDatabase(url);
  return seedBenchData(url, options);
}

async function holdsDataSet(url: string, options: { shops: number; products: number }) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM "Shop" WHERE slug LIKE 'bench-%')::int AS shops, (SELECT count(*) FROM "Product")::int AS products`,
    );
    return rows[0].shops === options.shops && rows[0].products === options.shops * options.products;
  } catch {
    return false; // no such database, or no tables yet
  } finally {
    await client.end().catch(() => {});
  }
}
