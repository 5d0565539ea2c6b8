// The admins' review queue and one case: submitted shops oldest first (first come, first
// served), filtered by country, business type, first time or resubmitted, and age.
import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export const QUEUE_AGES = [
  { code: "1", label: "Waiting over 1 day" },
  { code: "3", label: "Waiting over 3 days" },
  { code: "7", label: "Waiting over 7 days" },
] as const;

// Filters come from the address bar: anything unexpected is ignored, never an error page.
const loose = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
export const queueFilterSchema = z.object({
  country: loose(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/),
  ),
  type: loose(z.enum(["INDIVIDUAL", "COMPANY"])),
  round: loose(z.enum(["first", "resubmitted"])),
  age: loose(z.enum(QUEUE_AGES.map((a) => a.code))),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

const DAY = 24 * 60 * 60 * 1000;
const waiting = { state: "SUBMITTED", shop: { status: "IN_REVIEW" } } as const satisfies Prisma.ShopReviewWhereInput;

function queueWhere(filter: QueueFilter, now: Date): Prisma.ShopReviewWhereInput {
  return {
    ...waiting,
    ...(filter.country && { country: filter.country }),
    ...(filter.type && { businessType: filter.type }),
    ...(filter.round === "first" && { resubmissions: 0 }),
    ...(filter.round === "resubmitted" && { resubmissions: { gt: 0 } }),
    ...(filter.age && { submittedAt: { lt: new Date(now.getTime() - Number(filter.age) * DAY) } }),
  };
}

/** The queue under `filter` (oldest first, at most `take`), with counts for the whole queue. */
export async function listReviewQueue(db: Db, rawFilter: unknown, { now = new Date(), take = 100 } = {}) {
  const filter = queueFilterSchema.parse(rawFilter ?? {});
  const where = queueWhere(filter, now);
  const [cases, matching, total, resubmitted, overDay, countries] = await Promise.all([
    db.shopReview.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { shopId: "asc" }],
      take,
      select: {
        shopId: true,
        legalName: true,
        businessType: true,
        country: true,
        resubmissions: true,
        submittedAt: true,
        shop: { select: { name: true, slug: true } },
        _count: { select: { documents: true } },
      },
    }),
    db.shopReview.count({ where }),
    db.shopReview.count({ where: waiting }),
    db.shopReview.count({ where: { ...waiting, resubmissions: { gt: 0 } } }),
    db.shopReview.count({ where: { ...waiting, submittedAt: { lt: new Date(now.getTime() - DAY) } } }),
    db.shopReview.findMany({ where: waiting, distinct: ["country"], select: { country: true }, orderBy: { country: "asc" } }),
  ]);
  return {
    filter,
    cases,
    counts: { matching, total, resubmitted, firstTime: total - resubmitted, overDay },
    countries: countries.map((c) => c.country),
  };
}

const HISTORY_ACTIONS = ["shop.review_submitted", "shop.rejected", "shop.approved"];

/** One case: the shop, its details and documents, and its history from the audit log (newest first). */
export async function getReviewCase(db: Db, shopId: string) {
  const shop = await db.shop.findUnique({
    where: { id: shopId },
    select: {
      id: true,
      name: true,
      slug: true,
      status: true,
      createdAt: true,
      members: { where: { role: "OWNER" }, orderBy: { createdAt: "asc" }, take: 1, select: { user: { select: { name: true, email: true } } } },
    },
  });
  if (!shop) throw AppError.notFound("shop");
  const [review, documents, history] = await Promise.all([
    db.shopReview.findUnique({ where: { shopId } }),
    db.shopReviewDocument.findMany({
      where: { shopId },
      orderBy: { createdAt: "asc" },
      select: { id: true, fileName: true, contentType: true, size: true, createdAt: true },
    }),
    db.auditLog.findMany({
      where: { shopId, targetType: "shop", targetId: shopId, action: { in: HISTORY_ACTIONS } },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, action: true, reason: true, createdAt: true, actor: { select: { name: true, email: true } } },
    }),
  ]);
  return { shop: { ...shop, owner: shop.members[0]?.user ?? null }, review, documents, history };
}
