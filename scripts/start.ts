// npm start — the whole app in one command:
//  1. the database: DATABASE_URL when set, else the embedded PGlite under .data/ (kept across restarts);
//  2. migrations, then the demo seed on the first run;
//  3. a production build when the sources changed since the last one (`--dev`: next dev instead);
//  4. Next.js, as a child process that exits with this one (it is told through an IPC channel).
// Ctrl-C stops Next.js first, then the embedded database, so nothing is left running.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { openDatabase, dataDir } from "./lib/database";
import { applyMigrations } from "@/lib/db/migrate";
import { storageConfig } from "@/lib/storage/config";

const dev = process.argv.includes("--dev");

// A wrong storage setting (S3_BUCKET without credentials, …) stops here, before any work.
try {
  storageConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.resolve("node_modules/next/dist/bin/next");
const distDir = process.env.NEXT_DIST_DIR || ".next";

function authSecret() {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  // A per-installation secret, kept with the data so sessions survive restarts.
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function newestSource(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".") || entry.name === "generated") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

// Settings next.config.ts builds into the app (S3_PUBLIC_URL: the pictures' origin in the CSP).
const buildSettings = JSON.stringify({ S3_PUBLIC_URL: process.env.S3_PUBLIC_URL ?? "" });
const buildSettingsFile = path.join(distDir, "minishop-build-settings.json");

function needsBuild() {
  const buildId = path.join(distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  if (!existsSync(buildSettingsFile) || readFileSync(buildSettingsFile, "utf8") !== buildSettings) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "public"].map(newestSource);
  const files = ["next.config.ts", "package-lock.json", "postcss.config.mjs"].map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0));
  return Math.max(...sources, ...files) > built;
}

const { url, embedded } = await openDatabase({ port: process.env.EMBEDDED_DB_PORT ? Number(process.env.EMBEDDED_DB_PORT) : undefined });
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await embedded?.stop().catch(() => {});
  process.exit(code);
}

try {
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);

  process.env.DATABASE_URL = url;
  if (process.env.SEED !== "false") {
    const [{ db }, { seedDemo }] = await Promise.all([import("@/lib/db/client"), import("@/lib/seed/demo")]);
    if ((await db.shop.count()) === 0) {
      const seeded = await seedDemo(db);
      console.log(`Seeded the demo shop at /s/${seeded.shopSlug}. Demo accounts (for local use only):`);
      for (const a of seeded.accounts) console.log(`  ${a.role.padEnd(8)} ${a.email} / ${a.password}`);
    }
    await db.$disconnect();
  }
} catch (error) {
  console.error(error);
  await shutdown(1);
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: url,
  PORT: String(port),
  APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
  BETTER_AUTH_SECRET: authSecret(),
  DATA_DIR: dataDir,
  // PGlite is ONE database session behind the socket server, which interleaves the protocol
  // messages of concurrent connections: two connections' queries can step on each other's
  // unnamed portal. One connection serialises them cleanly (PGlite runs one query at a time anyway).
  ...(embedded ? { DATABASE_POOL_MAX: "1" } : {}),
  MINISHOP_SUPERVISED: "1",
  NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
};

if (!dev && needsBuild()) {
  console.log("Building the app (first start or sources changed)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
  if (build.status !== 0) await shutdown(build.status ?? 1);
  writeFileSync(buildSettingsFile, buildSettings);
}

// Storefront pages and data that an earlier run cached may come from another database (a new
// embedded one, a restore, each e2e run): start with Next.js's runtime caches empty. The build's
// own prerendered pages stay.
if (!dev) for (const dir of ["cache/fetch-cache", "server/route-cache"]) rmSync(path.join(distDir, dir), { recursive: true, force: true });

const where = embedded ? `embedded PostgreSQL (PGlite), data in ${path.join(dataDir, "pglite")}` : "DATABASE_URL";
console.log(`Minishop on http://localhost:${port} — database: ${where}`);
const next = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port)], { stdio: ["inherit", "inherit", "inherit", "ipc"], env });
next.on("exit", (code) => void shutdown(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (next.exitCode === null) next.kill("SIGTERM");
    else void shutdown(0);
  });
}
