import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Marks modules that must never reach the browser; importing it outside Next.js is fine in tests.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/schema-per-file.ts", "tests/support/session.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // PGlite is a single session shared by every connection (search_path included), so
          // files take turns on it; a real PostgreSQL runs two at a time.
          maxWorkers: process.env.TEST_DATABASE_URL ? 2 : 1,
        },
      },
    ],
  },
});
