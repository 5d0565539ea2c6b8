// Uploaded files on local disk, under ${DATA_DIR}/uploads/. Keys are content-hashed paths
// such as "images/3f2a….webp", so a key never changes meaning and can be cached forever.
import { mkdir, readFile as readFromDisk, rename, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";

// Lower-case segments of [a-z0-9_.-] joined by "/": nothing absolute, nothing to escape with.
const KEY_PATTERN = /^[a-z0-9_.-]+(\/[a-z0-9_.-]+)*$/;

export function isValidKey(key: string): boolean {
  if (key.length > 200 || !KEY_PATTERN.test(key)) return false;
  // No ".", "..", hidden files or "a..b": a segment starts with a letter, digit or "_".
  return key.split("/").every((segment) => !segment.startsWith(".") && !segment.includes(".."));
}

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
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") return null;
    throw error;
  }
}

/** The public URL the app serves a stored file at (app/uploads/[...key]/route.ts). */
export function fileUrl(key: string): string {
  return `/uploads/${key}`;
}
