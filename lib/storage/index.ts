// The app's file storage: local disk by default, an S3-compatible bucket when S3_BUCKET is
// set (see README, "Storage"). Callers use storage() and never learn which one runs.
import { currentStorageConfig, type StorageConfig } from "./config";
import { diskStorage } from "./local";
import { createS3Storage } from "./s3";
import type { Storage } from "./storage";

export type { Storage, StoredObject } from "./storage";
export { isValidKey } from "./keys";

let current: { config: StorageConfig; storage: Storage } | undefined;

/** The driver in force; its S3 client is made once and kept while the configuration holds. */
export function storage(): Storage {
  const config = currentStorageConfig();
  if (current?.config !== config) current = { config, storage: config.driver === "s3" ? createS3Storage(config) : diskStorage };
  return current.storage;
}

/** The address pages link to for a stored file. */
export function fileUrl(key: string): string {
  return storage().publicUrl(key);
}
