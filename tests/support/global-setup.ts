// Integration tests run against a real PostgreSQL: TEST_DATABASE_URL when set (CI uses the
// machine's PostgreSQL 15), else a throwaway in-memory PGlite served on a local port.
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "@/lib/db/embedded";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("databaseUrl", process.env.TEST_DATABASE_URL);
    return;
  }
  const embedded = await startEmbeddedDatabase({ maxConnections: 16 });
  project.provide("databaseUrl", embedded.url);
  return () => embedded.stop();
}
