// Addresses of stored files, and which addresses are ours. Runs in the browser too (the shop
// settings form checks the logo's address before sending it).
import { currentStorageConfig } from "./config";
import { isValidKey } from "./keys";

const UPLOADS = "/uploads/";

/** "/uploads/<key>" (served by app/uploads), or "<S3_PUBLIC_URL>/<key>" when that is set. */
export function publicUrlFor(key: string, publicBase: string | undefined): string {
  return publicBase ? `${publicBase}/${key}` : `${UPLOADS}${key}`;
}

/**
 * The key behind one of our own addresses, else null. "/uploads/<key>" always counts: it is
 * what pictures uploaded before S3_PUBLIC_URL was set (or without it) are stored as.
 */
export function uploadedKey(url: string, publicBase: string | undefined = currentStorageConfig().publicUrl): string | null {
  const key = url.startsWith(UPLOADS) ? url.slice(UPLOADS.length) : publicBase && url.startsWith(`${publicBase}/`) ? url.slice(publicBase.length + 1) : null;
  return key !== null && isValidKey(key) ? key : null;
}

// What lib/images/process.ts names a picture.
const PICTURE_KEY = /^images\/[a-f0-9]{32}\.webp$/;
// The browser doesn't know S3_PUBLIC_URL: there any http(s) base passes, and the server,
// which parses the form again, accepts only its own.
const ANY_BASE = /^https?:\/\/[^\s?#]+?\/(images\/[^/]+)$/;

/** A picture uploaded through Minishop (a shop's logo or banner). */
export function isUploadedPicture(url: string): boolean {
  const key = typeof window === "undefined" ? uploadedKey(url) : url.startsWith(UPLOADS) ? url.slice(UPLOADS.length) : ANY_BASE.exec(url)?.[1];
  return !!key && PICTURE_KEY.test(key);
}
