// Platform admins let new shops go live: a shop opens IN_REVIEW and shoppers see it only once
// it is ACTIVE. The minimum for now; the moderation console (reports, suspensions) comes later.
import "server-only";
import { requireAdminPermission } from "@/lib/admin/roles";
import { recordAudit } from "@/lib/audit/log";
import { transaction, type Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";

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

/** Makes a shop in review ACTIVE; `adminId` must hold the review permission (checked again here). */
export async function approveShop(db: Db, adminId: string, shopId: string) {
  return transaction(db, async (tx) => {
    await requireAdminPermission(tx, adminId, "review");
    // Only from IN_REVIEW: approving must never reopen a suspended or closed shop.
    const { count } = await tx.shop.updateMany({ where: { id: shopId, status: "IN_REVIEW" }, data: { status: "ACTIVE" } });
    if (!count) throw AppError.invalid({ form: "This shop is no longer in review." });
    const shop = await tx.shop.findUniqueOrThrow({ where: { id: shopId }, select: { id: true, slug: true, name: true } });
    await recordAudit(tx, {
      shopId,
      actorId: adminId,
      action: "shop.approved",
      targetType: "shop",
      targetId: shopId,
      data: { slug: shop.slug },
      before: { status: "IN_REVIEW" },
      after: { status: "ACTIVE" },
    });
    return shop;
  });
}
