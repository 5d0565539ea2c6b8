// npm run db:migration -- <name>
// Writes a new migration from the difference between prisma/migrations and schema.prisma.
// The migrations are replayed on a throwaway in-memory PGlite (the "shadow database"),
// so neither the embedded nor a real database is touched.
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { pendingSchemaChange, writeMigration } from "@/lib/db/migrate";

const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:migration -- <name>   (e.g. add_product_vendor)");
  process.exit(2);
}
const shadow = await startEmbeddedDatabase({ maxConnections: 2 });
try {
  const sql = await pendingSchemaChange(shadow.url);
  const folder = writeMigration(name, sql);
  console.log(folder ? `Wrote prisma/migrations/${folder}/migration.sql` : "schema.prisma matches the migrations: nothing to write.");
} finally {
  await shadow.stop();
}
