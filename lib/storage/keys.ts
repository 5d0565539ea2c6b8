// Storage keys and what they are served as. Shared by both drivers and, through urls.ts,
// by forms in the browser: nothing here may touch Node.js.

// Lower-case segments of [a-z0-9_.-] joined by "/": nothing absolute, nothing to escape with.
const KEY_PATTERN = /^[a-z0-9_.-]+(\/[a-z0-9_.-]+)*$/;

export function isValidKey(key: string): boolean {
  if (key.length > 200 || !KEY_PATTERN.test(key)) return false;
  // No ".", "..", hidden files or "a..b": a segment starts with a letter, digit or "_".
  return key.split("/").every((segment) => !segment.startsWith(".") && !segment.includes(".."));
}

// Files only their access-checked routes serve (a shop's review documents): /uploads refuses
// them, and with S3_PUBLIC_URL the bucket's public policy must leave this prefix out (README).
export const PRIVATE_PREFIX = "private/";

export const isPrivateKey = (key: string) => key.startsWith(PRIVATE_PREFIX);

// Raster images only: an SVG could carry script and run on whichever origin serves it.
const IMAGE_TYPES: Record<string, string> = { webp: "image/webp", png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", avif: "image/avif" };

/** The Content-Type a key is served with, or null when it is not an image we serve. */
export function imageContentType(key: string): string | null {
  const extension = /\.([a-z0-9]+)$/.exec(key)?.[1];
  return (extension && IMAGE_TYPES[extension]) || null;
}

/** Keys are content-hashed: a key never changes meaning, so its bytes are cached forever. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
