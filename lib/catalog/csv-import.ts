// The core of the dashboard's CSV import (app/api/shops/[shopId]/products/import): read the
// uploaded file with a size cap, import it, and audit it in the same transaction. Plain
// functions so tests can drive them without a session; the route only adds the entry wrapper
// and the NDJSON progress stream.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { requireRole, type ShopActor } from "@/lib/core/actor";
import { transaction, type Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { type CsvImportResult, MAX_CSV_BYTES, importProductsCsv } from "./csv";
import { readCapped } from "@/lib/http/read-capped";

export { MAX_CSV_BYTES };

const tooLarge = () => new AppError("payload_too_large", { file: `The file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB: split it into smaller files.` });
// Multipart framing around the file (boundaries, headers, file name).
const MAX_BODY_BYTES = MAX_CSV_BYTES + 64 * 1024;

/**
 * The CSV sent to the import route: the raw body (Content-Type text/csv, what the dashboard
 * sends) or a multipart form with a "file" field (curl -F file=@products.csv). Throws AppError
 * (invalid, payload_too_large) when there is no usable file.
 */
export async function readCsvUpload(request: Request): Promise<Buffer> {
  if (Number(request.headers.get("content-length")) > MAX_BODY_BYTES) throw tooLarge();
  // Content-Length can be missing (chunked) or wrong, so the cap is enforced while reading too.
  const bytes = await readCapped(request, MAX_BODY_BYTES);
  if (!bytes) throw tooLarge();
  let file = Buffer.from(bytes);
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(new Uint8Array(bytes), { headers: { "Content-Type": type } }).formData().catch(() => null);
    const part = form?.get("file");
    if (!(part instanceof File)) throw AppError.invalid({ file: "Send the CSV as the request body, or as multipart/form-data in a field named “file”." });
    file = Buffer.from(await part.arrayBuffer());
  }
  if (file.byteLength > MAX_CSV_BYTES) throw tooLarge();
  if (!file.toString("utf8").trim()) throw AppError.invalid({ file: "The file is empty. Choose a CSV file with a header row and products." });
  return file;
}

/**
 * Imports the file into the actor's shop; writes nothing when any row is wrong (see
 * importProductsCsv). `onProgress` is first called with done = 0 once the whole file has
 * been checked and writing starts. Throws AppError when the file is no product CSV.
 */
export async function importCsvForShop(
  db: Db,
  actor: ShopActor,
  file: Buffer | string,
  onProgress?: (done: number, total: number) => void,
): Promise<CsvImportResult> {
  return transaction(
    db,
    async (tx) => {
      await requireRole(tx, actor, "catalog");
      const result = await importProductsCsv(tx, actor.shopId, file, { onProgress });
      if (result.ok) {
        await recordAudit(tx, {
          shopId: actor.shopId,
          actorId: actor.userId,
          action: "catalog.imported",
          targetType: "shop",
          targetId: actor.shopId,
          data: { created: result.created, updated: result.updated, warnings: result.warnings.length },
        });
      }
      return result;
    },
    // As importProductsCsv's own: a 10,000-row file takes a while to write.
    { timeout: 10 * 60_000 },
  );
}
