// Shared by the scripts: the database to work on is DATABASE_URL when set, else the
// embedded PGlite under DATA_DIR (default .data/), started for the script and stopped after.
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";

export const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");

export async function openDatabase(options: { port?: number } = {}): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite"), port: options.port });
  return { url: embedded.url, embedded };
}

export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const { url, embedded } = await openDatabase();
  try {
    return await work(url);
  } finally {
    await embedded?.stop();
  }
}
