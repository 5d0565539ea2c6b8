// Reads the dev outbox written by sendMail when SMTP_URL is not set.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { outboxDir, type StoredMail } from "./send";

export type { StoredMail };

/** Every stored message, newest first. */
export async function listOutbox(): Promise<StoredMail[]> {
  const dir = outboxDir();
  const files = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  const mails = await Promise.all(
    files.filter((name) => name.endsWith(".json")).map(async (name) => JSON.parse(await readFile(path.join(dir, name), "utf8")) as StoredMail),
  );
  return mails.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The newest message sent to `email` (case-insensitive), or null. */
export async function latestMailTo(email: string): Promise<StoredMail | null> {
  const wanted = email.trim().toLowerCase();
  return (await listOutbox()).find((mail) => mail.to.trim().toLowerCase() === wanted) ?? null;
}

/** The outbox is shown in development, and anywhere mail isn't going out over SMTP. */
export function outboxEnabled() {
  return process.env.NODE_ENV === "development" || !process.env.SMTP_URL;
}
