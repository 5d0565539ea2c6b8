// Several production servers of one build against one PostgreSQL and one Redis, behind the local
// proxy: the setup docs/deploy.md describes, on one machine. Used by `npm run cluster`, its test
// (tests/cluster) and the checkout benchmark.
import path from "node:path";
import { createClient } from "@redis/client";
import { startProxy, type Proxy } from "./proxy";
import { freePort, startServer, type Server } from "./server";

export type Cluster = { proxy: Proxy; servers: Server[]; stop: () => Promise<void> };

export type ClusterOptions = {
  databaseUrl: string;
  redisUrl: string;
  /** Keys of this cluster's page cache in Redis; deleted at the start, as `npm start` empties Next's cache folders. */
  redisKeyPrefix: string;
  distDir: string;
  dataDir: string;
  /** The proxy's port; the servers take the free ports after it. */
  port: number;
  servers?: number;
  env?: NodeJS.ProcessEnv;
  countQueries?: boolean;
};

/** Deletes the keys under `prefix` (SCAN + UNLINK: never blocks a Redis others use too). */
export async function clearRedisPrefix(redisUrl: string, prefix: string) {
  if (!prefix) throw new Error("A Redis key prefix is required: the whole database is never cleared");
  const client = createClient({ url: redisUrl });
  await client.connect();
  try {
    // node-redis 5 yields each SCAN call's keys as one array.
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) if (keys.length) await client.unlink(keys);
  } finally {
    client.destroy();
  }
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  await clearRedisPrefix(options.redisUrl, options.redisKeyPrefix);
  const proxyPort = await freePort(options.port);
  const ports: number[] = [];
  for (let i = 0; i < (options.servers ?? 2); i++) ports.push(await freePort((ports.at(-1) ?? proxyPort) + 1));
  const appUrl = `http://localhost:${proxyPort}`;
  const env: NodeJS.ProcessEnv = {
    ...(options.env ?? process.env),
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    REDIS_KEY_PREFIX: options.redisKeyPrefix,
    DATA_DIR: options.dataDir, // one machine: mail outbox and uploads shared as S3 and SMTP would be
    TRUSTED_IP_HEADER: "x-real-ip", // set by the proxy
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const started = await Promise.allSettled(
    ports.map((port, i) =>
      startServer({
        distDir: options.distDir,
        port,
        env,
        appUrl,
        countQueries: options.countQueries,
        logFile: path.join(options.dataDir, `server-${i + 1}.log`),
      }),
    ),
  );
  const servers = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failed = started.find((s) => s.status === "rejected");
  if (failed) {
    for (const server of servers) server.stop();
    throw failed.reason;
  }
  const proxy = await startProxy(
    proxyPort,
    servers.map((s) => s.origin),
  );
  return {
    proxy,
    servers,
    async stop() {
      await proxy.close();
      for (const server of servers) server.stop();
    },
  };
}
