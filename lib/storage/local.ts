// Uploaded files on local disk, under ${DATA_DIR}/uploads/ (the default driver). Keys are
// content-hashed paths such as "images/3f2a….webp", so a key never changes meaning.
import { createReadStream } from "node:fs";
import { mkdir, readFile as readFromDisk, rename, stat, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { Readable } from "node:stream";
import { isValidKey } from "./keys";
import type { Storage, StoredObject } from "./storage";

export { isValidKey };

// Read at call time, not import time: scripts and tests set DATA_DIR after loading modules.
export function uploadsDir(): string {
  return path.resolve(process.env.DATA_DIR ?? ".data", "uploads");
}

function pathFor(key: string): string {
  if (!isValidKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
  const base = uploadsDir();
  const full = path.resolve(base, key);
  // Belt and braces: the pattern already rules out escaping the folder.
  if (!full.startsWith(base + path.sep)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
  return full;
}

const isMissing = (error: unknown) => ["ENOENT", "EISDIR", "ENOTDIR"].includes((error as NodeJS.ErrnoException).code ?? "");

/** Writes atomically (temp file + rename), so a reader never sees half a file. */
export async function saveFile(key: string, data: Buffer): Promise<void> {
  const full = pathFor(key);
  await mkdir(path.dirname(full), { recursive: true });
  const temp = `${full}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(temp, data);
  await rename(temp, full);
}

/** The file's bytes, or null when there is no such file. */
export async function readFile(key: string): Promise<Buffer | null> {
  try {
    return await readFromDisk(pathFor(key));
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

async function streamFile(key: string): Promise<StoredObject | null> {
  const full = pathFor(key);
  const info = await stat(full).catch((error: unknown) => (isMissing(error) ? null : Promise.reject(error)));
  if (!info?.isFile()) return null;
  return { body: Readable.toWeb(createReadStream(full)) as ReadableStream<Uint8Array>, size: info.size };
}

/** The public URL the app serves a stored file at (app/uploads/[...key]/route.ts). */
export function fileUrl(key: string): string {
  return `/uploads/${key}`;
}

export const diskStorage: Storage = { save: saveFile, read: readFile, stream: streamFile, publicUrl: fileUrl };
