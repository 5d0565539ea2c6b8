// npm run payments:reconcile [-- --window-minutes 10] [--limit 200]
// Reads back from its provider every payment still PENDING some minutes after checkout (a lost
// webhook, a return page never loaded) and settles it the way the webhook would; prints what it
// checked and what it repaired. A second run changes nothing. The app servers also run this
// every 10 minutes (pg-boss, lib/jobs); this is for an operator who wants it now.
// Runs under the react-server condition (package.json) so the server-only modules load.
import { parseArgs } from "node:util";
import { withDatabase } from "./lib/database";

const { values } = parseArgs({ options: { "window-minutes": { type: "string" }, limit: { type: "string" } } });
const number = (value: string | undefined, name: string) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} takes a whole number, not "${value}".`);
    process.exit(2);
  }
  return n;
};
const windowMinutes = number(values["window-minutes"], "window-minutes");
const limit = number(values.limit, "limit");

const failed = await withDatabase(async (url) => {
  // lib/db/client reads DATABASE_URL when it is imported, so it is loaded only now.
  process.env.DATABASE_URL = url;
  process.env.DATABASE_POOL_MAX ??= "2";
  const [{ db }, { reconcilePayments, describeRun }] = await Promise.all([import("@/lib/db/client"), import("@/lib/payments/reconcile")]);
  try {
    const run = await reconcilePayments(db, { windowMinutes, limit });
    for (const line of describeRun(run)) console.log(line);
    return run.failed;
  } finally {
    await db.$disconnect();
  }
});
process.exit(failed ? 1 : 0);
