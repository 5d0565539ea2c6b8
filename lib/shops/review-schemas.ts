// What the shop review's forms accept, shared by the forms (instant feedback) and the server
// (lib/shops/review-details.ts and review.ts parse again). No server imports.
import { z } from "zod";
import { COUNTRIES } from "@/lib/checkout/country-codes";

/** The main product categories a merchant picks from (at most MAX_CATEGORIES). */
export const REVIEW_CATEGORIES = [
  { code: "apparel", label: "Clothing and accessories" },
  { code: "beauty", label: "Beauty and personal care" },
  { code: "books", label: "Books, music and media" },
  { code: "electronics", label: "Electronics" },
  { code: "food", label: "Food and drink" },
  { code: "home", label: "Home and garden" },
  { code: "crafts", label: "Arts and crafts" },
  { code: "toys", label: "Toys and games" },
  { code: "sports", label: "Sports and outdoors" },
  { code: "health", label: "Health and wellness" },
  { code: "services", label: "Services and digital goods" },
  { code: "other", label: "Other" },
] as const;
export const MAX_CATEGORIES = 3;
const CATEGORY_CODES: ReadonlySet<string> = new Set(REVIEW_CATEGORIES.map((c) => c.code));

export const BUSINESS_TYPES = [
  { code: "INDIVIDUAL", label: "Individual (sole trader)" },
  { code: "COMPANY", label: "Company" },
] as const;

const NO_CONTROL_CHARS = /^[^\u0000-\u001f\u007f]*$/;

const text = (missing: string, max: number) =>
  z.string({ error: missing }).trim().min(1, missing).max(max, `Use at most ${max} characters`).regex(NO_CONTROL_CHARS, "Remove the control characters");

// A checkbox group arrives as one string (one box ticked, or Object.fromEntries in the
// browser) or as the list FormData.getAll gives.
const categoriesSchema = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.string(), { error: "Choose categories from the list" })
    // One message for the whole group (not "categories.2"): the form shows it under the boxes.
    .refine((codes) => codes.every((code) => CATEGORY_CODES.has(code)), "Choose categories from the list")
    .min(1, "Choose at least one category")
    .max(MAX_CATEGORIES, `Choose at most ${MAX_CATEGORIES} categories`)
    .transform((codes) => [...new Set(codes)]),
);

export const businessDetailsSchema = z.object({
  legalName: text("Enter the legal name of the business or person", 160),
  businessType: z.enum(["INDIVIDUAL", "COMPANY"], { error: "Choose individual or company" }),
  registrationNumber: text("Enter the registration number (company or tax number)", 64),
  country: z
    .string({ error: "Choose the country of registration" })
    .trim()
    .toUpperCase()
    .refine((code) => COUNTRIES.has(code), "Choose the country of registration"),
  contactName: text("Enter the name of the person we can contact", 120),
  contactEmail: z
    .string({ error: "Enter a contact email" })
    .trim()
    .min(1, "Enter a contact email")
    .max(254, "Use at most 254 characters")
    .pipe(z.email("Enter a valid email address, like hello@example.com")),
  contactPhone: z
    .string({ error: "Enter a contact phone number" })
    .trim()
    .min(1, "Enter a contact phone number")
    .regex(/^\+?[0-9 ().-]{6,24}$/, "Enter a phone number with its country code, like +33 1 23 45 67 89"),
  categories: categoriesSchema,
});
export type BusinessDetails = z.infer<typeof businessDetailsSchema>;

export const rejectionSchema = z.object({
  reason: z
    .string({ error: "Say what the merchant must fix" })
    .trim()
    .min(10, "Say what the merchant must fix (at least 10 characters)")
    .max(2000, "Use at most 2000 characters"),
});

/** Documents: PDF or a JPEG/PNG/WebP picture, at most this many bytes and this many per shop. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const MAX_DOCUMENTS = 5;
export const DOCUMENT_ACCEPT = "application/pdf,image/jpeg,image/png,image/webp";
