// What a supporting document really is, read from its bytes (never from its name or the
// browser's Content-Type): a PDF by its header and its trailer's cross-reference pointer, a
// picture by sharp's reading of its header (JPEG, PNG or WebP only).
import sharp from "sharp";
import { MAX_DOCUMENT_BYTES } from "./review-schemas";

export type DocumentKind = { contentType: "application/pdf" | "image/jpeg" | "image/png" | "image/webp"; extension: "pdf" | "jpg" | "png" | "webp" };

export class DocumentError extends Error {
  constructor(
    readonly code: "too_large" | "unsupported",
    message: string,
  ) {
    super(message);
    this.name = "DocumentError";
  }
}

const IMAGE_KINDS: Record<string, DocumentKind> = {
  jpeg: { contentType: "image/jpeg", extension: "jpg" },
  png: { contentType: "image/png", extension: "png" },
  webp: { contentType: "image/webp", extension: "webp" },
};

/**
 * A cheap structural check of a PDF: "%PDF-1.x" (or 2.0) at the start, and near the end a
 * "startxref" whose offset points inside the file at a classic "xref" table or an
 * "N G obj" cross-reference stream, followed by "%%EOF". A renamed text file fails it.
 */
export function looksLikePdf(bytes: Buffer): boolean {
  if (!/^%PDF-[12]\.\d/.test(bytes.subarray(0, 8).toString("latin1"))) return false;
  const tail = bytes.subarray(Math.max(0, bytes.length - 2048)).toString("latin1");
  const trailer = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!trailer) return false;
  const offset = Number(trailer[1]);
  if (!Number.isSafeInteger(offset) || offset <= 0 || offset >= bytes.length) return false;
  const at = bytes.subarray(offset, offset + 32).toString("latin1");
  return /^xref\b/.test(at) || /^\d+\s+\d+\s+obj\b/.test(at);
}

/** The document's kind, or a DocumentError saying why it is refused. */
export async function checkDocument(bytes: Buffer): Promise<DocumentKind> {
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new DocumentError("too_large", "The document is larger than 10 MB. Choose a smaller file.");
  if (bytes.length === 0) throw new DocumentError("unsupported", "The file is empty.");
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") {
    if (looksLikePdf(bytes)) return { contentType: "application/pdf", extension: "pdf" };
    throw new DocumentError("unsupported", "The PDF is damaged or incomplete: export it again and retry.");
  }
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => null);
  const kind = meta?.format && meta.width && meta.height ? IMAGE_KINDS[meta.format] : undefined;
  if (!kind) throw new DocumentError("unsupported", "The file is not a PDF or a JPEG, PNG or WebP picture.");
  return kind;
}

/** The name shown and sent back on download: no folders, no control characters, at most 120 characters. */
export function cleanFileName(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .trim()
    .slice(0, 120);
  return base || `document.${extension}`;
}
