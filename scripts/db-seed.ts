// npm run db:seed — applies migrations, then seeds the demo shop into DATABASE_URL, or into
// the embedded database under .data/ when DATABASE_URL is not set. Safe to run again.
import { withDatabase } from "./lib/database";
import { applyMigrations } from "@/lib/db/migrate";

await withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);

  // lib/db/client reads DATABASE_URL when it is imported, so it is loaded only now.
  process.env.DATABASE_URL = url;
  // The embedded server accepts few connections; the seed needs one at a time anyway.
  process.env.DATABASE_POOL_MAX ??= "2";
  const [{ db }, { seedDemo }] = await Promise.all([import("@/lib/db/client"), import("@/lib/seed/demo")]);
  try {
    const started = Date.now();
    const seeded = await seedDemo(db);
    if (!seeded.created) {
      console.log(`The demo shop already exists at /s/${seeded.shopSlug}: nothing to do.`);
      return;
    }
    console.log(`Seeded the demo shop at /s/${seeded.shopSlug} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    console.log("Demo accounts (for local use only):");
    for (const a of seeded.accounts) console.log(`  ${a.role.padEnd(8)} ${a.email} / ${a.password}`);
  } finally {
    await db.$disconnect();
  }
});
