// What `npm start` and `npm run cluster` both do before a server starts: the database migrated
// and seeded, the auth secret, a build when the sources changed, Next's runtime caches emptied.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "@/lib/db/migrate";
import { dataDir } from "./database";

export const nextBin = path.resolve("node_modules/next/dist/bin/next");
export const distDir = process.env.NEXT_DIST_DIR || ".next";

/** Pending migrations, then the demo seed on the first run (unless SEED=false). */
export async function migrateAndSeed(url: string) {
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  if (process.env.SEED === "false") return;
  process.env.DATABASE_URL = url;
  const [{ db }, { seedDemo }] = await Promise.all([import("@/lib/db/client"), import("@/lib/seed/demo")]);
  if ((await db.shop.count()) === 0) {
    const seeded = await seedDemo(db);
    console.log(`Seeded the demo shop at /s/${seeded.shopSlug}. Demo accounts (for local use only):`);
    for (const a of seeded.accounts) console.log(`  ${a.role.padEnd(8)} ${a.email} / ${a.password}`);
  }
  await db.$disconnect();
}

export function authSecret() {
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
  const files = ["next.config.ts", "cache-handler.mjs", "package-lock.json", "postcss.config.mjs"].map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0));
  return Math.max(...sources, ...files) > built;
}

/** A production build when there is none or the sources changed since; false when the build failed. */
export function buildIfNeeded(env: NodeJS.ProcessEnv): boolean {
  if (!needsBuild()) return true;
  console.log("Building the app (first start or sources changed)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
  if (build.status !== 0) return false;
  writeFileSync(buildSettingsFile, buildSettings);
  return true;
}

/**
 * Storefront pages and data that an earlier run cached may come from another database (a new
 * embedded one, a restore, each e2e run): start with Next.js's runtime caches empty. The build's
 * own prerendered pages stay.
 */
export function emptyRuntimeCaches() {
  for (const dir of ["cache/fetch-cache", "server/route-cache"]) rmSync(path.join(distDir, dir), { recursive: true, force: true });
}
