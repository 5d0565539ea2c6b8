// Shop addresses (/s/<slug>). The rules live here so the form, the server and the live
// suggestion agree: a suggestion that the validator then refuses would be a trap.
import { reservedShopSlugs } from "./permissions";

export const SLUG_MIN = 3;
export const SLUG_MAX = 48;

/** Lower-case letters, digits and dashes; starts and ends with a letter or digit. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export function isReservedSlug(slug: string) {
  return reservedShopSlugs.has(slug);
}

/**
 * An address made from the shop's name: "Café Lumière" → "cafe-lumiere". Accents are
 * dropped, anything else becomes a dash. Returns "" when nothing usable is left (a name in
 * Chinese, say), so the merchant types one; too short or reserved gets "-shop" added.
 */
export function suggestSlug(name: string): string {
  let slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // combining accents left by NFKD
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!slug) return "";
  if (slug.length > SLUG_MAX) slug = slug.slice(0, SLUG_MAX).replace(/-+$/, "");
  if (slug.length < SLUG_MIN || isReservedSlug(slug)) slug = `${slug}-shop`;
  return slug;
}
