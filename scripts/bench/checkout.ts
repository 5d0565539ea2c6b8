// npm run bench:checkout — how many orders the production build takes per second, and whether
// any unit is oversold or any order lost on the way:
//  1. a fresh PostgreSQL database (BENCH_CHECKOUT_DATABASE_URL, default minishop_bench_checkout on
//     127.0.0.1): one open shop, a shipping rate, a 10 % code, 50 items of which 10 are scarce;
//  2. the production build in .next-bench-checkout (--no-build reuses it), served by `next start`;
//  3. N shoppers at once (closed loop), each: add an item to a new guest cart (cart API, as the
//     product page's button calls it), check
//     out (checkout API: startCheckout with the test provider), press Pay on the test payment
//     page (its form, posted as a browser without JavaScript posts it) — one in 20 presses Decline;
//  4. from the database afterwards: oversold units, stock and reservations that don't add up,
//     orders started but neither paid nor released;
//  5. pgbench running the same writes (a checkout transaction and a completion transaction per
//     order) with as many clients: PostgreSQL's own ceiling for them on this machine;
//  6. a table on stdout and in BENCHMARKS.md (the checkout section).
// Options: --duration s (20), --warmup s (3), --shoppers n (32), --no-build, --port n (3950),
// --no-write, --quiet-wait s (120).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { cpuBusy, processTicks, withDescendants } from "./cpu";
import { maintenanceUrl, recreateDatabase } from "./database";
import { describeMachine, machine, markdownTable, writeSection } from "./report";
import { clearRedisPrefix, startCluster } from "../lib/cluster";
import { build, freePort, hasBuild, startServer, tail, type Server } from "../lib/server";
import { addToCart, checkOut, Jar, pay, payFormAction } from "../lib/shopper";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
    shoppers: { type: "string", default: "32" },
    port: { type: "string", default: "3950" },
    "no-build": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    "quiet-wait": { type: "string", default: "120" },
  },
});
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const shoppers = Number(args.shoppers);
if (![duration, warmup, shoppers].every((n) => Number.isFinite(n) && n >= 0) || duration < 1 || shoppers < 1)
  throw new Error("--duration, --warmup and --shoppers take positive numbers");
const databaseUrl = process.env.BENCH_CHECKOUT_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/minishop_bench_checkout";
const dataDir = path.resolve(process.env.BENCH_DATA_DIR ?? ".data/bench-checkout");
const distDir = ".next-bench-checkout";
const startedAt = Date.now();

// ---------- The shop ----------

const SHOP = "bench-shop";
const ITEMS = 50;
const SCARCE = 10; // items 1–10: SCARCE_STOCK units each, sold out during a run
const SCARCE_STOCK = 10;
const PLENTY = 1_000_000;
const PRICE = 2500;
let restocks = 0; // the scarce items are restocked before the two-server run, so it sells them out too
const initialStock = (n: number) => (n <= SCARCE ? SCARCE_STOCK * (1 + restocks) : PLENTY);

async function restockScarce(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`UPDATE "Variant" SET stock = stock + $1 WHERE "shopId" = $2 AND id = ANY($3)`, [
      SCARCE_STOCK,
      SHOP,
      Array.from({ length: SCARCE }, (_, i) => `bv${i + 1}`),
    ]);
    restocks++;
  } finally {
    await client.end();
  }
}

/** The shop, its rate and code, ITEMS products of one variant each (bv<n>), and as many for pgbench (pv<n>). */
async function seed(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Shop" (id, slug, name, currency, status, "taxRateBps", "pricesIncludeTax", "updatedAt") VALUES ($1, 'bench-checkout', 'Bench Checkout', 'EUR', 'ACTIVE', 2000, true, now())`,
      [SHOP],
    );
    await client.query(
      `INSERT INTO "ShippingRate" (id, "shopId", name, amount, "freeAboveAmount", "updatedAt") VALUES ('bench-rate', $1, 'Standard', 490, 5000, now())`,
      [SHOP],
    );
    await client.query(
      `INSERT INTO "Discount" (id, "shopId", code, type, value, "updatedAt") VALUES ('bench-code', $1, 'BENCH10', 'PERCENTAGE', 1000, now())`,
      [SHOP],
    );
    for (const prefix of ["b", "p"]) {
      await client.query(
        `INSERT INTO "Product" (id, "shopId", handle, title, status, "updatedAt")
         SELECT '${prefix}p' || n, $1, '${prefix}-item-' || n, 'Item ' || n, 'ACTIVE', now() FROM generate_series(1, $2::int) n`,
        [SHOP, ITEMS],
      );
      await client.query(
        `INSERT INTO "Variant" (id, "shopId", "productId", title, "priceAmount", "trackStock", stock, "updatedAt")
         SELECT '${prefix}v' || n, $1, '${prefix}p' || n, 'Default', $2::int, true, CASE WHEN '${prefix}' = 'b' AND n <= $3::int THEN $4::int ELSE $5::int END, now()
         FROM generate_series(1, $6::int) n`,
        [SHOP, PRICE, SCARCE, SCARCE_STOCK, PLENTY, ITEMS],
      );
    }
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

// ---------- A shopper ----------

type Tally = { paid: number; declined: number; soldOut: number; failed: number; checkout: number[]; order: number[]; statuses: Map<string, number> };
const tally = (): Tally => ({ paid: 0, declined: 0, soldOut: 0, failed: 0, checkout: [], order: [], statuses: new Map() });

function note(t: Tally, what: string) {
  t.statuses.set(what, (t.statuses.get(what) ?? 0) + 1);
}

/** One shopper's order, start to end: add, check out, pay (or decline). Null: refused or failed, counted in `t`. */
async function shop(origin: string, shopId: string, n: number, t: Tally) {
  const jar = new Jar();
  const started = performance.now();
  const half = Math.floor(n / 2); // every other shopper wants a scarce item, in turn
  const variant = n % 2 === 0 ? 1 + (half % SCARCE) : SCARCE + 1 + (half % (ITEMS - SCARCE));
  const added = await addToCart(origin, shopId, jar, `bv${variant}`);
  if (added === 409) return void t.soldOut++;
  if (added !== 201) return void (t.failed++, note(t, `add ${added}`));

  const before = performance.now();
  const order = await checkOut(origin, shopId, jar, {
    email: `shopper-${n}@bench.test`,
    shippingRateId: "bench-rate",
    discountCodes: n % 3 ? [] : ["BENCH10"],
  });
  if (order.status === 409) return void t.soldOut++;
  if (order.status !== 201 || !order.redirectUrl) return void (t.failed++, note(t, `checkout ${order.status}`));
  t.checkout.push(performance.now() - before);

  const decline = n % 20 === 7;
  const paid = await pay(origin, order.redirectUrl, decline ? "decline" : "pay", jar);
  await paid.arrayBuffer();
  const location = paid.headers.get("location") ?? "";
  if (paid.status !== 303 || !(decline ? location.includes("payment=declined") : location.includes("/orders/")))
    return void (t.failed++, note(t, `pay ${paid.status}`));
  if (decline) t.declined++;
  else {
    t.paid++;
    t.order.push(performance.now() - started);
  }
}

/** `shoppers` loops for `seconds`; orders finishing after the end still run to completion but aren't counted. */
async function run(origins: string[], shopId: string, seconds: number, offset: number) {
  const t = tally();
  const end = Date.now() + seconds * 1000;
  let next = offset;
  await Promise.all(
    Array.from({ length: shoppers }, async () => {
      while (Date.now() < end) {
        const n = next++;
        const mine = tally();
        await shop(origins[n % origins.length]!, shopId, n, mine).catch((error) => {
          mine.failed++;
          note(mine, String(error?.cause?.code ?? error?.message ?? error));
        });
        if (Date.now() <= end) merge(t, mine);
      }
    }),
  );
  return { t, next };
}

function merge(into: Tally, from: Tally) {
  into.paid += from.paid;
  into.declined += from.declined;
  into.soldOut += from.soldOut;
  into.failed += from.failed;
  into.checkout.push(...from.checkout);
  into.order.push(...from.order);
  for (const [k, v] of from.statuses) into.statuses.set(k, (into.statuses.get(k) ?? 0) + v);
}

const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0;
};

// ---------- The database's account ----------

async function audit(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const orders = await client.query<{ status: string; count: number }>(
      `SELECT status::text, count(*)::int FROM "Order" WHERE "shopId" = $1 AND id NOT LIKE 'pg-%' GROUP BY status`,
      [SHOP],
    );
    const variants = await client.query<{ id: string; stock: number; reserved: number; sold: number; held: number }>(
      `SELECT v.id, v.stock, v.reserved,
         COALESCE(sum(l.quantity) FILTER (WHERE o.status = 'PAID'), 0)::int AS sold,
         COALESCE(sum(l.quantity) FILTER (WHERE o.status = 'PENDING'), 0)::int AS held
       FROM "Variant" v LEFT JOIN "OrderLine" l ON l."variantId" = v.id LEFT JOIN "Order" o ON o.id = l."orderId"
       WHERE v."shopId" = $1 AND v.id LIKE 'bv%' GROUP BY v.id`,
      [SHOP],
    );
    const count = (status: string) => orders.rows.find((r) => r.status === status)?.count ?? 0;
    let oversold = 0;
    let stockDrift = 0;
    let reservedDrift = 0;
    let soldScarce = 0;
    for (const v of variants.rows) {
      const initial = initialStock(Number(v.id.slice(2)));
      oversold += Math.max(0, v.sold - initial) + Math.max(0, -v.stock);
      stockDrift += Math.abs(initial - v.sold - v.stock);
      reservedDrift += Math.abs(v.reserved - v.held);
      if (Number(v.id.slice(2)) <= SCARCE) soldScarce += v.sold;
    }
    return {
      paid: count("PAID"),
      cancelled: count("CANCELLED") + count("EXPIRED"),
      pending: count("PENDING"),
      oversold,
      stockDrift,
      reservedDrift,
      soldScarce,
    };
  } finally {
    await client.end();
  }
}

// ---------- PostgreSQL alone: the same writes through pgbench ----------

// The statements startCheckout and completePayment write for a one-line order (reads and
// Prisma's round trips left out): reserve, order number, order, line, payment; then payment,
// order, stock, audit. Two transactions per pgbench "transaction", as in the app.
const PGBENCH_SCRIPT = `\\set v random(1, ${ITEMS})
BEGIN;
UPDATE "Variant" SET reserved = reserved + 1, "updatedAt" = now() WHERE id = 'pv' || :v AND "shopId" = '${SHOP}' AND (NOT "trackStock" OR stock - reserved >= 1) RETURNING "priceAmount" AS price \\gset
UPDATE "Shop" SET "nextOrderNumber" = "nextOrderNumber" + 1 WHERE id = '${SHOP}' RETURNING "nextOrderNumber" - 1 AS num \\gset
INSERT INTO "Order" (id, "shopId", number, email, status, currency, "subtotalAmount", "taxAmount", "totalAmount", "shippingAddress", "shippingRateName", "discountCodes", "reservationExpiresAt", "updatedAt") VALUES ('pg-' || :num, '${SHOP}', :num, 'pgbench@bench.test', 'PENDING', 'EUR', :price, 0, :price + 490, '{"name":"Ada"}', 'Standard', '{}', now() + interval '15 minutes', now());
INSERT INTO "OrderLine" (id, "shopId", "orderId", "productId", "variantId", title, "variantTitle", "unitPriceAmount", quantity, "totalAmount") VALUES ('pgl-' || :num, '${SHOP}', 'pg-' || :num, 'pp' || :v, 'pv' || :v, 'Item', 'Default', :price, 1, :price);
INSERT INTO "Payment" (id, "shopId", "orderId", provider, "providerPaymentId", amount, currency, "updatedAt") VALUES ('pgp-' || :num, '${SHOP}', 'pg-' || :num, 'test', 'pgpay-' || :num, :price + 490, 'EUR', now());
COMMIT;
BEGIN;
UPDATE "Payment" SET status = 'SUCCEEDED', "updatedAt" = now() WHERE provider = 'test' AND "providerPaymentId" = 'pgpay-' || :num AND status = 'PENDING';
UPDATE "Order" SET status = 'PAID', "paidAt" = now(), "updatedAt" = now() WHERE id = 'pg-' || :num AND "shopId" = '${SHOP}' AND status = 'PENDING';
UPDATE "Variant" SET stock = stock - 1, reserved = reserved - 1, "updatedAt" = now() WHERE id = 'pv' || :v AND "shopId" = '${SHOP}';
INSERT INTO "AuditLog" (id, "shopId", action, "targetType", "targetId", data) VALUES ('pga-' || :num, '${SHOP}', 'order.paid', 'order', 'pg-' || :num, '{}');
COMMIT;
`;

function pgbench(url: string, seconds: number): { tps: number } | { error: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "minishop-pgbench-"));
  const script = path.join(dir, "checkout.sql");
  writeFileSync(script, PGBENCH_SCRIPT);
  const result = spawnSync("pgbench", ["-n", "-c", String(shoppers), "-j", "2", "-T", String(seconds), "-f", script, url], { encoding: "utf8" });
  rmSync(dir, { recursive: true, force: true });
  if (result.error)
    return {
      error:
        (result.error as NodeJS.ErrnoException).code === "ENOENT" ? "pgbench not installed (Debian: apt-get install postgresql-client)" : result.error.message,
    };
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(result.stdout)?.[1];
  return tps ? { tps: Number(tps) } : { error: `pgbench failed: ${(result.stderr || result.stdout).trim().split("\n").slice(-3).join(" ")}` };
}

// ---------- Run ----------

const facts = await machine(maintenanceUrl(databaseUrl));
console.log(`Machine: ${describeMachine(facts)}`);

const t = Date.now();
await recreateDatabase(databaseUrl);
await seed(databaseUrl);
const seedSeconds = (Date.now() - t) / 1000;
console.log(`Database ${new URL(databaseUrl).pathname.slice(1)}: migrated and seeded in ${seedSeconds.toFixed(1)} s.`);

rmSync(dataDir, { recursive: true, force: true });
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  DATA_DIR: dataDir,
  BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
  NEXT_TELEMETRY_DISABLED: "1",
};
delete env.STRIPE_SECRET_KEY; // the built-in test provider
let buildSeconds = 0;
if (args["no-build"] && hasBuild(distDir)) console.log(`Using the existing build in ${distDir} (--no-build).`);
else {
  console.log(`Building into ${distDir}…`);
  buildSeconds = build(distDir, env);
}
type Measured = { t: Tally; db: Awaited<ReturnType<typeof audit>>; cpuMs: number; statements: number; othersBusy: number | null; load: number };
type Fleet = { origins: string[]; servers: Server[] };

/** The test payment page's form posts where the shoppers post (checked once, on a real page), and one whole order per server before the clock starts. */
async function probe(fleet: Fleet) {
  const jar = new Jar();
  const origin = fleet.origins[0]!;
  await addToCart(origin, SHOP, jar, `bv${ITEMS}`);
  const { status, redirectUrl } = await checkOut(origin, SHOP, jar, { email: "probe@bench.test", shippingRateId: "bench-rate" });
  if (!redirectUrl) throw new Error(`The checkout API answered ${status}`);
  const html = await (await fetch(origin + redirectUrl)).text();
  if (!html.includes(`action="${payFormAction(redirectUrl)}"`)) throw new Error(`The test payment page has no form posting to ${payFormAction(redirectUrl)}`);
  await (await pay(origin, redirectUrl, "pay", jar)).arrayBuffer(); // this order too is paid, not left pending
  for (const [i, o] of fleet.origins.entries()) {
    const t = tally();
    await shop(o, SHOP, i + 1, t);
    if (t.failed) throw new Error(`A probe order failed on ${o}: ${[...t.statuses.keys()].join(", ")}`);
  }
}

async function waitForQuiet() {
  let busy = await cpuBusy();
  const quietBy = Date.now() + Number(args["quiet-wait"]) * 1000;
  while (busy !== null && busy > 0.2 && Date.now() < quietBy) {
    console.log(`Other processes keep the CPU ${Math.round(busy * 100)} % busy; waiting…`);
    busy = await cpuBusy(10_000);
  }
  return busy;
}

/** Warm-up, then `duration` s of shoppers spread over the fleet's servers; CPU and statements of all its servers, per paid order. */
async function measure(fleet: Fleet, offset: number): Promise<Measured & { next: number }> {
  await probe(fleet);
  const othersBusy = await waitForQuiet();
  const load = loadavg()[0]!;
  if (warmup > 0) offset = (await run(fleet.origins, SHOP, warmup, offset)).next;
  console.log(`Measuring ${duration} s with ${shoppers} shoppers on ${fleet.servers.length} server(s)…`);
  // Where the time goes: the servers' CPU time (clock ticks, 100/s) and SQL statements, per paid order.
  const ticks = () => fleet.servers.flatMap((s) => withDescendants(s.pid)).reduce((sum, pid) => sum + processTicks(pid), 0);
  const statements = async () => (await Promise.all(fleet.servers.map((s) => s.statements()))).reduce((a, b) => a + b, 0);
  const [ticks0, statements0] = [ticks(), await statements()];
  const { t, next } = await run(fleet.origins, SHOP, duration, offset);
  const paid = Math.max(1, t.paid);
  const measured = { t, cpuMs: ((ticks() - ticks0) * 10) / paid, statements: ((await statements()) - statements0) / paid, next, othersBusy, load };
  // Every order started has ended (paid, declined or refused) once run() returned: read the account now.
  return { ...measured, db: await audit(databaseUrl) };
}

const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const redisKeyPrefix = `minishop-bench-${randomBytes(4).toString("hex")}:`;
let one: Measured;
let two: Measured;
let pgb: ReturnType<typeof pgbench>;
let logs: string[] = [];
try {
  // One server, with Next's own cache as `npm start` runs it.
  const server = await startServer({ distDir, port: await freePort(Number(args.port)), env, logFile: path.join(dataDir, "server.log") });
  logs = [server.logFile];
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => process.exit(130)); // the servers stop on exit (lib/server.ts)
  console.log(`Server on ${server.origin}, log in ${server.logFile}.`);
  try {
    one = await measure({ origins: [server.origin], servers: [server] }, 10);
  } finally {
    server.stop();
  }
  await restockScarce(databaseUrl);
  // Two servers of the same build on the same database, with Redis for their page cache (docs/deploy.md);
  // each shopper's order goes to one of them in turn, as a round-robin load balancer sends it.
  const cluster = await startCluster({
    databaseUrl,
    redisUrl,
    redisKeyPrefix,
    distDir,
    dataDir,
    port: await freePort(Number(args.port) + 3),
    servers: 2,
    env,
  });
  logs = cluster.servers.map((s) => s.logFile);
  console.log(`Two servers: ${cluster.servers.map((s) => s.origin).join(", ")}.`);
  try {
    two = await measure({ origins: cluster.servers.map((s) => s.origin), servers: cluster.servers }, 100_000);
  } finally {
    await cluster.stop();
    await clearRedisPrefix(redisUrl, redisKeyPrefix).catch(() => {});
  }
  // PostgreSQL gets the machine to itself for pgbench.
  console.log(`pgbench: the same writes, ${shoppers} clients, ${duration} s…`);
  pgb = pgbench(databaseUrl, duration);
} catch (error) {
  for (const log of logs) console.error(`Server log ${log} (last lines):\n${tail(log)}`);
  throw error;
}

// ---------- Report ----------

const ms = (v: number) => String(Math.round(v));
const rate = (m: Measured) => m.t.paid / duration;
const failed = (m: Measured) => (m.t.failed ? `${m.t.failed} (${[...m.t.statuses].map(([k, v]) => `${k}: ${v}`).join(", ")})` : "0");
const both = (f: (m: Measured) => string) => [f(one!), f(two!)];
const table = markdownTable(
  ["measure", "one server", "two servers"],
  [
    ["completed orders/s (paid, in the window)", ...both((m) => rate(m).toFixed(1))],
    ["checkout latency p50 / p99 (Pay → provider URL)", ...both((m) => `${ms(percentile(m.t.checkout, 0.5))} / ${ms(percentile(m.t.checkout, 0.99))} ms`)],
    ["whole order p50 / p99 (add, check out, pay)", ...both((m) => `${ms(percentile(m.t.order, 0.5))} / ${ms(percentile(m.t.order, 0.99))} ms`)],
    ["orders paid / declined in the window", ...both((m) => `${m.t.paid} / ${m.t.declined}`)],
    ["refused: sold out (scarce items)", ...both((m) => String(m.t.soldOut))],
    ["failed requests", ...both(failed)],
    ["oversold units (from the database)", ...both((m) => String(m.db.oversold))],
    ["lost orders (started, neither paid nor released)", ...both((m) => String(m.db.pending))],
    ["stock / reservations that don't add up", ...both((m) => `${m.db.stockDrift} / ${m.db.reservedDrift} units`)],
    [`scarce units sold (of ${SCARCE * SCARCE_STOCK} per run; all runs so far)`, ...both((m) => String(m.db.soldScarce))],
    ["server CPU time per paid order (all requests, all servers)", ...both((m) => `${Math.round(m.cpuMs)} ms`)],
    ["SQL statements per paid order (all requests, jobs included)", ...both((m) => m.statements.toFixed(0))],
    [
      "load average / CPU taken by other processes, just before",
      ...both((m) => `${m.load.toFixed(1)} / ${m.othersBusy === null ? "?" : `${Math.round(m.othersBusy * 100)} %`}`),
    ],
  ],
  ["l", "r", "r"],
);
const pgLine = "tps" in pgb! ? `${pgb.tps.toFixed(0)} orders/s (the app on one server: ${Math.round((rate(one!) / pgb.tps) * 100)} % of it)` : pgb!.error;
const cpuTarget = 20;
const clean = (m: Measured) => m.db.oversold === 0 && m.db.pending === 0 && m.db.stockDrift === 0 && m.db.reservedDrift === 0;
const verdict = `≤ ${cpuTarget} ms of server CPU per paid order on one server, 0 oversold and 0 lost: **${one!.cpuMs <= cpuTarget && clean(one!) && clean(two!) ? "met" : "not met"}** (${Math.round(one!.cpuMs)} ms; ${one!.db.oversold + two!.db.oversold} oversold, ${two!.db.pending} lost).`;
const argv = process.argv.slice(2);
const command = `npm run bench:checkout${argv.length ? ` -- ${argv.join(" ")}` : ""}`;
const when = new Date().toISOString().replace("T", " ").slice(0, 16) + " UTC";
const total = Math.round((Date.now() - startedAt) / 1000);
console.log(`\n${table}\n\nPostgreSQL alone, same writes (pgbench): ${pgLine}\n\n- ${verdict}\n\nTook ${total} s (build ${Math.round(buildSeconds)} s).`);

if (args["no-write"]) console.log("Not written to BENCHMARKS.md (--no-write).");
else {
  writeSection(
    "checkout",
    `## Checkout

\`${command}\` — ${when}

**Machine:** ${describeMachine(facts)}.
The servers, PostgreSQL, Redis and the shoppers all run on this machine and share its cores (other agents' work too: see the load row).

**Shop:** one open shop (EUR, 20 % tax included), one shipping rate, a 10 % code used by one order in three,
${ITEMS} items of one variant each: ${SCARCE} scarce ones with ${SCARCE_STOCK} units each (they sell out during a run) and
${ITEMS - SCARCE} with plenty. A fresh database per run.

**Load:** ${shoppers} shoppers at once, closed loop, each order a new guest: add one item (\`POST /api/shops/<id>/cart?view=count\`, as the product page does,
every other shopper a scarce item), check out (\`POST …/cart/checkout\`: startCheckout with the built-in test provider),
then press Pay on the test payment page (its form, posted to \`/pay/test/<id>/decide\`; one order in 20 presses Decline),
against \`next start\` (production build in \`${distDir}\`) on localhost: first one server (Next's own page cache, as \`npm start\` runs it), then two
servers of the same build on the same database with Redis for their page cache (as \`npm run cluster\`, docs/deploy.md), each shopper's order
going to one of them in turn; the scarce items are restocked in between. Each: ${warmup} s warm-up, then ${duration} s measured;
an order counts when its payment completed inside the window. Oversold and lost are read from the database after every shopper stopped.
**PostgreSQL alone:** pgbench with ${shoppers} clients for ${duration} s, each "transaction" the writes of one order
(reserve, order number, order, line, payment; then payment, order, stock, audit — two transactions, as in the app), with the server stopped.

${table}

**PostgreSQL alone, same writes (pgbench):** ${pgLine}.

**Target (on this 2-core machine):** ${verdict}

A full run took ${Math.round(total / 60)} min (seed ${seedSeconds.toFixed(0)} s, build ${Math.round(buildSeconds)} s).`,
  );
  console.log("Written to BENCHMARKS.md.");
}
process.exit(0);
