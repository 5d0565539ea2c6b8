// Who may read a shop's review documents: its owner (the "settings" permission) and platform
// admins who review shops. Anyone else, staff of the shop included, learns nothing: not found.
import "server-only";
import { canAdmin } from "@/lib/admin/roles";
import type { CurrentUser } from "@/lib/auth/user";
import type { Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { storage } from "@/lib/storage";
import { findMembership } from "./access";
import { can } from "./permissions";

/** The document and its bytes as a stream, or AppError not_found. */
export async function openReviewDocument(db: Db, user: CurrentUser, shopId: string, documentId: string) {
  if (!canAdmin(user.role, "review")) {
    const member = await findMembership(db, user.id, { id: shopId });
    if (!member || !can(member.role, "settings")) throw AppError.notFound("document");
  }
  const document = await db.shopReviewDocument.findFirst({
    where: { shopId, id: documentId },
    select: { storageKey: true, fileName: true, contentType: true },
  });
  const file = document && (await storage().stream(document.storageKey));
  if (!document || !file) throw AppError.notFound("document");
  return { ...document, file };
}

/** The download's headers: always a file to save, never rendered by the browser, never cached. */
export function documentHeaders(document: { fileName: string; contentType: string }, size: number | undefined) {
  const ascii = document.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  const headers: Record<string, string> = {
    "Content-Type": document.contentType,
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  };
  if (size !== undefined) headers["Content-Length"] = String(size);
  return headers;
}
