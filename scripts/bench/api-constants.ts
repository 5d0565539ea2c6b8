// The Storefront API benchmark's fixed values, shared by its seed (api-data.ts) and its ceiling
// route (app/(bench)/bench-api-static). No imports: the app bundles this file.
export const BENCH_SHOP = "bench-api";
export const BENCH_PRODUCTS = 1000;
/** The origin the shop allows: requests carrying it take the per-request (browser) path. */
export const BENCH_ORIGIN = "https://app.bench.example";
export const BENCH_DESCRIPTION =
  "Made in small batches by a family workshop from heavy, stonewashed linen. Every piece is finished by hand, so no two are exactly alike, and it is built to be used every day for years: wash it at 40 °C, dry it flat, and it only gets softer.";
