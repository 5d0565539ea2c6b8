// npm run bench:storefront — how fast the storefront serves shoppers, on this machine:
//  1. a fresh PostgreSQL database (BENCH_DATABASE_URL, default minishop_bench on 127.0.0.1)
//     with the migrations and 100 active shops × 1,000 active products (scripts/bench/seed.ts);
//  2. the production build in .next-bench (skipped with --no-build when it exists), served by
//     `next start` on localhost with that database, its caches emptied first;
//  3. autocannon against the shop home, product (popular and first-visit), collection and
//     search (repeated and new) pages, and against a prerendered page of the product page's size (/bench-static)
//     as the ceiling, measured first and last; how much CPU other processes took meanwhile;
//  4. a table on stdout and in BENCHMARKS.md (the storefront section), with the targets.
// Options: --duration s (15), --warmup s (5), --connections n (20), --no-build, --no-seed
// (reuse the database when it holds the data set), --pages home,product,… (prints only),
// --port n (first port tried, 3900), --no-write, --quiet-wait s (how long to wait for other
// processes to leave the CPU alone before measuring, 300), --rounds n (the measurement is cut
// into n slices per page, taken in turn, 3).
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { cpuBusy, cpuTime, othersCpu, processTicks, withDescendants } from "./cpu";
import { describeMachine, machine, markdownTable, writeSection } from "./report";
import { maintenanceUrl, recreateIfNeeded } from "./database";
import { loadCatalogIndex, newSearchTerms, SEARCH_TERMS, type CatalogIndex } from "./seed";
import { benchEnv, build, freePort, hasBuild, resetRuntimeCaches, startServer, tail, type Server } from "./server";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "15" },
    warmup: { type: "string", default: "5" },
    connections: { type: "string", default: "20" },
    port: { type: "string", default: "3900" },
    pages: { type: "string" },
    "no-build": { type: "boolean", default: false },
    "no-seed": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    "quiet-wait": { type: "string", default: "300" },
    rounds: { type: "string", default: "3" },
  },
});

const SHOPS = 100;
const PRODUCTS = 1000;
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const connections = Number(args.connections);
const rounds = Number(args.rounds);
if (
  ![duration, warmup, connections, rounds].every((n) => Number.isFinite(n) && n >= 0) ||
  duration < 1 ||
  connections < 1 ||
  !Number.isInteger(rounds) ||
  rounds < 1
) {
  throw new Error("--duration, --warmup, --connections and --rounds take positive numbers");
}
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/minishop_bench";
const dataDir = path.resolve(process.env.BENCH_DATA_DIR ?? ".data/bench");
const distDir = ".next-bench";
const startedAt = Date.now();
const timings: Record<string, number> = {};

// ---------- Which URLs a page's requests go to ----------

// A fixed-seed generator: every run asks for the same sequence of URLs.
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ranks 0..n-1 with Zipf(1) popularity: the first products get most visits, the long tail a few. */
function zipf(n: number, rnd: () => number) {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1);
  return () => {
    const x = rnd() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * A page under load. `visit`: URLs requested once each before the warm-up, so the measured run
 * finds them in Next.js's cache as it would after some traffic; `next`: the measured traffic.
 */
type Page = { key: string; name: string; urls: string; sample: string; visit?: string[]; next: () => string };

/** Products per shop that get nearly all visits (by Zipf popularity), and are visited before the measurement. */
const HOT_PRODUCTS = 20;

function pages(catalog: CatalogIndex): Page[] {
  const rnd = random(20261123);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const hot = Math.min(HOT_PRODUCTS, ...catalog.map((s) => s.products.length));
  const popular = zipf(hot, rnd);
  // Products nobody asked for yet: from the end of each shop's list, one shop after the other.
  let unseen = 0;
  const tail = catalog[0]!.products.length - hot;
  const neverVisited = () => {
    const shop = catalog[unseen % catalog.length]!;
    const rank = shop.products.length - 1 - (Math.floor(unseen++ / catalog.length) % tail);
    return `/s/${shop.slug}/p/${shop.products[rank]}`;
  };
  // Each page's first (cold) probe uses a shop of its own, so no page finds another's caches warm.
  const [a, b, c, d, e] = catalog;
  const q = (term: string) => encodeURIComponent(term).replace(/%20/g, "+");
  const n = catalog.length;
  // Searches nobody made before: request i asks shop i mod n for the next of the shuffled new terms.
  // Shuffled with a generator of their own, so the other pages' URL sequences stay as they were.
  const fresh = newSearchTerms();
  const shuffle = random(94);
  for (let i = fresh.length - 1; i > 0; i--) {
    const j = Math.floor(shuffle() * (i + 1));
    [fresh[i], fresh[j]] = [fresh[j]!, fresh[i]!];
  }
  let asked = 5; // the first (the cold probe) in the sixth shop, which no other probe touches
  const newSearch = () => {
    const i = asked++;
    return `/s/${catalog[i % n]!.slug}/search?q=${q(fresh[Math.floor(i / n) % fresh.length]!)}`;
  };
  const ceiling = { key: "static", name: "static page (ceiling)", urls: "`/bench-static`, prerendered", sample: "/bench-static", next: () => "/bench-static" };
  return [
    ceiling,
    {
      key: "home",
      name: "shop home",
      urls: `\`/s/<shop>\`, a random one of ${n} shops; all ${n} visited once before`,
      sample: `/s/${a!.slug}`,
      visit: catalog.map((s) => `/s/${s.slug}`),
      next: () => `/s/${pick(catalog).slug}`,
    },
    {
      key: "product",
      name: "product page, popular",
      urls: `\`/s/<shop>/p/<handle>\`, a random shop, one of its ${hot} most popular products by Zipf(1); all ${(n * hot).toLocaleString("en")} visited once before`,
      sample: `/s/${b!.slug}/p/${b!.products[0]}`,
      visit: catalog.flatMap((s) => s.products.slice(0, hot).map((h) => `/s/${s.slug}/p/${h}`)),
      next: () => {
        const shop = pick(catalog);
        return `/s/${shop.slug}/p/${shop.products[popular()]}`;
      },
    },
    {
      key: "product-new",
      name: "product page, first visit",
      urls: `\`/s/<shop>/p/<handle>\`, every request a product nobody asked for before (the other ${(n * tail).toLocaleString("en")}): a render and a cache write each`,
      sample: `/s/${e!.slug}/p/${e!.products[hot]}`,
      next: neverVisited,
    },
    {
      key: "collection",
      name: "collection page",
      urls: `\`/s/<shop>/c/<handle>\`, a random shop, one of its ${c!.collections.length} collections (~${Math.round(PRODUCTS / c!.collections.length)} products each, first page); all visited once before`,
      sample: `/s/${c!.slug}/c/${c!.collections[0]}`,
      visit: catalog.flatMap((s) => s.collections.map((h) => `/s/${s.slug}/c/${h}`)),
      next: () => {
        const shop = pick(catalog);
        return `/s/${shop.slug}/c/${pick(shop.collections)}`;
      },
    },
    {
      key: "search",
      name: "search",
      urls: `\`/s/<shop>/search?q=<terms>\`, a random shop, one of ${SEARCH_TERMS.length} searches: ${SEARCH_TERMS.map((t) => `“${t}”`).join(", ")}; all ${(n * SEARCH_TERMS.length).toLocaleString("en")} asked once before`,
      sample: `/s/${d!.slug}/search?q=${q(SEARCH_TERMS[0]!)}`,
      // Shoppers repeat these searches all day: measured as after some traffic, like the other cached pages.
      visit: catalog.flatMap((s) => SEARCH_TERMS.map((term) => `/s/${s.slug}/search?q=${q(term)}`)),
      next: () => `/s/${pick(catalog).slug}/search?q=${q(pick(SEARCH_TERMS))}`,
    },
    {
      key: "search-new",
      name: "search, new query",
      urls: `\`/s/<shop>/search?q=<terms>\`, every request a search nobody made before (${fresh.length.toLocaleString("en")} per shop, shuffled): two words of the catalogue (“${fresh.find((t) => t.includes(" "))}”) or one misspelt (“${fresh.find((t) => !t.includes(" "))}”): a search, a render and a cache write each`,
      sample: newSearch(),
      next: newSearch,
    },
  ];
}

// ---------- Probing a page: does it exist, how big, how many SQL statements ----------

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** SQL statements the server sent for one request (counted in the server, scripts/bench/count-queries.mjs). */
async function statementsFor(server: Server, request: () => Promise<void>) {
  const before = await server.statements();
  await request();
  await sleep(300); // work the page does after answering (cache writes) counts too
  return (await server.statements()) - before;
}

type Probe = { ok: true; path: (p: string) => string; bytes: number; cold: number; warm: number; cache: string } | { ok: false; reason: string };

/** Two requests to the page's sample URL, in a shop no other probe touched: cold, then warm. */
async function probe(server: Server, page: Page): Promise<Probe> {
  let response: Response | undefined;
  let bytes = 0;
  const get = (url: string) => async () => {
    response = await fetch(server.origin + url, { redirect: "manual" });
    bytes = (await response.arrayBuffer()).byteLength;
  };
  let url = page.sample;
  let cold = await statementsFor(server, get(url));
  let prefix = "";
  if (response!.status >= 300 && response!.status < 400) {
    // A locale prefix added by a redirect (/s/x → /en/s/x) is then added to every request.
    const location = new URL(response!.headers.get("location") ?? "", server.origin);
    const target = location.pathname + location.search;
    if (location.origin !== server.origin || !target.endsWith(page.sample)) return { ok: false, reason: `redirects to ${target}` };
    prefix = target.slice(0, -page.sample.length);
    url = prefix + page.sample;
    cold += await statementsFor(server, get(url));
  }
  if (response!.status === 404) return { ok: false, reason: `answers 404 (${url}): not built yet?` };
  if (!response!.ok) return { ok: false, reason: `answers ${response!.status} (${url})` };
  const size = bytes;
  const warm = await statementsFor(server, get(url));
  return { ok: true, path: (p) => prefix + p, bytes: size, cold, warm, cache: response!.headers.get("x-nextjs-cache") ?? "–" };
}

// ---------- Load ----------

let running: { stop(): void } | undefined;

/** Each URL once, `connections` at a time. */
async function visitOnce(server: Server, urls: string[], path: (p: string) => string) {
  let i = 0;
  const instance = autocannon({
    url: server.origin,
    connections: Math.min(connections, urls.length),
    amount: urls.length,
    requests: [{ setupRequest: (request) => ({ ...request, path: path(urls[i++ % urls.length]!) }) }],
  });
  running = instance;
  try {
    return await instance;
  } finally {
    running = undefined;
  }
}

/** What a page's measured slices add up to. */
type Tally = {
  seconds: number;
  responses: number;
  non2xx: number;
  errors: number;
  hits: number;
  latencies: number[];
  othersCpuSeconds: number;
  servingCpuMs: number;
};

const newTally = (): Tally => ({ seconds: 0, responses: 0, non2xx: 0, errors: 0, hits: 0, latencies: [], othersCpuSeconds: 0, servingCpuMs: 0 });

/** One autocannon run of `seconds`, added to `tally` when given: responses, latencies, page-cache hits (x-nextjs-cache: HIT). */
async function load(server: Server, page: Page, path: (p: string) => string, seconds: number, tally?: Tally) {
  const instance = autocannon({
    url: server.origin,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => ({ ...request, path: path(page.next()) }),
        onResponse: (_status, _body, _context, headers) => {
          if (tally && headers["x-nextjs-cache"] === "HIT") tally.hits++;
        },
      },
    ],
  });
  if (tally) instance.on("response", (_client, _status, _bytes, ms) => tally.latencies.push(ms));
  running = instance;
  try {
    const result = await instance;
    if (tally) {
      tally.seconds += result.duration;
      tally.responses += result["2xx"] + result.non2xx;
      tally.non2xx += result.non2xx;
      tally.errors += result.errors + result.timeouts;
    }
    return result;
  } finally {
    running = undefined;
  }
}

const percentile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0);

/**
 * Waits until the server has finished what the last slice left it (requests autocannon gave up
 * on at the end still render), so it doesn't count against the next page. At most 5 s.
 */
async function settle(server: Server) {
  let last = serverTicks(server);
  for (let i = 0; i < 25; i++) {
    await sleep(200);
    const now = serverTicks(server);
    if (now - last <= 2) return; // under ~10 % of a core over 200 ms (100 ticks/s)
    last = now;
  }
}

const serverTicks = (server: Server) => withDescendants(server.pid).reduce((sum, pid) => sum + processTicks(pid), 0);

// ---------- Run ----------

let stopServer = () => {};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the server.`);
    running?.stop();
    stopServer();
    process.exit(130);
  });
}

const only = args.pages?.split(",").map((s) => s.trim());
const dbName = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
const facts = await machine(maintenanceUrl(databaseUrl));
console.log(`Machine: ${describeMachine(facts)}`);
if (Number(facts.load) > 0.5) console.warn(`Warning: load average ${facts.load} — something else is using the CPU; figures will be lower.`);

// 1. Database and data set.
process.env.DATA_DIR = dataDir; // lib/storage writes the shared product image there
let t = Date.now();
const seeded = await recreateIfNeeded(databaseUrl, { shops: SHOPS, products: PRODUCTS, reuse: args["no-seed"] });
timings.seed = (Date.now() - t) / 1000;
if (seeded) {
  console.log(`Seeded ${SHOPS} shops × ${PRODUCTS} products in ${timings.seed.toFixed(1)} s.`);
  if (seeded.searchColumn && seeded.missingSearchVectors)
    throw new Error(`${seeded.missingSearchVectors} products have no search vector: the search trigger did not fire.`);
  console.log(
    seeded.searchColumn ? "Search vectors: filled by the trigger for every product." : "No Product.searchVector column in the migrations: search not seeded.",
  );
} else {
  const applied = await applyMigrations(databaseUrl);
  console.log(`Reusing the database ${dbName}${applied.length ? ` (applied ${applied.join(", ")})` : ""}.`);
}
const catalog = await loadCatalogIndex(databaseUrl);
if (catalog.length < 4) throw new Error(`The database holds ${catalog.length} benchmark shops; run without --no-seed.`);

// 2. Build and server.
const env = benchEnv(databaseUrl, dataDir);
if (args["no-build"] && hasBuild(distDir)) {
  console.log(`Using the existing build in ${distDir} (--no-build).`);
} else {
  console.log(`Building into ${distDir}…`);
  timings.build = build(distDir, env);
}
const port = await freePort(Number(args.port));
resetRuntimeCaches(distDir);
t = Date.now();
const server = await startServer({ distDir, port, env, logFile: path.join(dataDir, "server.log") });
stopServer = server.stop;
console.log(`Server on ${server.origin} (ready in ${((Date.now() - t) / 1000).toFixed(1)} s), log in ${server.logFile}.`);

// 3. Measure, once the machine is quiet: the figures are only worth something when the
// server, PostgreSQL and autocannon have the CPU to themselves.
// Quiet = under 20 % busy over 3 s and then over the next 10 s too (other jobs come in bursts).
let busy = await cpuBusy();
const quietBy = Date.now() + Number(args["quiet-wait"]) * 1000;
while (busy !== null && Date.now() < quietBy) {
  if (busy <= 0.2) {
    busy = Math.max(busy, (await cpuBusy(10_000)) ?? 0);
    if (busy <= 0.2) break;
  }
  console.log(`Other processes keep the CPU ${Math.round(busy * 100)} % busy; waiting for them (up to ${args["quiet-wait"]} s)…`);
  busy = await cpuBusy(10_000);
}
if (busy !== null && busy > 0.2) console.warn(`Measuring anyway with the CPU ${Math.round(busy * 100)} % busy: figures will be low.`);
const otherLoad = busy === null ? "unknown" : `${Math.round(busy * 100)} %`;

type Row = {
  page: Page;
  probe: Extract<Probe, { ok: true }>;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  hitRate: number;
  others: number | null;
  cpuPerRequest: number | null;
};
const cpuKnown = busy !== null;
const rows: Row[] = [];
// The benchmark's own processes: this one (autocannon), the server and its children, and the
// PostgreSQL backends serving the benchmark database. Everything else is "other processes".
const stats = new pg.Client({ connectionString: maintenanceUrl(databaseUrl) });
await stats.connect();
const serving = async () => [
  ...withDescendants(server.pid),
  ...(await stats.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1", [dbName])).rows.map((r) => r.pid),
];
const ours = async () => [process.pid, ...(await serving())];
const skipped: { page: Page; reason: string }[] = [];
t = Date.now();
try {
  const selected = pages(catalog).filter((p) => !only || only.includes(p.key));
  const probes = new Map<Page, Probe>();
  for (const page of selected) probes.set(page, await probe(server, page)); // before any load: cold caches
  const measured: { page: Page; found: Extract<Probe, { ok: true }>; tally: Tally }[] = [];
  for (const page of selected) {
    const found = probes.get(page)!;
    if (!found.ok) {
      console.log(`${page.name}: skipped, ${found.reason}`);
      skipped.push({ page, reason: found.reason });
      continue;
    }
    if (page.visit) {
      const started = Date.now();
      const visited = await visitOnce(server, page.visit, found.path);
      const failed = visited.non2xx + visited.errors + visited.timeouts;
      console.log(
        `${page.name}: visited ${page.visit.length} URLs once in ${((Date.now() - started) / 1000).toFixed(1)} s${failed ? ` (${failed} failed)` : ""}.`,
      );
    }
    if (warmup > 0) {
      await load(server, page, found.path, warmup);
      await settle(server);
    }
    measured.push({ page, found, tally: newTally() });
  }
  // The measurement proper: every page in turn, `rounds` times, so that pages measured at a
  // busier moment of a shared machine don't get compared with pages measured at a quiet one.
  const slice = duration / rounds;
  for (let round = 1; round <= rounds; round++) {
    process.stdout.write(`Round ${round} of ${rounds} (${slice.toFixed(1)} s per page at ${connections} connections)…`);
    for (const { page, found, tally } of measured) {
      const watch = othersCpu(ours);
      const spent = cpuTime(serving);
      const result = await load(server, page, found.path, slice, tally);
      tally.othersCpuSeconds += ((await watch.end()) ?? 0) * result.duration;
      tally.servingCpuMs += await spent.end();
      process.stdout.write(` ${page.key} ${Math.round((result["2xx"] + result.non2xx) / result.duration)}/s`);
      await settle(server);
    }
    process.stdout.write("\n");
  }
  for (const { page, found, tally } of measured) {
    const sorted = tally.latencies.sort((a, b) => a - b);
    rows.push({
      page,
      probe: found,
      rps: tally.responses / tally.seconds,
      p50: Math.round(percentile(sorted, 0.5)),
      p99: Math.round(percentile(sorted, 0.99)),
      non2xx: tally.non2xx,
      errors: tally.errors,
      hitRate: tally.responses ? tally.hits / tally.responses : 0,
      others: cpuKnown ? tally.othersCpuSeconds / tally.seconds : null,
      cpuPerRequest: cpuKnown && tally.responses ? tally.servingCpuMs / tally.responses : null,
    });
  }
} catch (error) {
  console.error(`Server log (last lines):\n${tail(server.logFile)}`);
  throw error;
} finally {
  await stats.end();
  server.stop();
}
timings.measure = (Date.now() - t) / 1000;
timings.total = (Date.now() - startedAt) / 1000;

// 4. Report.
const byKey = (key: string) => rows.find((r) => r.page.key === key);
const staticRps = byKey("static")?.rps;
const table = markdownTable(
  [
    "page",
    "req/s",
    "p50 ms",
    "p99 ms",
    "non-2xx / errors",
    "vs static",
    "cache hits",
    "server CPU ms/req",
    "HTML KB",
    "SQL statements, cold → warm",
    "CPU used by others",
  ],
  [
    ...rows.map(({ page, probe, rps, p50, p99, non2xx, errors, hitRate, others, cpuPerRequest }) => [
      page.name,
      String(Math.round(rps)),
      String(p50),
      String(p99),
      `${non2xx} / ${errors}`,
      staticRps ? `${Math.round((rps / staticRps) * 100)} %` : "–",
      `${Math.round(hitRate * 100)} %`,
      cpuPerRequest === null ? "?" : cpuPerRequest.toFixed(1),
      (probe.bytes / 1024).toFixed(1),
      `${probe.cold} → ${probe.warm}`,
      others === null ? "?" : `${Math.round(others * 100)} %`,
    ]),
    ...skipped.map(({ page, reason }) => [page.name, `skipped: ${reason}`, "", "", "", "", "", "", "", "", ""]),
  ],
  ["l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
);

const verdicts: string[] = [];
const product = byKey("product");
if (product && staticRps) {
  const ratio = product.rps / staticRps;
  verdicts.push(
    ratio >= 0.7
      ? `Product page (popular) ≥ 70 % of the static page's requests/s: **met** (${Math.round(ratio * 100)} %).`
      : `Product page (popular) ≥ 70 % of the static page's requests/s: **not met** — ${Math.round(ratio * 100)} % (${Math.round(product.rps)} of ${Math.round(staticRps)} req/s); ${Math.ceil(0.7 * staticRps - product.rps)} req/s short.`,
  );
} else verdicts.push("Product page (popular) ≥ 70 % of the static page's requests/s: not measured in this run.");
const search = byKey("search");
if (search && connections === 20) {
  const p99 = search.p99;
  verdicts.push(
    p99 < 150 ? `Search p99 < 150 ms at 20 clients: **met** (${p99} ms).` : `Search p99 < 150 ms at 20 clients: **not met** — ${p99} ms, ${p99 - 149} ms over.`,
  );
} else
  verdicts.push(
    search
      ? `Search p99 < 150 ms at 20 clients: not evaluated (this run used ${connections} connections).`
      : "Search p99 < 150 ms at 20 clients: not measured in this run.",
  );

// A verdict only counts when the benchmark had the machine (nearly) to itself.
const contention = Math.max(0, ...rows.map((r) => r.others ?? 0));
if (contention > 0.25) {
  verdicts.push(
    `**These verdicts are not reliable:** other processes took up to ${Math.round(contention * 100)} % of the CPU during the measurements (see the last column); rerun on a quiet machine.`,
  );
}

const argv = process.argv.slice(2);
const command = `npm run bench:storefront${argv.length ? ` -- ${argv.join(" ")}` : ""}`;
const when = new Date().toISOString().replace("T", " ").slice(0, 16) + " UTC";
console.log(`\n${table}\n\n${verdicts.map((v) => `- ${v}`).join("\n")}`);
const spent = Object.entries(timings)
  .map(([k, v]) => `${k} ${Math.round(v)} s`)
  .join(", ");
console.log(`\nTime: ${spent}.`);

if (args["no-write"] || only) {
  console.log(only ? "Not written to BENCHMARKS.md: --pages ran part of the benchmark." : "Not written to BENCHMARKS.md (--no-write).");
} else {
  writeSection(
    "storefront",
    `## Storefront

\`${command}\` — ${when}

**Machine:** ${describeMachine(facts)}.
The server, PostgreSQL and autocannon all run on this machine and share its cores. Other processes kept the CPU ${otherLoad} busy
just before the measurements; the last column says how much of the CPU they took during each measurement (0 % on a quiet machine).

**Data:** ${SHOPS} active shops × ${PRODUCTS.toLocaleString("en")} active products, each with 2–3 variants, one option and one image;
6 collections per shop; search vectors filled by the catalog_search trigger. A fresh database per run.

**Load:** autocannon 9, ${connections} connections (closed loop: each sends its next request when the last one is answered),
HTML uncompressed (no \`Accept-Encoding\`), against \`next start\` (production build in \`${distDir}\`) on localhost; every run
starts with empty Next.js caches. Per page: the URLs to have in cache visited once, ${warmup} s warm-up, then ${duration} s measured,
in ${rounds} rounds of ${(duration / rounds).toFixed(1)} s where every page takes its turn, so all pages, the ceiling included, share the machine's good and bad moments.

${table}

What each row asks for:
${[...rows.map((r) => r.page), ...skipped.map((s) => s.page)].map((p) => `- **${p.name}:** ${p.urls}`).join("\n")}

- **static page (ceiling):** built only for the benchmark (\`MINISHOP_BENCH_STATIC=1\` at build time; other builds answer 404, and it is \`noindex\`): the product page's frame and product view, from the same components, with fixed data of the benchmark's shape, prerendered at build time, so Next.js serves it without rendering or database.
- **Product pages** come in two rows. *Popular*: the pages most shoppers see, already in Next.js's page cache (revalidated hourly), as after some traffic — the row the target is about. *First visit*: a product nobody has opened since the deploy, so each request renders the page and writes it to the cache: what the long tail of a catalogue costs. **Search** comes in two rows too. *Search*: the ${SEARCH_TERMS.length} searches asked again and again, each rendered once per shop and then served from Next.js's page cache (one entry per normalised search, expired with the shop's product lists); the last four of its queries are misspelt and take the typo-tolerant path. *New query*: every request a search nobody made before, so each one is looked up in the database and rendered: what a miss costs.
- **cache hits:** share of the measured responses Next.js served from its page cache (\`x-nextjs-cache: HIT\`).
- **server CPU ms/req:** CPU time of the Next.js server (and its child processes) plus the PostgreSQL backends serving it, per response: what a page costs, and much less disturbed by other processes than req/s. Two cores give 2,000 ms of CPU per second, shared with autocannon.
- **SQL statements:** what the server sent to PostgreSQL for the first request to a page, in a shop nobody had visited (cold), then for the same URL again (warm); counted in the server process (\`scripts/bench/count-queries.mjs\` wraps \`pg\`'s \`Client.query\`).

**Targets (on this 2-core machine):**

${verdicts.map((v) => `- ${v}`).join("\n")}

A full run took ${Math.round(timings.total / 60)} min (${spent}).`,
  );
  console.log("Written to BENCHMARKS.md.");
}
process.exit(0);
