// Transactions for carts, checkout and payments. Many shoppers hit the same variant rows at
// once, so transactions wait long for a connection (maxWait) and for row locks (timeout)
// instead of Prisma's 2 s / 5 s defaults, and a deadlock or serialization failure — which
// PostgreSQL resolves by aborting one side — is retried from the start.
//
// The paths that run concurrently (checkout, payment completion, webhooks) do even their
// reads inside a transaction: the embedded database (PGlite behind pglite-socket) is one
// session shared by every connection, and only an open transaction keeps another
// connection's extended-protocol messages (Parse/Bind/Execute) from interleaving with ours.
import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient | Prisma.TransactionClient;
export type Tx = Prisma.TransactionClient;

function isClient(db: Db): db is PrismaClient {
  return typeof (db as PrismaClient).$transaction === "function";
}

const RETRYABLE = new Set(["40001", "40P01"]); // serialization_failure, deadlock_detected

export function isRetryable(error: unknown): boolean {
  const e = error as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } } };
  if (e?.code === "P2034") return true;
  const cause = e?.meta?.driverAdapterError?.cause;
  return !!cause && (RETRYABLE.has(cause.originalCode ?? "") || cause.kind === "TransactionWriteConflict");
}

/** Runs `fn` in a transaction of its own, or in the caller's when given a transaction client. */
export async function transaction<T>(db: Db, fn: (tx: Tx) => Promise<T>, options: { timeout?: number; retries?: number } = {}): Promise<T> {
  // Not `"$transaction" in db`: the app's `db` is a lazy Proxy whose `in` sees an empty object.
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

/**
 * Quantity per variant, in id order (code-unit order, as SQL's COLLATE "C"): the order every
 * transaction locks variant rows in, so two never deadlock.
 */
export function quantitiesByVariant(lines: readonly { variantId: string | null; quantity: number }[]): [string, number][] {
  const totals = new Map<string, number>();
  for (const line of lines) if (line.variantId) totals.set(line.variantId, (totals.get(line.variantId) ?? 0) + line.quantity);
  return [...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
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
