// A JSON request body as route handlers take it: JSON by content type, capped in size, UTF-8,
// an object at the top. Anything else is the sender's mistake, answered with a code (415, 413,
// 400) and never read further.
import "server-only";
import { AppError, msg } from "@/lib/core/errors";
import { readCapped } from "@/lib/http/read-capped";

/** Cart and checkout bodies are a few hundred bytes; 64 KiB is generous. */
const MAX_JSON_BYTES = 64 * 1024;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BYTES): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  // A plain HTML form can't send application/json: this also keeps other sites' forms out.
  if (type !== "application/json") throw new AppError("unsupported_media_type", { form: msg("unsupportedMediaType") });
  if (Number(request.headers.get("content-length")) > maxBytes) throw new AppError("payload_too_large", { form: msg("payloadTooLarge") });
  const bytes = await readCapped(request, maxBytes);
  if (!bytes) throw new AppError("payload_too_large", { form: msg("payloadTooLarge") });
  let body: unknown;
  try {
    body = JSON.parse(strictUtf8.decode(bytes));
  } catch {
    throw AppError.invalid({ form: msg("badJson") });
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) throw AppError.invalid({ form: msg("badJson") });
  return body as Record<string, unknown>;
}
