import { defineConfig } from "prisma/config";

// The datasource URL is only needed by CLI commands that talk to a database;
// Minishop applies migrations through its own scripts (scripts/db-migrate.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
