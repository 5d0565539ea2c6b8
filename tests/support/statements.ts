// Counts the SQL statements a piece of code sends: every query of every pg client of this test
// file (Prisma goes through the same clients), BEGIN and COMMIT included. Call at the top of a
// file; `counted(fn)` then says how many statements `fn` cost. LOG_STATEMENTS=1 prints each one
// (its first 160 characters), to see what a bound counts.
import { afterAll, beforeAll } from "vitest";
import pg from "pg";

export function statementCounter() {
  let statements = 0;
  const query = pg.Client.prototype.query;
  beforeAll(() => {
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      statements++;
      if (process.env.LOG_STATEMENTS)
        console.log(
          String((args[0] as { text?: string })?.text ?? args[0])
            .replace(/\s+/g, " ")
            .slice(0, 160),
        );
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
  });
  afterAll(() => {
    pg.Client.prototype.query = query;
  });
  return async function counted<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const before = statements;
    const result = await fn();
    return { result, statements: statements - before };
  };
}
