// The Storefront API's HTTP pieces that need no Next.js: the JSON body of a write (size cap,
// content type, UTF-8, an object), the cacheable answer of a read (its ETag), and the errors
// of other domains as AppErrors. Every one turns bad input into a 4xx AppError, never a 500.
import { createHash } from "node:crypto";
import { AppError, ERROR_STATUS, msg, type ErrorCode } from "@/lib/core/errors";
import { readCapped } from "@/lib/http/read-capped";

export const MAX_BODY_BYTES = 64 * 1024;

const tooLarge = () => new AppError("payload_too_large", { form: msg("payloadTooLarge") });
const notJson = () => new AppError("unsupported_media_type", { form: msg("unsupportedMediaType") });
const badJson = () => AppError.invalid({ form: msg("badJson") });

/** application/json or any +json type, in UTF-8 (the only charset JSON has). */
function isJsonType(contentType: string): boolean {
  const [type, ...params] = contentType.toLowerCase().split(";");
  const charset = params.map((p) => p.trim()).find((p) => p.startsWith("charset="));
  return /^application\/(?:[\w.-]+\+)?json$/.test(type!.trim()) && (!charset || /^charset="?utf-8"?$/.test(charset));
}

/** True when `value` holds a NUL character anywhere: PostgreSQL text can't store one. */
export function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === "object") return Object.entries(value).some(([k, v]) => k.includes("\u0000") || hasNul(v));
  return false;
}

/** A write's body: empty (= {}) or a JSON object, at most 64 KB. */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const contentType = request.headers.get("content-type");
  if (Number(request.headers.get("content-length")) > MAX_BODY_BYTES) throw tooLarge();
  const bytes = await readCapped(request, MAX_BODY_BYTES).catch(() => {
    throw badJson(); // the client hung up or sent a broken chunked body
  });
  if (!bytes) throw tooLarge();
  if (contentType !== null && !isJsonType(contentType)) throw notJson();
  if (!bytes.length) return {};
  if (contentType === null) throw notJson();
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw badJson();
  }
  if (!body || typeof body !== "object" || Array.isArray(body) || hasNul(body)) throw badJson();
  return body as Record<string, unknown>;
}

/** A read's answer as sent: the JSON text and its ETag (strong: the same bytes every time). */
export function readBody(body: unknown): { json: string; etag: string } {
  const json = JSON.stringify(body);
  return { json, etag: `"${createHash("sha1").update(json).digest("base64url")}"` };
}

/** Whether If-None-Match names this ETag (weak or strong, or *). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

/**
 * Errors of domains not yet on AppError (CheckoutError, CatalogError, ShopError: a code, a
 * status and English messages per field) as an AppError; AppErrors as they are; anything else
 * is a bug, returned unchanged (answered as a bare 500 and logged).
 */
export function asAppError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const e = error as { code?: unknown; fields?: unknown; name?: unknown };
  if (e && typeof e.code === "string" && e.code in ERROR_STATUS && /Error$/.test(String(e.name)) && e.fields && typeof e.fields === "object") {
    return new AppError(e.code as ErrorCode, e.fields as Record<string, string>);
  }
  return error;
}
