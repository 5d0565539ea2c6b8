// The one Prisma client of the app. Reused across hot reloads in development.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { oneQueryAtATimeInTransactions } from "./one-query-at-a-time";

/**
 * A Prisma client on `url`. `schema` confines it to one PostgreSQL schema (the tests give
 * each file its own); it also sets search_path so raw SQL sees the same tables.
 */
export function createPrisma(url: string, options: { max?: number; schema?: string } = {}) {
  return createPrismaWithPool(url, options).prisma;
}

function createPrismaWithPool(url: string, options: { max?: number; schema?: string }) {
  const { schema } = options;
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    // Fail loudly rather than hang if the pool is exhausted (e.g. a query made outside a transaction's client).
    connectionTimeoutMillis: 30_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // Prisma's transactions on one connection, one query at a time (lib/db/one-query-at-a-time.ts).
  const adapter = oneQueryAtATimeInTransactions(new PrismaPg(pool, { schema, disposeExternalPool: true }));
  return { prisma: new PrismaClient({ adapter }), pool };
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pool?: pg.Pool };

function client(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which provides the embedded database.");
  // Cached on globalThis: one pool per process, also across hot reloads in development.
  const { prisma, pool } = createPrismaWithPool(url, {
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    schema: process.env.DATABASE_SCHEMA || undefined,
  });
  globalForPrisma.pool = pool;
  return (globalForPrisma.prisma = prisma);
}

/**
 * The app client's connection pool, for the job queue (lib/jobs): one pool per process, so the
 * embedded database (one session, see scripts/start.ts) sees one connection from jobs and pages alike.
 */
export function dbPool(): pg.Pool {
  client();
  return globalForPrisma.pool!;
}

/** The app's client, created on first use so that importing it (e.g. during `next build`) needs no database. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_, prop) {
    const target = client();
    const value = Reflect.get(target, prop, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
  // `"$transaction" in db` tells a client from a transaction client: it must see the real one.
  has: (_, prop) => Reflect.has(client(), prop),
});

export type { PrismaClient };
