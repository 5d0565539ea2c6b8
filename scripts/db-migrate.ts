// npm run db:migrate — applies prisma/migrations to DATABASE_URL, or to the embedded
// database under .data/ when DATABASE_URL is not set.
import { withDatabase } from "./lib/database";
import { applyMigrations } from "@/lib/db/migrate";

await withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
});
