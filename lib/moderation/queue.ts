// The admins' moderation queue: open cases oldest first (first come, first served), filtered by
// kind; and one case with its product, its reports and the product's moderation history.
import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";

export const CASE_KINDS = [
  { code: "PRODUCT_REVIEW", label: "Product review" },
  { code: "REPORT", label: "Report" },
  { code: "APPEAL", label: "Appeal" },
] as const;
export const caseKindLabel = (kind: string) => CASE_KINDS.find((k) => k.code === kind)?.label ?? (kind === "TAKEDOWN" ? "Takedown" : kind);

// From the address bar: anything unexpected is ignored, never an error page.
export const moderationFilterSchema = z.object({ kind: z.enum(["PRODUCT_REVIEW", "REPORT", "APPEAL"]).optional().catch(undefined) });

export async function listModerationQueue(db: Db, rawFilter: unknown, take = 100) {
  const filter = moderationFilterSchema.parse(rawFilter ?? {});
  const where = { status: "OPEN" as const, kind: filter.kind ?? { in: ["PRODUCT_REVIEW" as const, "REPORT" as const, "APPEAL" as const] } };
  const [cases, counts] = await Promise.all([
    db.moderationCase.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        kind: true,
        reason: true,
        createdAt: true,
        shop: { select: { name: true, slug: true } },
        product: { select: { title: true } },
        _count: { select: { reports: true } },
      },
    }),
    db.moderationCase.groupBy({ by: ["kind"], where: { status: "OPEN" }, _count: { _all: true } }),
  ]);
  const byKind = Object.fromEntries(counts.map((c) => [c.kind, c._count._all])) as Partial<Record<string, number>>;
  return { filter, cases, counts: { PRODUCT_REVIEW: byKind.PRODUCT_REVIEW ?? 0, REPORT: byKind.REPORT ?? 0, APPEAL: byKind.APPEAL ?? 0 } };
}

export async function getModerationCase(db: Db, caseId: string) {
  const kase = await db.moderationCase.findUnique({
    where: { id: caseId },
    select: {
      id: true,
      kind: true,
      status: true,
      reason: true,
      resolution: true,
      createdAt: true,
      resolvedAt: true,
      productId: true,
      shop: { select: { id: true, name: true, slug: true } },
      product: { select: { id: true, title: true, handle: true, status: true, moderationState: true, descriptionMd: true, tags: true } },
      reports: { orderBy: { createdAt: "desc" }, take: 200, select: { id: true, reason: true, details: true, createdAt: true } },
      _count: { select: { reports: true } },
    },
  });
  if (!kase) throw AppError.notFound("product");
  const history = kase.productId
    ? await db.moderationCase.findMany({
        where: { productId: kase.productId, id: { not: kase.id } },
        orderBy: { createdAt: "desc" },
        take: 20,
        select: { id: true, kind: true, status: true, reason: true, resolution: true, createdAt: true },
      })
    : [];
  return { ...kase, history };
}

/**
 * The product an admin means by `query`: its storefront address (…/s/<shop>/p/<handle>, with or
 * without a language) or its id. Null when nothing matches.
 */
export async function findProductForAdmin(db: Db, query: string) {
  const text = query.trim().slice(0, 500);
  if (!text) return null;
  const select = { id: true, title: true, handle: true, status: true, moderationState: true, shop: { select: { id: true, name: true, slug: true } } } as const;
  const address = /\/s\/([a-z0-9-]+)\/(?:[A-Za-z-]+\/)?p\/([^/?#\s]+)/.exec(text);
  if (address) {
    const handle = decodeURIComponent(address[2]).toLowerCase();
    return db.product.findFirst({ where: { handle, shop: { slug: address[1] } }, select });
  }
  return /^[a-z0-9]{8,64}$/i.test(text) ? db.product.findUnique({ where: { id: text }, select }) : null;
}
