// The owner's side of the shop review: business details, supporting documents, "Submit for
// review" and, after a rejection, resubmitting. Editable while the shop is in review and the
// case is a draft or rejected; a submitted case waits for the admins unchanged.
import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/log";
import { requireRole, type ShopActor } from "@/lib/core/actor";
import { transaction, type Db, type Tx } from "@/lib/core/db";
import { AppError, parseInput } from "@/lib/core/errors";
import { storage } from "@/lib/storage";
import { lockShop } from "./shops";
import { checkDocument, cleanFileName, DocumentError } from "./review-document-check";
import { businessDetailsSchema, MAX_DOCUMENT_BYTES, MAX_DOCUMENTS } from "./review-schemas";
import { readUploadedFile } from "./upload";

const DOCUMENT_SELECT = { id: true, fileName: true, contentType: true, size: true, createdAt: true } as const;

/** The storage prefix of review documents: the public /uploads route refuses it (lib/storage/keys.ts). */
export const reviewDocumentKey = (shopId: string, sha256: string, extension: string) => `private/shop-review/${shopId.toLowerCase()}/${sha256}.${extension}`;

/** The shop's review case as its owner sees it (a blank draft when nothing was saved yet). */
export async function getShopReview(db: Db, shopId: string) {
  const [shop, review, documents] = await Promise.all([
    db.shop.findUniqueOrThrow({ where: { id: shopId }, select: { status: true } }),
    db.shopReview.findUnique({ where: { shopId } }),
    db.shopReviewDocument.findMany({ where: { shopId }, orderBy: { createdAt: "asc" }, select: DOCUMENT_SELECT }),
  ]);
  return {
    shopStatus: shop.status,
    review,
    documents,
    editable: shop.status === "IN_REVIEW" && (!review || review.state === "DRAFT" || review.state === "REJECTED"),
  };
}

/** What the dashboard's banner says about a shop in review: the case's state and, if rejected, why. */
export async function reviewBannerState(db: Db, shopId: string) {
  const review = await db.shopReview.findUnique({ where: { shopId }, select: { state: true, rejectionReason: true } });
  return review ?? { state: "DRAFT" as const, rejectionReason: null };
}

/** Locks the shop and refuses unless its case may still change; the review row exists afterwards. */
async function editableCase(tx: Tx, actor: ShopActor) {
  await requireRole(tx, actor, "settings");
  await lockShop(tx, actor.shopId);
  const shop = await tx.shop.findUniqueOrThrow({ where: { id: actor.shopId }, select: { status: true } });
  if (shop.status !== "IN_REVIEW") throw AppError.conflict({ form: "Your shop is no longer in review: there is nothing to submit." });
  const review = await tx.shopReview.upsert({ where: { shopId: actor.shopId }, create: { shopId: actor.shopId }, update: {} });
  if (review.state === "SUBMITTED") throw AppError.conflict({ form: "Your details are with the reviewers: wait for their answer before changing them." });
  if (review.state === "APPROVED") throw AppError.conflict({ form: "Your shop was approved: there is nothing to change here." });
  return review;
}

/** Saves the business details (all of them, checked) without submitting. */
export async function saveBusinessDetails(db: Db, actor: ShopActor, input: unknown) {
  const data = parseInput(businessDetailsSchema, input);
  return transaction(db, async (tx) => {
    await editableCase(tx, actor);
    await tx.shopReview.update({ where: { shopId: actor.shopId }, data, select: { shopId: true } });
  });
}

async function caseWithRoom(tx: Tx, actor: ShopActor) {
  await editableCase(tx, actor);
  if ((await tx.shopReviewDocument.count({ where: { shopId: actor.shopId } })) >= MAX_DOCUMENTS)
    throw AppError.conflict({ file: `You can add at most ${MAX_DOCUMENTS} documents: remove one first.` });
}

/** Stores one document posted as multipart (field "file"), after checking what it really is. */
export async function addReviewDocument(db: Db, actor: ShopActor, request: Request) {
  const tooLarge = () => new AppError("payload_too_large", { file: "The document is larger than 10 MB. Choose a smaller file." });
  const file = await readUploadedFile(request, MAX_DOCUMENT_BYTES, tooLarge, "document");
  const bytes = Buffer.from(await file.arrayBuffer());
  let kind;
  try {
    kind = await checkDocument(bytes);
  } catch (error) {
    if (error instanceof DocumentError)
      throw new AppError(error.code === "too_large" ? "payload_too_large" : "unsupported_media_type", { file: error.message });
    throw error;
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const key = reviewDocumentKey(actor.shopId, sha256, kind.extension);
  // Checked before the bytes are stored, and again with the shop locked before the row is written.
  await transaction(db, (tx) => caseWithRoom(tx, actor));
  await storage().save(key, bytes);
  return transaction(db, async (tx) => {
    await caseWithRoom(tx, actor);
    return tx.shopReviewDocument.create({
      data: {
        shopId: actor.shopId,
        storageKey: key,
        fileName: cleanFileName(file.name, kind.extension),
        contentType: kind.contentType,
        size: bytes.length,
        sha256,
        uploadedById: actor.userId,
      },
      select: DOCUMENT_SELECT,
    });
  });
}

/** Removes a document from the case (the stored file stays: storage never deletes). */
export async function removeReviewDocument(db: Db, actor: ShopActor, documentId: string) {
  return transaction(db, async (tx) => {
    await editableCase(tx, actor);
    const { count } = await tx.shopReviewDocument.deleteMany({ where: { shopId: actor.shopId, id: documentId } });
    if (!count) throw AppError.notFound("document");
  });
}

/** "Submit for review": the saved details must be complete and at least one document added. */
export async function submitShopReview(db: Db, actor: ShopActor) {
  return transaction(db, async (tx) => {
    const review = await editableCase(tx, actor);
    const details = businessDetailsSchema.safeParse(review);
    if (!details.success) throw AppError.invalid({ form: "Fill in and save every business detail before submitting." });
    if (!(await tx.shopReviewDocument.count({ where: { shopId: actor.shopId } })))
      throw AppError.invalid({ form: "Add at least one supporting document before submitting." });
    const resubmission = review.state === "REJECTED";
    await tx.shopReview.update({
      where: { shopId: actor.shopId },
      data: { state: "SUBMITTED", submittedAt: new Date(), resubmissions: { increment: resubmission ? 1 : 0 } },
      select: { shopId: true },
    });
    await recordAudit(tx, {
      shopId: actor.shopId,
      actorId: actor.userId,
      action: "shop.review_submitted",
      targetType: "shop",
      targetId: actor.shopId,
      data: { resubmission, round: review.resubmissions + (resubmission ? 2 : 1) },
      before: { reviewState: review.state },
      after: { reviewState: "SUBMITTED" },
    });
  });
}
