// What every catalogue function takes first: the app's Prisma client or a transaction client,
// so callers can compose catalogue calls inside a transaction of their own.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient | Prisma.TransactionClient;
export type Tx = Prisma.TransactionClient;

/** Runs `fn` in a transaction: a new one on a client, or the caller's when given a transaction client. */
export function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>, options?: { timeout?: number }): Promise<T> {
  if ("$transaction" in db) return db.$transaction(fn, { timeout: options?.timeout ?? 15_000, maxWait: 10_000 });
  return fn(db);
}

/** `%text%` for ILIKE, with the user's own % _ \ matched literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Distinct non-empty ids, capped: bulk actions take at most this many at once. */
export const MAX_BULK_IDS = 1000;

/** True when `b` lists exactly the ids of `a`, each once, in any order (reorder requests). */
export function sameSet(a: string[], b: string[]): boolean {
  const set = new Set(b);
  return a.length === b.length && set.size === b.length && a.every((id) => set.has(id));
}
