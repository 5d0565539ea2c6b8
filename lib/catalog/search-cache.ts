// Every distinct search is a page in Next.js's page cache (docs/decisions/0005), written to disk
// under <distDir>/server/route-cache/APP_PAGE/<build>/$/s/<shop>/<locale>/search/results/, and a
// data-cache entry under <distDir>/cache/fetch-cache/ — folders scripts/start.ts empties on start.
// Nothing in Next.js bounds them, so a bot sending endless unique queries could fill the disk.
// This sweep deletes cached searches and data entries older than a day and, past a cap, the
// oldest ones. What was deleted is simply rendered or read again when next asked for.
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";

export const SEARCH_CACHE_LIMITS = { maxAgeMs: 24 * 3_600_000, maxPages: 20_000 }; // ~120 KB a page: ≤ ~2.4 GB

type CachedSearch = { files: string[]; writtenAt: number };

/** Entries of a folder, or none when it doesn't exist (nothing cached yet, another layout). */
async function entries(dir: string) {
  return readdir(dir, { withFileTypes: true }).catch(() => []);
}

/** Each cached page under a search results folder: its .meta, .html, .rsc and .segments, dated by its .meta. */
async function cachedSearches(dir: string, found: CachedSearch[] = []): Promise<CachedSearch[]> {
  const list = await entries(dir);
  const names = new Set(list.map((e) => e.name));
  for (const entry of list) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.endsWith(".segments")) await cachedSearches(full, found); // a filter level: q=…/min=…
    if (!entry.isFile() || !entry.name.endsWith(".meta")) continue;
    const stem = entry.name.slice(0, -".meta".length);
    const files = [".meta", ".html", ".rsc", ".segments"].filter((ext) => names.has(stem + ext)).map((ext) => path.join(dir, stem + ext));
    const written = await stat(full).catch(() => null);
    if (written) found.push({ files, writtenAt: written.mtimeMs });
  }
  return found;
}

/** The search results folders of every build, shop and language in the page cache. */
async function resultFolders(distDir: string) {
  const folders: string[] = [];
  const base = path.join(distDir, "server", "route-cache", "APP_PAGE");
  for (const build of await entries(base)) {
    const shops = path.join(base, build.name, "$", "s");
    for (const shop of await entries(shops)) {
      for (const locale of await entries(path.join(shops, shop.name))) {
        folders.push(path.join(shops, shop.name, locale.name, "search", "results"));
      }
    }
  }
  return folders;
}

/** Data-cache entries (one file each), dated by when they were written. */
async function dataEntries(distDir: string): Promise<CachedSearch[]> {
  const dir = path.join(distDir, "cache", "fetch-cache");
  const found: CachedSearch[] = [];
  for (const entry of await entries(dir)) {
    if (!entry.isFile() || !/^[0-9a-f]{64}$/.test(entry.name)) continue; // entries are named by their key's hash
    const written = await stat(path.join(dir, entry.name)).catch(() => null);
    if (written) found.push({ files: [path.join(dir, entry.name)], writtenAt: written.mtimeMs });
  }
  return found;
}

/**
 * Deletes cached searches older than maxAgeMs, then the oldest beyond maxPages; the same for
 * data-cache entries (a cap 5 × as high: a page reads several). Returns how many of each went.
 */
export async function sweepSearchCache(distDir: string, options: { now?: number } & Partial<typeof SEARCH_CACHE_LIMITS> = {}) {
  const { maxAgeMs, maxPages } = { ...SEARCH_CACHE_LIMITS, ...options };
  const now = options.now ?? Date.now();
  const pages: CachedSearch[] = [];
  for (const folder of await resultFolders(distDir)) await cachedSearches(folder, pages);
  return {
    pages: await removeOld(pages, now, maxAgeMs, maxPages),
    dataEntries: await removeOld(await dataEntries(distDir), now, maxAgeMs, maxPages * 5),
  };
}

async function removeOld(pages: CachedSearch[], now: number, maxAgeMs: number, maxPages: number) {
  pages.sort((a, b) => b.writtenAt - a.writtenAt); // newest first
  const doomed = pages.filter((page, i) => i >= maxPages || now - page.writtenAt > maxAgeMs);
  for (const page of doomed) for (const file of page.files) await rm(file, { recursive: true, force: true });
  return doomed.length;
}
