// The Storefront API's HTTP pieces that need no Next.js: how the JSON body of a write is read
// (lib/http/json-body.ts), the cacheable answer of a read (its ETag), and the errors of other
// domains as AppErrors. Every one turns bad input into a 4xx AppError, never a 500.
import { createHash } from "node:crypto";
import { AppError, ERROR_STATUS, type ErrorCode } from "@/lib/core/errors";
import type { JsonBodyOptions } from "@/lib/http/json-body";

/** How a write's body is read: empty (= {}) or a JSON object (any +json type, UTF-8), no NUL, at most 64 KB. */
export const API_JSON_BODY: JsonBodyOptions = { emptyIsObject: true, jsonFamily: true, refuseNul: true };

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
