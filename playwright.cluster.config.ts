import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// tests/cluster: two production servers on one PostgreSQL and one Redis behind the local proxy,
// started by the same `npm run cluster` users run (scripts/e2e.ts --cluster prepares the database,
// Redis key prefix and port). The tests share that one cluster and run in order: the last kills a server.
const port = Number(process.env.CLUSTER_PORT ?? 3150);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  ...base,
  testDir: "tests/cluster",
  timeout: 5 * 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0, // a test that kills a server can't be run twice on the same cluster
  use: { ...base.use, baseURL },
  webServer: {
    command: `node node_modules/tsx/dist/cli.mjs scripts/cluster.ts --port ${port}`,
    url: `${baseURL}/api/health`,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      APP_URL: baseURL,
      // Checkouts hold their stock one minute, so a reservation left behind by a killed server is released within the test.
      CHECKOUT_RESERVATION_MINUTES: "1",
      AUTH_RATE_LIMIT_MAX: "5",
    },
  },
});
