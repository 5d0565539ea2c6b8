// Environment, parsed once with zod so a wrong value fails fast with a clear message.
import { z } from "zod";

// Pictures are stored on local disk under DATA_DIR unless S3_BUCKET names an S3-compatible
// bucket (AWS S3, MinIO, Cloudflare R2, …); see lib/storage/. A blank value counts as unset.
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" });
const storageFields = {
  S3_BUCKET: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .regex(/^[^\s/]+$/, "must be a bucket name, without slashes")
      .optional(),
  ),
  S3_ENDPOINT: z.preprocess(blank, httpUrl.optional()),
  S3_REGION: z.preprocess(blank, z.string().trim().default("us-east-1")),
  S3_ACCESS_KEY_ID: z.preprocess(blank, z.string().trim().optional()),
  S3_SECRET_ACCESS_KEY: z.preprocess(blank, z.string().optional()),
  S3_FORCE_PATH_STYLE: z.preprocess(
    blank,
    z
      .enum(["true", "false", "1", "0"], "must be true or false")
      .default("false")
      .transform((v) => v === "true" || v === "1"),
  ),
  S3_PUBLIC_URL: z.preprocess(blank, httpUrl.refine((u) => !/[?#]/.test(u), "must be a base URL, without ? or #").optional()),
};

function checkStorage(
  vars: { S3_BUCKET?: string; S3_ACCESS_KEY_ID?: string; S3_SECRET_ACCESS_KEY?: string; S3_ENDPOINT?: string; S3_PUBLIC_URL?: string },
  ctx: z.RefinementCtx,
) {
  const need = (field: keyof typeof vars, message: string) => ctx.addIssue({ code: "custom", path: [field], message });
  if (vars.S3_BUCKET) {
    if (!vars.S3_ACCESS_KEY_ID) need("S3_ACCESS_KEY_ID", "required when S3_BUCKET is set");
    if (!vars.S3_SECRET_ACCESS_KEY) need("S3_SECRET_ACCESS_KEY", "required when S3_BUCKET is set");
  } else {
    for (const field of ["S3_ENDPOINT", "S3_PUBLIC_URL", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
      if (vars[field]) need(field, "has no effect without S3_BUCKET: set S3_BUCKET too, or remove it");
    }
  }
}

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL"),
    APP_URL: z.string().url().default("http://localhost:3000"),
    BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default("Minishop <no-reply@minishop.local>"),
    DATA_DIR: z.string().default(".data"),
    STRIPE_SECRET_KEY: z.string().optional(),
    STRIPE_WEBHOOK_SECRET: z.string().optional(),
    // New shops wait for an admin's review (manual), or go live at once (auto: the demo, local use).
    SHOP_REVIEW: z.enum(["manual", "auto"], "SHOP_REVIEW must be manual or auto").default("manual"),
    PLATFORM_FEE_BPS: z.coerce.number().int().min(0).max(10_000).default(0),
    // Where the Stripe SDK sends requests: only tests and local mocks change these.
    STRIPE_API_HOST: z.string().optional(),
    STRIPE_API_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
    STRIPE_API_PROTOCOL: z.enum(["http", "https"]).optional(),
    // How long a started checkout holds its stock (Stripe raises it to its 31-minute minimum).
    CHECKOUT_RESERVATION_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    // Storefront API writes allowed per client address and minute (lib/storefront-api/rate-limit.ts).
    STOREFRONT_API_WRITES_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
    ...storageFields,
  })
  .superRefine(checkStorage);

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  cached = parseOrThrow(schema, process.env);
  return cached;
}

const storageSchema = z.object(storageFields).superRefine(checkStorage);
export type StorageEnv = z.infer<typeof storageSchema>;

/**
 * The storage variables alone: lib/storage and the start script need them where the rest
 * of the environment (DATABASE_URL, …) may not be set yet.
 */
export function storageEnv(source: Record<string, string | undefined> = process.env): StorageEnv {
  return parseOrThrow(storageSchema, source);
}

function parseOrThrow<T extends z.ZodType>(target: T, source: Record<string, string | undefined>): z.infer<T> {
  const parsed = target.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return parsed.data;
}
