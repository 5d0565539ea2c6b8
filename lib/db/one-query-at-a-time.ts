// A transaction holds one connection, and a pg Client runs one query at a time: a second
// client.query() while one is running is queued by pg, with a deprecation warning ("Calling
// client.query() when the client is already executing a query", an error from pg 9). Prisma
// sends such queries itself: a query with two or more relations (include/select) loads them with
// Promise.all, also inside a transaction (prisma/orm#29407, fixes not yet released). This hands
// the transaction's queries to pg one after another, in the order Prisma sent them — what pg did
// anyway — so nothing waits longer and nothing warns. Queries outside a transaction go through
// the pool, one connection each, and stay parallel.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

/** What talks to the connection (savepoints and the end of the transaction too: they wait for the queries before them). */
const IN_TURN = new Set<PropertyKey>(["queryRaw", "executeRaw", "createSavepoint", "rollbackToSavepoint", "releaseSavepoint", "commit", "rollback"]);

function serialised(tx: Transaction): Transaction {
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const next = last.then(run, run);
    last = next.catch(() => {}); // a failed query doesn't hold up the next (Prisma then rolls back)
    return next;
  };
  return new Proxy(tx, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      const method = (value as (...args: unknown[]) => Promise<unknown>).bind(target);
      return IN_TURN.has(prop) ? (...args: unknown[]) => inTurn(() => method(...args)) : method;
    },
  });
}

function withSerialisedTransactions(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, prop) {
      if (prop === "startTransaction")
        return async (...args: Parameters<SqlDriverAdapter["startTransaction"]>) => serialised(await target.startTransaction(...args));
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The adapter factory, its transactions' queries sent one at a time. */
export function oneQueryAtATimeInTransactions<F extends SqlDriverAdapterFactory>(factory: F): F {
  return new Proxy(factory, {
    get(target, prop) {
      if (prop === "connect") return async () => withSerialisedTransactions(await target.connect());
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
