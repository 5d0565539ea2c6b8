// The embedded PostgreSQL: PGlite (Postgres compiled to WASM) served over the
// Postgres wire protocol, so the app talks to it exactly as to a real server.
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { mkdirSync } from "node:fs";

export type EmbeddedDatabase = { url: string; maxConnections: number; stop: () => Promise<void> };

/** Starts PGlite on `host:port` (port 0 picks a free one). `dataDir` undefined = in memory. */
export async function startEmbeddedDatabase(options: { dataDir?: string; port?: number; maxConnections?: number } = {}): Promise<EmbeddedDatabase> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // The extensions PostgreSQL ships in contrib that the migrations use (catalogue search).
  const pg = await PGlite.create(options.dataDir, { extensions: { pg_trgm, unaccent } });
  const maxConnections = options.maxConnections ?? 8;
  const server = new PGLiteSocketServer({ db: pg, host: "127.0.0.1", port: options.port ?? 0, maxConnections });
  await server.start();
  const address = server.getServerConn(); // "127.0.0.1:PORT"
  const url = `postgresql://postgres:postgres@${address}/postgres?sslmode=disable`;
  let stopped = false;
  return {
    url,
    maxConnections,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await pg.close();
    },
  };
}
