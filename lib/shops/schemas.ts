// What a shop's forms accept, shared by the forms (instant feedback) and the server
// (lib/shops/shops.ts parses again: a server action is a public endpoint).
import { z } from "zod";
import { isSupportedCurrency } from "./currencies";
import { canonicalTimeZone, isTimeZone } from "./time-zones";
import { isReservedSlug, SLUG_MAX, SLUG_MIN, SLUG_PATTERN } from "./slug";
import { isUploadedPicture } from "@/lib/storage/urls";

export const SHOP_LOCALES = [
  { code: "en", label: "English" },
  { code: "fr", label: "Français" },
  { code: "zh-CN", label: "中文（简体）" },
] as const;
export type ShopLocale = (typeof SHOP_LOCALES)[number]["code"];

const NO_CONTROL_CHARS = /^[^\u0000-\u001f\u007f]*$/;

export const shopNameSchema = z
  .string({ error: "Enter the shop's name" })
  .trim()
  .min(1, "Enter the shop's name")
  .max(80, "Use at most 80 characters")
  .regex(NO_CONTROL_CHARS, "The name can't contain control characters");

export const slugSchema = z
  .string({ error: "Enter the shop's address" })
  .trim()
  .min(1, "Enter the shop's address")
  .min(SLUG_MIN, `Use at least ${SLUG_MIN} characters`)
  .max(SLUG_MAX, `Use at most ${SLUG_MAX} characters`)
  .regex(/^[a-z0-9-]*$/, "Use only lower-case letters (a–z), digits and dashes")
  .regex(SLUG_PATTERN, "Start and end with a letter or a digit")
  .refine((slug) => !isReservedSlug(slug), "This address is reserved: choose another one");

export const currencySchema = z
  .string({ error: "Choose a currency" })
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{3}$/.test(code) && isSupportedCurrency(code), "Choose a currency from the list");

export const localeSchema = z.enum(
  SHOP_LOCALES.map((l) => l.code),
  { error: "Choose English, French or Simplified Chinese" },
);

/** The IANA zone the dashboard counts days in; left out of the form means "keep it". */
export const timeZoneSchema = z
  .string({ error: "Choose a time zone" })
  .trim()
  .refine(isTimeZone, "Choose a time zone from the list")
  .transform(canonicalTimeZone);

export const contactEmailSchema = z
  .string({ error: "Enter an email shoppers can write to" })
  .trim()
  .min(1, "Enter an email shoppers can write to")
  .max(254, "Use at most 254 characters")
  .pipe(z.email("Enter a valid email address, like hello@example.com"));

const longText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max.toLocaleString("en")} characters`)
    .default("");

/** "#0F766E" or "#0f7" → "#0f766e": the storefront only accepts the six-digit form. */
export const themeColorSchema = z
  .string({ error: "Enter a colour" })
  .trim()
  .regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, "Enter a colour as # and 6 hex digits, like #0f766e")
  .transform((hex) => {
    const digits = hex.slice(1).toLowerCase();
    return `#${digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits}`;
  });

/** A percentage with up to two decimals ("20", "5.5", "7,25") → basis points (2000, 550, 725). */
export const taxRateSchema = z.coerce
  .string()
  .trim()
  .regex(/^\d{1,3}(?:[.,]\d{1,2})?$/, "Enter a percentage like 20 or 5.5 (0 if you don't charge tax)")
  .transform((text) => {
    const [whole, fraction = ""] = text.split(/[.,]/);
    return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  })
  .pipe(z.number().max(10_000, "The tax rate can't be above 100 %"));

/** A checkbox: present ("on") when ticked, absent when not. */
const checkbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/** An uploaded picture's URL, "" to remove it; left out of the form means "keep it". */
const uploadUrl = z
  .string()
  .trim()
  // Our own stored uploads only (lib/storage/urls.ts): no outside hosts, no data: URLs.
  .refine((url) => url === "" || isUploadedPicture(url), "Upload the picture again")
  .transform((url) => url || null)
  .optional();

export const createShopSchema = z.object({
  name: shopNameSchema,
  slug: slugSchema,
  currency: currencySchema,
  description: longText(2_000),
  contactEmail: contactEmailSchema,
  defaultLocale: localeSchema,
});
export type CreateShopInput = z.input<typeof createShopSchema>;

export const shopSettingsSchema = z
  .object({
    name: shopNameSchema,
    description: longText(2_000),
    contactEmail: contactEmailSchema,
    themeColor: themeColorSchema,
    defaultLocale: localeSchema,
    timeZone: timeZoneSchema.optional(),
    currency: currencySchema,
    shippingPolicy: longText(20_000),
    returnsPolicy: longText(20_000),
    taxRatePercent: taxRateSchema,
    pricesIncludeTax: checkbox,
    logoUrl: uploadUrl,
    bannerUrl: uploadUrl,
  })
  .transform(({ taxRatePercent, ...rest }) => ({ ...rest, taxRateBps: taxRatePercent }));
export type ShopSettingsInput = z.input<typeof shopSettingsSchema>;

export const changeSlugSchema = z.object({ slug: slugSchema });

export const inviteSchema = z.object({
  email: z
    .string({ error: "Enter their email" })
    .trim()
    .min(1, "Enter their email")
    .max(254, "Use at most 254 characters")
    .pipe(z.email("Enter a valid email address, like name@example.com"))
    .transform((email) => email.toLowerCase()),
});

/** Basis points back to the percentage the form shows: 2000 → "20", 550 → "5.5". */
export function bpsToPercent(bps: number): string {
  return String(bps / 100);
}
