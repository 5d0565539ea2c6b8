import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sweepSearchCache } from "./search-cache";

const HOUR = 3_600_000;
const hash = (key: string) => createHash("sha256").update(key).digest("hex");
const NOW = Date.parse("2026-11-23T12:00:00Z");
let dist: string;
const shopDir = (shop: string) => path.join(dist, "server", "route-cache", "APP_PAGE", "build1", "$", "s", shop, "default");

/** A cached page as Next.js writes it: .meta, .html, .rsc and a .segments folder, written `hoursAgo`. */
function cachedPage(dir: string, stem: string, hoursAgo: number) {
  mkdirSync(path.join(dir, `${stem}.segments`), { recursive: true });
  writeFileSync(path.join(dir, `${stem}.segments`, "_full.segment.rsc"), "rsc");
  for (const ext of [".meta", ".html", ".rsc"]) {
    writeFileSync(path.join(dir, stem + ext), "x");
    const at = new Date(NOW - hoursAgo * HOUR);
    utimesSync(path.join(dir, stem + ext), at, at);
  }
  return (ext = ".html") => existsSync(path.join(dir, stem + ext));
}

beforeEach(() => {
  dist = mkdtempSync(path.join(tmpdir(), "minishop-search-cache-"));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe("sweepSearchCache", () => {
  it("deletes searches older than a day, whole, and nothing else", async () => {
    const results = path.join(shopDir("demo"), "search", "results");
    const fresh = cachedPage(results, "q=linen", 2);
    const stale = cachedPage(results, "q=mug", 30);
    const staleFiltered = cachedPage(path.join(results, "q=tote"), "min=1000", 48);
    const product = cachedPage(path.join(shopDir("demo"), "p"), "old-mug", 500); // product pages are not searches

    expect(await sweepSearchCache(dist, { now: NOW })).toEqual({ pages: 2, dataEntries: 0 });
    expect(fresh()).toBe(true);
    for (const ext of [".meta", ".html", ".rsc", ".segments"]) {
      expect(stale(ext)).toBe(false);
      expect(staleFiltered(ext)).toBe(false);
    }
    expect(product()).toBe(true);
  });

  it("keeps at most maxPages searches across shops, the most recent", async () => {
    const a = path.join(shopDir("a"), "search", "results");
    const b = path.join(shopDir("b"), "search", "results");
    const pages = [cachedPage(a, "q=one", 1), cachedPage(b, "q=two", 2), cachedPage(a, "q=three", 3), cachedPage(b, "q=four", 4)];
    expect((await sweepSearchCache(dist, { now: NOW, maxPages: 2 })).pages).toBe(2);
    expect(pages.map((exists) => exists())).toEqual([true, true, false, false]);
  });

  it("does nothing when nothing is cached yet", async () => {
    expect(await sweepSearchCache(path.join(dist, "missing"), { now: NOW })).toEqual({ pages: 0, dataEntries: 0 });
  });

  it("deletes data-cache entries older than a day, and beyond the cap the oldest", async () => {
    const dir = path.join(dist, "cache", "fetch-cache");
    mkdirSync(dir, { recursive: true });
    const entry = (name: string, hoursAgo: number) => {
      writeFileSync(path.join(dir, name), "{}");
      utimesSync(path.join(dir, name), new Date(NOW - hoursAgo * HOUR), new Date(NOW - hoursAgo * HOUR));
      return () => existsSync(path.join(dir, name));
    };
    const kept = [entry(hash("a1"), 1), entry(hash("a2"), 2), entry(hash("a3"), 3), entry("tags-manifest.json", 100)];
    const old = entry(hash("b1"), 25);
    expect((await sweepSearchCache(dist, { now: NOW })).dataEntries).toBe(1);
    expect(kept.map((exists) => exists())).toEqual([true, true, true, true]);
    expect(old()).toBe(false);
    expect((await sweepSearchCache(dist, { now: NOW, maxPages: 0.4 })).dataEntries).toBe(1); // cap 2
    expect(kept.map((exists) => exists())).toEqual([true, true, false, true]);
  });
});
