// Environment, parsed once with zod so a wrong value fails fast with a clear message.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL"),
  APP_URL: z.string().url().default("http://localhost:3000"),
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Minishop <no-reply@minishop.local>"),
  DATA_DIR: z.string().default(".data"),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  PLATFORM_FEE_BPS: z.coerce.number().int().min(0).max(10_000).default(0),
  // Where the Stripe SDK sends requests: only tests and local mocks change these.
  STRIPE_API_HOST: z.string().optional(),
  STRIPE_API_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  STRIPE_API_PROTOCOL: z.enum(["http", "https"]).optional(),
  // How long a started checkout holds its stock (Stripe raises it to its 31-minute minimum).
  CHECKOUT_RESERVATION_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  cached = parsed.data;
  return cached;
}
