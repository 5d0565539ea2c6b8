// Which storage driver runs, from the S3_* variables (validated in lib/env.ts). No Node.js
// here: urls.ts, and through it the shop forms, read the public base from this module.
import { storageEnv } from "@/lib/env";

export type S3Config = {
  bucket: string;
  endpoint: string | undefined; // unset: AWS S3 itself
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
  publicUrl: string | undefined; // without a trailing slash
};
export type StorageConfig = { driver: "local"; publicUrl?: undefined } | ({ driver: "s3" } & S3Config);

/** Parses the variables; throws "Invalid environment: …" naming each wrong one. */
export function storageConfig(source: Record<string, string | undefined> = process.env): StorageConfig {
  const vars = storageEnv(source);
  if (!vars.S3_BUCKET) return { driver: "local" };
  return {
    driver: "s3",
    bucket: vars.S3_BUCKET,
    endpoint: vars.S3_ENDPOINT,
    region: vars.S3_REGION,
    // Both are required with S3_BUCKET: storageEnv has already refused their absence.
    accessKeyId: vars.S3_ACCESS_KEY_ID ?? "",
    secretAccessKey: vars.S3_SECRET_ACCESS_KEY ?? "",
    forcePathStyle: vars.S3_FORCE_PATH_STYLE,
    publicUrl: vars.S3_PUBLIC_URL?.replace(/\/+$/, ""),
  };
}

const VARIABLES = ["S3_BUCKET", "S3_ENDPOINT", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE", "S3_PUBLIC_URL"];
let current: { fingerprint: string; config: StorageConfig } | undefined;

/** The configuration in force: parsed once, again only if the variables change (tests do). */
export function currentStorageConfig(): StorageConfig {
  const fingerprint = JSON.stringify(VARIABLES.map((name) => process.env[name] ?? null));
  if (current?.fingerprint !== fingerprint) current = { fingerprint, config: storageConfig() };
  return current.config;
}
