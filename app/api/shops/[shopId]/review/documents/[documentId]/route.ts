// GET one review document, as a download: the shop's owner and platform admins with the
// "review" permission (lib/shops/review-download.ts); a guest 401, anyone else 404.
import { getCurrentUser } from "@/app/_entry/session";
import { AppError, msg } from "@/lib/core/errors";
import { errorResponse } from "@/lib/core/respond";
import { db } from "@/lib/db/client";
import { documentHeaders, openReviewDocument } from "@/lib/shops/review-download";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ shopId: string; documentId: string }> }) {
  try {
    const { shopId, documentId } = await params;
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthenticated", { form: msg("unauthenticated") });
    const document = await openReviewDocument(db, user, String(shopId).slice(0, 64), String(documentId).slice(0, 64));
    return new Response(document.file.body, { headers: documentHeaders(document, document.file.size) });
  } catch (error) {
    return errorResponse(error);
  }
}
