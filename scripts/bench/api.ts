// npm run bench:api — how fast the Storefront API answers its public reads, on this machine:
//  1. a fresh PostgreSQL database (BENCH_API_DATABASE_URL, default minishop_bench_api on
//     127.0.0.1): one shop, 1,000 products × 4 variants (scripts/bench/api-data.ts);
//  2. the production build in .next-bench-api (skipped with --no-build when it exists), served
//     by `next start` on localhost with that database, its caches emptied first;
//  3. autocannon (50 connections) against the product list (20 per page, with variants and
//     prices), the product detail, the same two as a browser sends them (with an allowed
//     Origin: the per-request path that adds CORS headers), and as the ceiling a prerendered
//     JSON route of the detail's size, all in the same run, in rounds so they share the
//     machine's good and bad moments;
//  4. a table on stdout and in BENCHMARKS.md (the storefront-api section), with the targets.
// Options: --duration s (15), --warmup s (3), --connections n (50), --rounds n (3), --no-build,
// --no-write, --port n (3900), --quiet-wait s (120: how long to wait for other processes to
// leave the CPU alone before measuring).
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { BENCH_ORIGIN, BENCH_PRODUCTS, BENCH_SHOP, seedApiBench } from "./api-data";
import { cpuBusy, cpuTime, othersCpu, withDescendants } from "./cpu";
import { maintenanceUrl, recreateDatabase } from "./database";
import { describeMachine, machine, markdownTable, writeSection } from "./report";
import { benchEnv, build, freePort, hasBuild, resetRuntimeCaches, startServer, type Server } from "./server";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "15" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "50" },
    rounds: { type: "string", default: "3" },
    port: { type: "string", default: "3900" },
    "no-build": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    "quiet-wait": { type: "string", default: "120" },
  },
});
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const connections = Number(args.connections);
const rounds = Number(args.rounds);
if (![duration, warmup, connections, rounds].every((n) => Number.isFinite(n) && n >= 0) || duration < 1 || connections < 1 || rounds < 1) {
  throw new Error("--duration, --warmup, --connections and --rounds take positive numbers");
}
const databaseUrl = process.env.BENCH_API_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/minishop_bench_api";
const dataDir = path.resolve(process.env.BENCH_DATA_DIR ?? ".data/bench-api");
const distDir = ".next-bench-api";
const started = Date.now();
const API = `/api/storefront/v1/shops/${BENCH_SHOP}`;
const PER_PAGE = 20;
const cursor = (page: number) => Buffer.from(`v1:${page}:${PER_PAGE}`).toString("base64url");

// ---------- What each row asks for ----------

type Row = { key: string; name: string; urls: string; headers?: Record<string, string>; visit: string[]; next: () => string };

function rows(handles: string[]): Row[] {
  let i = 0;
  const pages = Math.ceil(handles.length / PER_PAGE);
  const listUrl = (page: number) => `${API}/products?limit=${PER_PAGE}${page > 1 ? `&cursor=${cursor(page)}` : ""}`;
  const lists = Array.from({ length: pages }, (_, p) => listUrl(p + 1));
  const details = handles.map((h) => `${API}/products/${h}`);
  // A fixed-step walk: every page and product in turn, the same sequence every run.
  const cycle = (urls: string[]) => () => urls[(i = (i + 7919) % urls.length)]!;
  const browser = { Origin: BENCH_ORIGIN };
  return [
    {
      key: "ceiling",
      name: "prerendered JSON (ceiling)",
      urls: "`/bench-api-static`, built at build time",
      visit: ["/bench-api-static"],
      next: () => "/bench-api-static",
    },
    { key: "list", name: "product list", urls: `\`${API}/products?limit=20[&cursor=…]\`, one of the ${pages} pages`, visit: lists, next: cycle(lists) },
    {
      key: "detail",
      name: "product detail",
      urls: `\`${API}/products/<handle>\`, one of the ${handles.length} products`,
      visit: details,
      next: cycle(details),
    },
    {
      key: "list-browser",
      name: "product list, from a browser",
      urls: `the same pages with \`Origin: ${BENCH_ORIGIN}\` (allowed): the per-request route, CORS headers added`,
      headers: browser,
      visit: [],
      next: cycle(lists),
    },
    {
      key: "detail-browser",
      name: "product detail, from a browser",
      urls: `the same products with \`Origin: ${BENCH_ORIGIN}\``,
      headers: browser,
      visit: [],
      next: cycle(details),
    },
  ];
}

// ---------- Load ----------

type Tally = { seconds: number; responses: number; non2xx: number; errors: number; hits: number; latencies: number[]; cpuMs: number; others: number[] };
const newTally = (): Tally => ({ seconds: 0, responses: 0, non2xx: 0, errors: 0, hits: 0, latencies: [], cpuMs: 0, others: [] });

async function load(server: Server, row: Row, seconds: number, tally?: Tally) {
  const instance = autocannon({
    url: server.origin,
    connections,
    duration: seconds,
    headers: row.headers,
    requests: [
      {
        setupRequest: (request) => ({ ...request, path: row.next() }),
        onResponse: (_status, _body, _context, headers) => {
          if (tally && headers["x-nextjs-cache"] === "HIT") tally.hits++;
        },
      },
    ],
  });
  if (tally) instance.on("response", (_client, _status, _bytes, ms) => tally.latencies.push(ms));
  const result = await instance;
  if (tally) {
    tally.seconds += result.duration;
    tally.responses += result["2xx"] + result.non2xx;
    tally.non2xx += result.non2xx;
    tally.errors += result.errors + result.timeouts;
  }
}

async function visitOnce(server: Server, urls: string[]) {
  let i = 0;
  if (!urls.length) return;
  await autocannon({
    url: server.origin,
    connections: Math.min(connections, urls.length),
    amount: urls.length,
    requests: [{ setupRequest: (r) => ({ ...r, path: urls[i++]! }) }],
  });
}

const percentile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0);

// ---------- Run ----------

const facts = await machine(maintenanceUrl(databaseUrl));
console.log(`Machine: ${describeMachine(facts)}`);

process.env.DATA_DIR = dataDir;
const t = Date.now();
await recreateDatabase(databaseUrl);
const handles = await seedApiBench(databaseUrl, { url: "/uploads/images/0123456789abcdef0123456789abcdef.webp", width: 800, height: 800 });
const seedSeconds = (Date.now() - t) / 1000;
console.log(`Seeded 1 shop × ${BENCH_PRODUCTS} products × 4 variants in ${seedSeconds.toFixed(1)} s.`);

const env = benchEnv(databaseUrl, dataDir);
let buildSeconds = 0;
if (args["no-build"] && hasBuild(distDir)) console.log(`Using the existing build in ${distDir} (--no-build).`);
else {
  console.log(`Building into ${distDir}…`);
  buildSeconds = build(distDir, env);
}
resetRuntimeCaches(distDir);
const server = await startServer({ distDir, port: await freePort(Number(args.port)), env, logFile: path.join(dataDir, "server.log") });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => (server.stop(), process.exit(130)));
console.log(`Server on ${server.origin}, log in ${server.logFile}.`);

const stats = new pg.Client({ connectionString: maintenanceUrl(databaseUrl) });
await stats.connect();
const dbName = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
const serving = async () => [
  ...withDescendants(server.pid),
  ...(await stats.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1", [dbName])).rows.map((r) => r.pid),
];

try {
  const selected = rows(handles);
  // Probe each row once: it answers 200, how big, from the cache or not.
  const probes = new Map<string, { bytes: number; cache: string }>();
  for (const row of selected) {
    const url = row.next();
    await fetch(server.origin + url, { headers: row.headers }); // the first request renders and caches it
    const response = await fetch(server.origin + url, { headers: row.headers });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${row.name}: ${url} answered ${response.status}: ${body.slice(0, 200)}`);
    if (row.key.startsWith("list")) {
      const list = JSON.parse(body) as { products: { variants: unknown[] }[] };
      if (list.products.length !== PER_PAGE || list.products.some((p) => p.variants.length !== 4))
        throw new Error(`${row.name}: not ${PER_PAGE} products × 4 variants`);
    }
    probes.set(row.key, { bytes: Buffer.byteLength(body), cache: response.headers.get("x-nextjs-cache") ?? "–" });
  }
  console.log("Visiting every list page and product once (as after some traffic)…");
  for (const row of selected) await visitOnce(server, row.visit);

  // Quiet = under 20 % busy over 3 s, then over 10 s more.
  let busy = await cpuBusy();
  const quietBy = Date.now() + Number(args["quiet-wait"]) * 1000;
  while (busy !== null && busy > 0.2 && Date.now() < quietBy) {
    console.log(`Other processes keep the CPU ${Math.round(busy * 100)} % busy; waiting (up to ${args["quiet-wait"]} s)…`);
    busy = await cpuBusy(10_000);
  }
  const loadBefore = busy === null ? "unknown" : `${Math.round(busy * 100)} %`;

  const tallies = new Map(selected.map((row) => [row.key, newTally()]));
  for (const row of selected) await load(server, row, warmup);
  for (let round = 0; round < rounds; round++) {
    for (const row of selected) {
      const tally = tallies.get(row.key)!;
      const others = othersCpu(async () => [process.pid, ...(await serving())]);
      const cpu = cpuTime(serving);
      await load(server, row, duration / rounds, tally);
      tally.cpuMs += await cpu.end();
      const share = await others.end();
      if (share !== null) tally.others.push(share);
      process.stdout.write(".");
    }
  }
  console.log();

  const ceiling = tallies.get("ceiling")!;
  const rps = (t: Tally) => t.responses / t.seconds;
  const table = selected.map((row) => {
    const tally = tallies.get(row.key)!;
    const sorted = tally.latencies.sort((a, b) => a - b);
    const probe = probes.get(row.key)!;
    return {
      row,
      rps: rps(tally),
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      vs: rps(tally) / rps(ceiling),
      cells: [
        row.name,
        Math.round(rps(tally)).toLocaleString("en"),
        percentile(sorted, 0.5).toFixed(0),
        percentile(sorted, 0.99).toFixed(0),
        `${tally.non2xx} / ${tally.errors}`,
        `${Math.round((rps(tally) / rps(ceiling)) * 100)} %`,
        `${Math.round((tally.hits / Math.max(1, tally.responses)) * 100)} %`,
        (tally.cpuMs / Math.max(1, tally.responses)).toFixed(2),
        (probe.bytes / 1024).toFixed(1),
        tally.others.length ? `${Math.round((tally.others.reduce((a, b) => a + b, 0) / tally.others.length) * 100)} %` : "–",
      ],
    };
  });
  const markdown = markdownTable(
    ["request", "req/s", "p50 ms", "p99 ms", "non-2xx / errors", "vs ceiling", "route-cache hits", "server CPU ms/req", "body KB", "CPU used by others"],
    table.map((r) => r.cells),
    ["l", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
  );
  console.log(markdown);

  const get = (key: string) => table.find((r) => r.row.key === key)!;
  const verdict = (key: string, target: number) => {
    const r = get(key);
    const met = r.rps >= target && r.p99 < 100 && r.vs >= 0.8;
    const misses = [
      r.rps < target && `${Math.round(target - r.rps).toLocaleString("en")} req/s short of ${target.toLocaleString("en")}`,
      r.p99 >= 100 && `p99 ${r.p99.toFixed(0)} ms`,
      r.vs < 0.8 && `${Math.round(r.vs * 100)} % of the ceiling`,
    ].filter(Boolean);
    return `${met ? "**met**" : "**not met**"} — ${Math.round(r.rps).toLocaleString("en")} req/s, p99 ${r.p99.toFixed(0)} ms, ${Math.round(r.vs * 100)} % of the ceiling${misses.length ? ` (${misses.join(", ")})` : ""}`;
  };
  const totalMinutes = Math.round((Date.now() - started) / 60_000);
  const command = `npm run bench:api${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`;
  const section = `## Storefront API

\`${command}\` — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC

**Machine:** ${describeMachine(facts)}. The server, PostgreSQL and autocannon all run on this machine and share its cores. Other processes kept the CPU ${loadBefore} busy just before the measurements; the last column says how much of the CPU they took during each measurement.

**Data:** one active shop, ${BENCH_PRODUCTS.toLocaleString("en")} active products × 4 variants (Size × Colour), one picture each, 6 collections. A fresh database per run.

**Load:** autocannon, ${connections} connections (closed loop), JSON uncompressed, against \`next start\` (production build in \`${distDir}\`) on localhost, starting with empty Next.js caches. Every list page and product is requested once first (as after some traffic); then a ${warmup} s warm-up per row and ${duration} s measured per row, in ${rounds} rounds where every row takes its turn.

${markdown}

What each row asks for:
${selected.map((r) => `- **${r.name}:** ${r.urls}`).join("\n")}

- **Reads without Origin** (servers, native mini-programs, this benchmark) are rewritten to a route-cached twin (\`/api/storefront-cache/v1/…\`, lib/storefront-api/rewrites.ts): Next.js serves them from its route cache, tagged like the shop's pages, without running our code. **Reads from a browser** carry an Origin, so they reach the per-request route that checks the shop's allowed origins and adds CORS headers; its body comes from the same data-cache entries (no SQL once warm).
- **server CPU ms/req:** CPU time of the Next.js server plus the PostgreSQL backends serving it, per response. Two cores give 2,000 ms of CPU per second, shared with autocannon.

**Targets (on this 2-core machine, 50 connections):**

- Product list ≥ 1,000 req/s, p99 < 100 ms, ≥ 80 % of the ceiling: ${verdict("list", 1000)}.
- Product detail ≥ 1,500 req/s, p99 < 100 ms, ≥ 80 % of the ceiling: ${verdict("detail", 1500)}.

A full run took ${totalMinutes} min (seed ${seedSeconds.toFixed(0)} s, build ${buildSeconds.toFixed(0)} s).`;
  if (!args["no-write"]) {
    writeSection("storefront-api", section);
    console.log("Wrote the storefront-api section of BENCHMARKS.md.");
  }
  console.log(`List: ${verdict("list", 1000)}\nDetail: ${verdict("detail", 1500)}`);
} finally {
  await stats.end().catch(() => {});
  server.stop();
}
