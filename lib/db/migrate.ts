// Applies and writes Prisma migrations offline, through Prisma's schema engine compiled
// to WASM (@prisma/schema-engine-wasm): the native engine the Prisma CLI would download
// cannot be fetched on machines without internet (see docs/decisions/0001-offline-migrations.md).
// prisma/migrations keeps Prisma's standard layout, so `prisma migrate deploy` with the
// native engine gives the same result.
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
const root = process.cwd();
export const schemaPath = path.join(root, "prisma/schema.prisma");
export const migrationsDir = path.join(root, "prisma/migrations");

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

let wasmModule: Promise<{ SchemaEngine: { new: (o: unknown, cb: (msg: string) => void, a: unknown) => Promise<Engine> } }> | undefined;

// The engine races its advisory lock (`pg_advisory_lock`) against a 10 s timer it never clears
// (the glue imports no clearTimeout), which held every script open ~10 s after its work. Unref'd,
// the timer still fires while the engine waits on the database but no longer keeps Node alive.
function unrefTimers(glue: Record<string, unknown>) {
  const names = Object.keys(glue).filter((name) => name.startsWith("__wbg_setTimeout_"));
  const unrefd = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  return Object.fromEntries(names.map((name) => [name, unrefd]));
}

// Node cannot `import` a .wasm file, so the wasm-bindgen glue is wired up by hand.
function loadWasm() {
  wasmModule ??= (async () => {
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const dir = path.dirname(gluePath);
    const glue = await import(pathToFileURL(gluePath).href);
    const wasm = new WebAssembly.Module(readFileSync(path.join(dir, "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(wasm, { "./schema_engine_bg.js": { ...glue, ...unrefTimers(glue) } });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return glue;
  })();
  return wasmModule;
}

async function openEngine(url: string, schema?: string) {
  const { SchemaEngine } = await loadWasm();
  const datamodel = readFileSync(schemaPath, "utf8");
  const pool = catalogReadablePool(url);
  const adapter = migrationAdapter(pool, schema);
  const log = process.env.DEBUG_SCHEMA_ENGINE ? (m: string) => console.error(m) : () => {};
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, datamodel]] }, log, adapter);
  // Frees the engine and ends its pool, so a script can exit as soon as its work is done.
  return { engine, close: async () => (engine.free(), await pool.end()) };
}

// The engine reads the Postgres catalogue, whose internal one-byte "char" columns
// (pg_class.relkind, …; type OID 18) @prisma/adapter-pg 7.10 cannot map, while the engine
// expects them typed as Character. The pool marks such columns and the adapter wrapper
// below reports them as Character, so `diff` against a live database works.
const CHAR_MARK = "\u0000char";

function markCharColumns(result: pg.QueryResult | undefined) {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === 18) Object.assign(field, { dataTypeID: 25, name: field.name + CHAR_MARK });
  }
  return result;
}

function catalogReadablePool(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 1, allowExitOnIdle: true });
  const wrap = (target: { query: unknown }) => {
    const query = (target.query as (...a: unknown[]) => unknown).bind(target);
    target.query = (...args: unknown[]) => {
      if (typeof args.at(-1) === "function") return query(...args); // callback style, used inside pg-pool
      return (query(...args) as Promise<pg.QueryResult>).then(markCharColumns);
    };
  };
  wrap(pool as unknown as { query: unknown });
  pool.on("connect", (client) => wrap(client as unknown as { query: unknown }));
  return pool;
}

type ResultSet = { columnNames: string[]; columnTypes: number[] };
type Queryable = {
  queryRaw(q: unknown): Promise<ResultSet>;
  startTransaction?(...a: unknown[]): Promise<Queryable>;
  underlyingDriver?(): { query(sql: string): Promise<unknown> };
  onError?(error: unknown): never;
};

// adapter-pg 7.10 runs a migration script by splitting it on every ";", which breaks function
// bodies and DO blocks and applies half a migration when a statement fails. The native engine
// sends the script whole (the simple-query protocol runs it as one implicit transaction): so do we.
async function executeWholeScript(obj: Queryable, script: string) {
  try {
    await obj.underlyingDriver!().query(script);
  } catch (error) {
    if (obj.onError) obj.onError(error); // rethrows as the adapter's typed error
    throw error;
  }
}

function withCharColumns<T extends Queryable>(target: T): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (prop === "queryRaw") {
        return async (q: unknown) => {
          const result = await obj.queryRaw(q);
          result.columnNames.forEach((name, i) => {
            if (name.endsWith(CHAR_MARK)) {
              result.columnNames[i] = name.slice(0, -CHAR_MARK.length);
              result.columnTypes[i] = 6; // ColumnTypeEnum.Character
            }
          });
          return result;
        };
      }
      if (prop === "startTransaction") return async (...a: unknown[]) => withCharColumns(await obj.startTransaction!(...a));
      if (prop === "executeScript" && typeof obj.underlyingDriver === "function") return (script: string) => executeWholeScript(obj, script);
      return typeof value === "function" ? value.bind(obj) : value;
    },
  });
}

function migrationAdapter(pool: pg.Pool, schema?: string) {
  const factory = new PrismaPg(pool, schema ? { schema } : undefined);
  return bindMigrationAwareSqlAdapterFactory({
    adapterName: factory.adapterName,
    provider: factory.provider,
    connect: async () => withCharColumns((await factory.connect()) as unknown as Queryable) as never,
    connectToShadowDb: async () => withCharColumns((await factory.connectToShadowDb()) as unknown as Queryable) as never,
  });
}

export function readMigrations() {
  const directories = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockPath, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") } },
    })),
  };
}

const noFilters = { externalTables: [], externalEnums: [] };

/** Applies pending migrations (like `prisma migrate deploy`); returns the names applied. */
export async function applyMigrations(url: string, options: { schema?: string } = {}) {
  const { engine, close } = await openEngine(url, options.schema);
  try {
    const result = await engine.applyMigrations({ migrationsList: readMigrations(), filters: noFilters });
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}

/**
 * SQL that takes a database with every migration applied to the current schema.prisma.
 * `scratchUrl` must be an empty throwaway database (the shadow database).
 */
export async function pendingSchemaChange(scratchUrl: string) {
  const { engine, close } = await openEngine(scratchUrl);
  try {
    await engine.applyMigrations({ migrationsList: readMigrations(), filters: noFilters });
    const datamodel = readFileSync(schemaPath, "utf8");
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: [{ path: schemaPath, content: datamodel }], configDir: root },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: datamodel }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  } finally {
    await close();
  }
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql; returns its folder or null when nothing changed. */
export function writeMigration(name: string, sql: string, now = new Date()) {
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) return null;
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = `${stamp}_${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "")}`;
  mkdirSync(path.join(migrationsDir, folder), { recursive: true });
  writeFileSync(path.join(migrationsDir, folder, "migration.sql"), sql);
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  if (!existsSync(lockPath)) {
    writeFileSync(
      lockPath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  return folder;
}
