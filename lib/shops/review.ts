// Platform admins let new shops go live: a shop opens IN_REVIEW and shoppers see it only once
// it is ACTIVE. Its owner submits a case (lib/shops/review-submission.ts); admins approve it,
// or reject it with a reason the owner reads, fixes and resubmits. The queue is ./review-queue.ts.
import "server-only";
import { requireAdminPermission } from "@/lib/admin/roles";
import { recordAudit } from "@/lib/audit/log";
import { transaction, type Db } from "@/lib/core/db";
import { AppError, parseInput } from "@/lib/core/errors";
import { sendMail } from "@/lib/mail/send";
import { approvedMail, rejectedMail } from "./review-mail";
import { rejectionSchema } from "./review-schemas";
import { lockShop } from "./shops";

/** The console's headline counts: shops, users and products on the platform. */
export async function platformCounts(db: Db) {
  const [shops, users, products] = await Promise.all([db.shop.count(), db.user.count(), db.product.count()]);
  return { shops, users, products };
}

/** Shops waiting for review, oldest first (first come, first served). */
export async function listShopsInReview(db: Db, take = 50) {
  return db.shop.findMany({
    where: { status: "IN_REVIEW" },
    orderBy: { createdAt: "asc" },
    take,
    select: {
      id: true,
      slug: true,
      name: true,
      createdAt: true,
      members: { where: { role: "OWNER" }, take: 1, orderBy: { createdAt: "asc" }, select: { user: { select: { email: true } } } },
    },
  });
}

/** The owner's address for the review's mails (the first owner), or null. */
async function ownerEmail(db: Db, shopId: string) {
  const owner = await db.shopMember.findFirst({
    where: { shopId, role: "OWNER" },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { email: true } } },
  });
  return owner?.user.email ?? null;
}

/**
 * Makes a shop in review ACTIVE; `adminId` must hold the review permission (checked again here).
 * A submitted case is marked approved; a shop with none (opened before reviews had cases) goes
 * live all the same. The owner gets a mail.
 */
export async function approveShop(db: Db, adminId: string, shopId: string) {
  const shop = await transaction(db, async (tx) => {
    await requireAdminPermission(tx, adminId, "review");
    // Only from IN_REVIEW: approving must never reopen a suspended or closed shop.
    const { count } = await tx.shop.updateMany({ where: { id: shopId, status: "IN_REVIEW" }, data: { status: "ACTIVE" } });
    if (!count) throw AppError.invalid({ form: "This shop is no longer in review." });
    const shop = await tx.shop.findUniqueOrThrow({ where: { id: shopId }, select: { id: true, slug: true, name: true } });
    const review = await tx.shopReview.findUnique({ where: { shopId }, select: { state: true } });
    if (review)
      await tx.shopReview.update({ where: { shopId }, data: { state: "APPROVED", reviewedAt: new Date(), reviewedById: adminId }, select: { shopId: true } });
    await recordAudit(tx, {
      shopId,
      actorId: adminId,
      action: "shop.approved",
      targetType: "shop",
      targetId: shopId,
      data: { slug: shop.slug },
      before: { status: "IN_REVIEW", ...(review && { reviewState: review.state }) },
      after: { status: "ACTIVE", ...(review && { reviewState: "APPROVED" }) },
    });
    return shop;
  });
  const to = await ownerEmail(db, shopId);
  if (to) await sendMail(approvedMail(to, shop));
  return shop;
}

/** Sends a submitted case back to its owner with `reason` (what to fix); the shop stays in review. */
export async function rejectShop(db: Db, adminId: string, shopId: string, input: unknown) {
  const { reason } = parseInput(rejectionSchema, input);
  const shop = await transaction(db, async (tx) => {
    await requireAdminPermission(tx, adminId, "review");
    await lockShop(tx, shopId);
    const shop = await tx.shop.findUniqueOrThrow({ where: { id: shopId }, select: { id: true, slug: true, name: true, status: true } });
    const { count } = await tx.shopReview.updateMany({
      where: { shopId, state: "SUBMITTED" },
      data: { state: "REJECTED", rejectionReason: reason, reviewedAt: new Date(), reviewedById: adminId },
    });
    if (shop.status !== "IN_REVIEW" || !count) throw AppError.invalid({ form: "This shop has no submission waiting for review." });
    await recordAudit(tx, {
      shopId,
      actorId: adminId,
      action: "shop.rejected",
      targetType: "shop",
      targetId: shopId,
      data: { slug: shop.slug },
      reason,
      before: { status: "IN_REVIEW", reviewState: "SUBMITTED" },
      after: { status: "IN_REVIEW", reviewState: "REJECTED" },
    });
    return shop;
  });
  const to = await ownerEmail(db, shopId);
  if (to) await sendMail(rejectedMail(to, shop, reason));
  return shop;
}
