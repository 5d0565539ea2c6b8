// npm start — the whole app in one command:
//  1. the database: DATABASE_URL when set, else the embedded PGlite under .data/ (kept across restarts);
//  2. migrations, then the demo seed on the first run;
//  3. a production build when the sources changed since the last one (`--dev`: next dev instead);
//  4. Next.js, as a child process that exits with this one (it is told through an IPC channel).
// Ctrl-C stops Next.js first, then the embedded database, so nothing is left running.
import { spawn } from "node:child_process";
import path from "node:path";
import { openDatabase, dataDir } from "./lib/database";
import { authSecret, buildIfNeeded, emptyRuntimeCaches, migrateAndSeed, nextBin } from "./lib/app";
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

const { url, embedded } = await openDatabase({ port: process.env.EMBEDDED_DB_PORT ? Number(process.env.EMBEDDED_DB_PORT) : undefined });
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await embedded?.stop().catch(() => {});
  process.exit(code);
}

try {
  await migrateAndSeed(url);
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

if (!dev && !buildIfNeeded(env)) await shutdown(1);
if (!dev) emptyRuntimeCaches();

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
