import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import path from "node:path";
import { searchRewrites } from "./lib/catalog/search-key";
import { storefrontLocaleRewrites } from "./lib/i18n/locales";
import { storefrontApiRewrites } from "./lib/storefront-api/rewrites";

// Security headers, set once for every route. The storefront may be framed only by
// the shop's own embed (app/embed, lib/miniapp/embed.ts), so frame-ancestors is 'self' here.
const isDev = process.env.NODE_ENV !== "production";
// Pictures linked straight to the bucket or its CDN (S3_PUBLIC_URL, lib/storage): built into
// the headers, so scripts/start.ts rebuilds when it changes.
const pictureOrigin = URL.canParse(process.env.S3_PUBLIC_URL ?? "") ? ` ${new URL(process.env.S3_PUBLIC_URL!).origin}` : "";
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob:${pictureOrigin}`,
  "font-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self' https://checkout.stripe.com https://connect.stripe.com",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A separate build folder per checkout or test run (NEXT_DIST_DIR) lets two servers build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden() from next/navigation: the 403 page for signed-in users without the role.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@prisma/schema-engine-wasm", "pg-boss", "sharp"],
  // Cached pages served from memory, not re-read from disk: a page's entry is ~120 KB, so the
  // default 50 MB held ~400 of them and a catalogue's pages were served at a third of the speed.
  // PAGE_CACHE_MB sizes it per server (measured, same machine: 1,500 product pages at 93-177 req/s
  // with 50 MB, 596-822 with 512 MB; with searches cached too, ~4,300 pages, 512 MB evicted and
  // put the product page's p99 at 375 ms, 1,024 MB held them all at 70 ms). With REDIS_URL the
  // cache lives in Redis instead (see the export below).
  cacheMaxMemorySize: Number(process.env.PAGE_CACHE_MB || 1024) * 1024 * 1024,
  // Storefront pages in the shopper's language, each language cached apart (see the function).
  // Searches first: a canonical one becomes a cacheable path, which the locale rules then take.
  async rewrites() {
    // Public Storefront API reads without Origin: served from the route cache (see the function).
    return { beforeFiles: [...searchRewrites(), ...storefrontLocaleRewrites(), ...storefrontApiRewrites()] };
  },
  async headers() {
    // /embed/* (a shop's mini-program, framed by the sites the shop allows) sends its own policy.
    return [{ source: "/:path((?!embed/).*)", headers: securityHeaders }];
  },
};

// Several app servers: with REDIS_URL, pages and cached data live in Redis (cache-handler.mjs), so a
// tag expired on one server is expired on all. Read when the server starts, not baked into the
// build: the build itself writes its prerendered pages to disk as usual and needs no Redis.
export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) return nextConfig;
  return { ...nextConfig, cacheHandler: path.join(process.cwd(), "cache-handler.mjs"), cacheMaxMemorySize: 0 };
}
