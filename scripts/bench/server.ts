// The production server for a benchmark: its own database, build folder and port, bound to
// 127.0.0.1. stop() ends it (its whole process group); it also exits by itself when the
// benchmark process dies, through the IPC channel instrumentation.ts watches.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const nextBin = path.resolve("node_modules/next/dist/bin/next");

/**
 * `next build` into distDir. Next adds "<distDir>/types/…" to tsconfig.json's include and points
 * next-env.d.ts at the folder; both are put back afterwards, so a benchmark build leaves the
 * working tree as it found it.
 */
export function build(distDir: string, env: NodeJS.ProcessEnv) {
  const started = Date.now();
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const nextEnv = existsSync("next-env.d.ts") ? readFileSync("next-env.d.ts", "utf8") : null;
  try {
    const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...env, NEXT_DIST_DIR: distDir, NODE_ENV: "production" } });
    if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  } finally {
    removeTypesFolder(distDir, tsconfig);
    if (nextEnv !== null && readFileSync("next-env.d.ts", "utf8").includes(`./${distDir}/`)) writeFileSync("next-env.d.ts", nextEnv);
  }
  return (Date.now() - started) / 1000;
}

/** Takes "<distDir>/…" back out of tsconfig.json's include, keeping anyone else's changes. */
function removeTypesFolder(distDir: string, before: string) {
  const text = readFileSync("tsconfig.json", "utf8");
  const after = JSON.parse(text) as { include?: string[] };
  const include = after.include?.filter((entry) => !entry.startsWith(`${distDir}/`));
  if (!include || include.length === after.include!.length) return;
  const cleaned = { ...after, include };
  // Byte for byte as before when the build's addition was the only change; else in the layout
  // Next wrote (2-space JSON), when that is the file's layout.
  if (JSON.stringify(cleaned) === JSON.stringify(JSON.parse(before))) writeFileSync("tsconfig.json", before);
  else if (text === JSON.stringify(after, null, 2) + "\n") writeFileSync("tsconfig.json", JSON.stringify(cleaned, null, 2) + "\n");
  else console.warn(`tsconfig.json: remove "${distDir}/…" from "include" by hand.`);
}

/**
 * Forgets what an earlier run's server cached: the data cache (unstable_cache), the pages
 * rendered at run time under /s/ and the Storefront API's route-cached reads, so every run
 * starts cold, also with --no-build.
 */
export function resetRuntimeCaches(distDir: string) {
  rmSync(path.join(distDir, "cache", "fetch-cache"), { recursive: true, force: true });
  const routeCache = path.join(distDir, "server", "route-cache");
  if (!existsSync(routeCache)) return;
  for (const kind of readdirSync(routeCache)) {
    for (const key of readdirSync(path.join(routeCache, kind))) {
      rmSync(path.join(routeCache, kind, key, "$", "s"), { recursive: true, force: true });
      rmSync(path.join(routeCache, kind, key, "$", "api", "storefront-cache"), { recursive: true, force: true });
    }
  }
}

/** The environment a benchmark's build and server run with: its database and data folder, a fresh secret, the ceiling pages built. */
export function benchEnv(databaseUrl: string, dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
    MINISHOP_BENCH_STATIC: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

export function hasBuild(distDir: string) {
  return existsSync(path.join(distDir, "BUILD_ID"));
}

export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer().once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port in ${from}–${from + 99}`);
}

export type Server = { origin: string; pid: number; logFile: string; stop: () => void; statements: () => Promise<number> };

export async function startServer(options: { distDir: string; port: number; env: NodeJS.ProcessEnv; logFile: string }): Promise<Server> {
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = openSync(options.logFile, "w");
  // Bound to "localhost", not "127.0.0.1": with -H 127.0.0.1, Next.js 16.4 takes proxy.ts's
  // rewrites for another origin and proxies them to itself in a loop (vercel/next.js#94745).
  const origin = `http://localhost:${options.port}`;
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(options.port), "-H", "localhost"], {
    env: {
      ...options.env,
      NEXT_DIST_DIR: options.distDir,
      NODE_ENV: "production",
      PORT: String(options.port),
      APP_URL: origin,
      MINISHOP_SUPERVISED: "1",
      NODE_OPTIONS: `${options.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(path.resolve("scripts/bench/count-queries.mjs")).href}`.trim(),
    },
    stdio: ["ignore", log, log, "ipc"],
    detached: true, // its own process group, so stop() ends anything it starts as well
  });
  closeSync(log);
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      child.kill("SIGTERM");
    }
  };
  process.once("exit", stop); // whatever happens to the benchmark, the server goes with it

  /** SQL statements the server has sent so far (scripts/bench/count-queries.mjs). */
  const statements = () =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("The server did not report its SQL statements")), 5000);
      const listen = (message: { type?: string; statements?: number }) => {
        if (message?.type !== "bench:statements") return;
        clearTimeout(timer);
        child.off("message", listen);
        resolve(message.statements ?? 0);
      };
      child.on("message", listen);
      child.send({ type: "bench:statements" });
    });

  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${tail(options.logFile)}`);
    try {
      const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return { origin, pid: child.pid!, logFile: options.logFile, stop, statements };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`The server did not answer /api/health within 90 s:\n${tail(options.logFile)}`);
}

export function tail(file: string, lines = 30) {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}
