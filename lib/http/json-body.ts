// A JSON request body as route handlers take it: capped in size, sent as JSON, UTF-8, an object
// at the top. Anything else is the sender's mistake, answered with a code (413, 415, 400) and
// never read further. The web storefront's handlers take the defaults; the Storefront API opts
// into empty bodies, +json media types and refusing NUL (its clients aren't our own pages).
import { AppError, msg } from "@/lib/core/errors";
import { readCapped } from "@/lib/http/read-capped";

/** Cart, checkout and API bodies are a few hundred bytes; 64 KiB is generous. */
export const MAX_JSON_BYTES = 64 * 1024;

export type JsonBodyOptions = {
  maxBytes?: number;
  /** An empty body, with or without a content type, reads as {}. */
  emptyIsObject?: boolean;
  /** Any +json media type (application/merge-patch+json…) too, and only in UTF-8. */
  jsonFamily?: boolean;
  /** NUL characters anywhere (keys too) are refused: PostgreSQL text can't store one. */
  refuseNul?: boolean;
};

const tooLarge = () => new AppError("payload_too_large", { form: msg("payloadTooLarge") });
const notJson = () => new AppError("unsupported_media_type", { form: msg("unsupportedMediaType") });
const badJson = () => AppError.invalid({ form: msg("badJson") });

function isJsonType(contentType: string, family: boolean): boolean {
  const [type, ...params] = contentType.toLowerCase().split(";");
  // A plain HTML form can't send application/json: this also keeps other sites' forms out.
  if (!family) return type!.trim() === "application/json";
  const charset = params.map((p) => p.trim()).find((p) => p.startsWith("charset="));
  return /^application\/(?:[\w.-]+\+)?json$/.test(type!.trim()) && (!charset || /^charset="?utf-8"?$/.test(charset));
}

/** True when `value` holds a NUL character anywhere. */
export function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === "object") return Object.entries(value).some(([k, v]) => k.includes("\u0000") || hasNul(v));
  return false;
}

export async function readJsonBody(request: Request, options: JsonBodyOptions = {}): Promise<Record<string, unknown>> {
  const { maxBytes = MAX_JSON_BYTES, emptyIsObject = false, jsonFamily = false, refuseNul = false } = options;
  const contentType = request.headers.get("content-type");
  if (contentType === null ? !emptyIsObject : !isJsonType(contentType, jsonFamily)) throw notJson();
  if (Number(request.headers.get("content-length")) > maxBytes) throw tooLarge();
  const bytes = await readCapped(request, maxBytes).catch(() => {
    throw badJson(); // the client hung up or sent a broken chunked body
  });
  if (!bytes) throw tooLarge();
  if (!bytes.length && emptyIsObject) return {};
  if (contentType === null) throw notJson(); // a body, but not said to be JSON
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw badJson();
  }
  if (!body || typeof body !== "object" || Array.isArray(body) || (refuseNul && hasNul(body))) throw badJson();
  return body as Record<string, unknown>;
}
