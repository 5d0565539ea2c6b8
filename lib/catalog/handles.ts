// Handles are the readable part of a product or collection URL (/s/shop/products/<handle>):
// lowercase ASCII words joined by dashes, unique within a shop.
import type { Db } from "@/lib/core/db";

export const MAX_HANDLE_LENGTH = 80;
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Letters NFKD does not decompose into ASCII + accents.
const LIGATURES: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  Æ: "ae",
  œ: "oe",
  Œ: "oe",
  ø: "o",
  Ø: "o",
  đ: "d",
  Đ: "d",
  ł: "l",
  Ł: "l",
  þ: "th",
  Þ: "th",
  ð: "d",
  Ð: "d",
  ı: "i",
};

/**
 * "Crème Brûlée T-Shirt" → "creme-brulee-t-shirt". Titles with no Latin letters or digits
 * (e.g. only Chinese) get a short random id: a handle must be ASCII, and guessing a
 * transliteration would be worse than an honest id the merchant can edit.
 */
export function slugify(title: string): string {
  const ascii = title
    .normalize("NFKD") // "é" → "e" + accent, "ﬁ" → "fi", full-width "Ａ" → "A"
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ßæÆœŒøØđĐłŁþÞðÐı]/g, (c) => LIGATURES[c])
    .replace(/['’]/g, "") // "Kids' Tee" → "kids-tee", not "kids-tee" with a stray dash
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_HANDLE_LENGTH)
    .replace(/^-+|-+$/g, "");
  return ascii || randomId();
}

// Web Crypto, not node:crypto: the product editor suggests handles in the browser too.
function randomId(): string {
  // 8 characters of [a-z0-9]: base36 of 6 random bytes.
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, "0")).join("");
  return BigInt(`0x${hex}`).toString(36).padStart(8, "0").slice(-8);
}

/**
 * A handle based on `base` that no other product (or collection) of the shop uses:
 * "tee", then "tee-2", "tee-3"… Still re-check on write: the unique index has the last word.
 */
export async function uniqueHandle(db: Db, shopId: string, base: string, kind: "product" | "collection" = "product"): Promise<string> {
  const root = slugify(base);
  // Every candidate starts with the first 70 characters of the root (a suffix takes ≤ 10).
  const where = { shopId, handle: { startsWith: root.slice(0, MAX_HANDLE_LENGTH - 10) } };
  const rows =
    kind === "product" ? await db.product.findMany({ where, select: { handle: true } }) : await db.collection.findMany({ where, select: { handle: true } });
  const taken = new Set(rows.map((r) => r.handle));
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = root.slice(0, MAX_HANDLE_LENGTH - suffix.length).replace(/-+$/, "") + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
