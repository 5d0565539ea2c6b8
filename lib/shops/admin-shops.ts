// The console's shop list (/admin/shops: status filter, search by name, address or owner's
// email, pages of 50) and one shop's enforcement page: its owner, points, notices and history.
import "server-only";
import type { Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SHOP_STATUSES } from "./enforcement-schemas";

export const SHOPS_PAGE_SIZE = 50;
type Status = (typeof SHOP_STATUSES)[number];

export type ShopListFilter = { status: Status | null; q: string | null; page: number };

export function shopListFilter(params: { status?: string; q?: string; page?: string }): ShopListFilter {
  const status = (SHOP_STATUSES as readonly string[]).includes(params.status ?? "") ? (params.status as Status) : null;
  const q = params.q?.trim().slice(0, 100) || null;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(params.page ?? "1", 10) || 1));
  return { status, q, page };
}

export async function listShopsForAdmin(db: Db, filter: ShopListFilter) {
  const where: Prisma.ShopWhereInput = {
    ...(filter.status && { status: filter.status }),
    ...(filter.q && {
      OR: [
        { name: { contains: filter.q, mode: "insensitive" } },
        { slug: { contains: filter.q.toLowerCase() } },
        { members: { some: { role: "OWNER", user: { email: { contains: filter.q, mode: "insensitive" } } } } },
      ],
    }),
  };
  const [total, shops, byStatus] = await Promise.all([
    db.shop.count({ where }),
    db.shop.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * SHOPS_PAGE_SIZE,
      take: SHOPS_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        name: true,
        status: true,
        createdAt: true,
        trustScore: true,
        members: { where: { role: "OWNER" }, take: 1, orderBy: { createdAt: "asc" }, select: { user: { select: { email: true } } } },
      },
    }),
    shopsByStatus(db),
  ]);
  return { total, shops, byStatus, pages: Math.max(1, Math.ceil(total / SHOPS_PAGE_SIZE)) };
}

/** How many shops are in each status (every status present, zero included). */
export async function shopsByStatus(db: Db): Promise<Record<Status, number>> {
  const rows = await db.shop.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = Object.fromEntries(SHOP_STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const row of rows) counts[row.status] = row._count._all;
  return counts;
}

/** One shop with what an enforcing admin needs to decide; not_found when there is no such shop. */
export async function getShopForAdmin(db: Db, shopId: string, now = new Date()) {
  const shop = await db.shop.findUnique({
    where: { id: shopId },
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      createdAt: true,
      trustScore: true,
      trustScoreParts: true,
      trustScoreAt: true,
      members: { where: { role: "OWNER" }, take: 1, orderBy: { createdAt: "asc" }, select: { user: { select: { name: true, email: true } } } },
      _count: { select: { orders: true, products: true } },
    },
  });
  if (!shop) throw AppError.notFound("shop");
  const [points, notices, history] = await Promise.all([
    db.penaltyPoint.findMany({ where: { shopId }, orderBy: { createdAt: "desc" }, take: 50 }),
    db.shopNotice.findMany({ where: { shopId }, orderBy: { createdAt: "desc" }, take: 20 }),
    db.auditLog.findMany({
      where: {
        shopId,
        action: { in: ["shop.warned", "shop.penalised", "shop.suspended", "shop.reinstated", "shop.closed", "shop.approved", "shop.rejected"] },
      },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, action: true, reason: true, before: true, after: true, createdAt: true, actor: { select: { name: true, email: true } } },
    }),
  ]);
  const activePoints = points.filter((p) => p.expiresAt > now).reduce((sum, p) => sum + p.points, 0);
  return { shop, points, activePoints, notices, history };
}
