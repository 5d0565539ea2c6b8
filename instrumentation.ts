// Runs once when the Next.js server starts.
export async function register() {
  // Written as this exact test so the edge build drops the branch (and never bundles Prisma).
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Under `npm start` the server is a child of the process that holds the embedded database:
    // when that parent goes away (even killed), the IPC channel closes and the server exits too
    // instead of lingering on the port.
    if (process.env.MINISHOP_SUPERVISED === "1" && typeof process.send === "function") {
      process.on("disconnect", () => process.exit(0));
    }
    // Background jobs (lib/jobs: pg-boss), worked by every server; not while `next build` loads the app to prerender it.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      try {
        const { startJobs } = await import("@/lib/jobs/jobs");
        await startJobs();
      } catch (error) {
        console.error("Background jobs not started", error); // the server still serves; the cron route still works
      }
      // Cached searches on disk kept to a day and a cap (lib/catalog/search-cache.ts), every 10 minutes.
      // With REDIS_URL nothing is cached on disk: Redis entries expire by themselves (cache-handler.mjs).
      if (!process.env.REDIS_URL) {
        const { sweepSearchCache } = await import("@/lib/catalog/search-cache");
        const distDir = process.env.NEXT_DIST_DIR || ".next";
        const sweep = () => void sweepSearchCache(distDir).catch((error) => console.error("Sweeping cached searches failed", error));
        setInterval(sweep, 10 * 60_000).unref();
      }
    }
  }
}
