// The merchant's own sites allowed to use their shop from a browser (Shop.allowedOrigins): the
// Storefront API answers them with CORS, the shop's embed may be framed by them. An origin is
// scheme://host[:port] and nothing else; the settings form takes one per line. No server
// imports: the form checks with the same schema.
import { z } from "zod";

export const MAX_ALLOWED_ORIGINS = 20;

/** "https://Shop.Example:443/" → "https://shop.example"; null when it isn't an origin alone. */
export function normaliseOrigin(text: string): string | null {
  const value = text.trim();
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== "/" && url.pathname !== "")) return null;
  // A path, query or fragment typed after the host (even "/") is not part of an origin: refuse rather than drop it.
  if (/^[a-z]+:\/\/[^/]+\/./i.test(value) || /[?#]/.test(value)) return null;
  return url.origin;
}

export const allowedOriginsSchema = z
  .string()
  .max(20_000, "Too long: list at most 20 addresses.")
  .transform((text, ctx) => {
    const lines = text
      .split(/[\s,]+/)
      .map((l) => l.trim())
      .filter(Boolean);
    const origins: string[] = [];
    for (const line of lines) {
      const origin = normaliseOrigin(line);
      if (!origin) {
        ctx.addIssue({ code: "custom", message: `“${line.slice(0, 80)}” isn't an origin: write scheme://host[:port], like https://shop.example.com` });
        return z.NEVER;
      }
      if (!origins.includes(origin)) origins.push(origin);
    }
    if (origins.length > MAX_ALLOWED_ORIGINS) {
      ctx.addIssue({ code: "custom", message: `List at most ${MAX_ALLOWED_ORIGINS} addresses.` });
      return z.NEVER;
    }
    return origins;
  });

/** The settings form's fields. */
export const allowedOriginsFormSchema = z.object({ allowedOrigins: allowedOriginsSchema });
