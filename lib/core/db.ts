// What every domain function takes first: the app's Prisma client or a transaction client,
// so callers compose domain calls inside a transaction of their own.
//
// Many shoppers hit the same variant rows at once, so transactions wait long for a connection
// (maxWait) and for row locks (timeout) instead of Prisma's 2 s / 5 s defaults, and a deadlock
// or serialization failure — which PostgreSQL resolves by aborting one side — is retried from
// the start (the whole callback runs again, so it must not have effects outside the database).
//
// Paths that run concurrently (checkout, payment completion, webhooks) do even their reads
// inside a transaction: the embedded database (PGlite behind pglite-socket) is one session
// shared by every connection, and only an open transaction keeps another connection's
// extended-protocol messages (Parse/Bind/Execute) from interleaving with ours.
import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient | Prisma.TransactionClient;
export type Tx = Prisma.TransactionClient;

function isClient(db: Db): db is PrismaClient {
  // Not `"$transaction" in db`: the app's `db` is a lazy Proxy whose `in` sees an empty object.
  return typeof (db as PrismaClient).$transaction === "function";
}

const RETRYABLE = new Set(["40001", "40P01"]); // serialization_failure, deadlock_detected

export function isRetryable(error: unknown): boolean {
  const e = error as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } } };
  if (e?.code === "P2034" || RETRYABLE.has(e?.code ?? "")) return true; // Prisma's, or pg's own error (pg-boss's statements)
  const cause = e?.meta?.driverAdapterError?.cause;
  return !!cause && (RETRYABLE.has(cause.originalCode ?? "") || cause.kind === "TransactionWriteConflict");
}

/** Runs `fn` in a transaction of its own, or in the caller's when given a transaction client. */
export async function transaction<T>(db: Db, fn: (tx: Tx) => Promise<T>, options: { timeout?: number; retries?: number } = {}): Promise<T> {
  if (!isClient(db)) return fn(db);
  const retries = options.retries ?? 3;
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(fn, { maxWait: 60_000, timeout: options.timeout ?? 30_000 });
    } catch (error) {
      if (attempt >= retries || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * (attempt + 1)));
    }
  }
}

/** json columns of $queryRaw come back parsed; strings are parsed here in case a driver doesn't. */
export const fromJson = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value);

/** A row id for raw INSERTs, shaped like Prisma's cuid() ids: "c" and 24 base-36 characters (~124 random bits). */
export function newId(): string {
  return (
    "c" +
    BigInt(`0x${randomBytes(16).toString("hex")}`)
      .toString(36)
      .padStart(25, "0")
      .slice(-24)
  );
}

/** `%text%` for ILIKE, with the user's own % _ \ matched literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
