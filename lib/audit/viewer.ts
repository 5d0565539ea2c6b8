// The console's audit viewer (/admin/audit) and its CSV export: the log filtered by action
// (exact, or a prefix ending in "." such as "shop."), shop (id or address), actor (id or email),
// and UTC days; newest first, 50 a page. Anything unreadable in the address is ignored.
import "server-only";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import type { Db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;
const DAY = 86_400_000;

const text = z.string().trim().max(200).optional().catch(undefined);
const day = z.iso.date().optional().catch(undefined);
export const auditFiltersSchema = z.object({
  action: text,
  shop: text,
  actor: text,
  from: day, // inclusive, UTC day
  to: day, // inclusive, UTC day
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type AuditFilters = z.output<typeof auditFiltersSchema>;
export const AUDIT_FILTER_KEYS = ["action", "shop", "actor", "from", "to"] as const;

export function auditFilters(params: Record<string, string | undefined>): AuditFilters {
  const parsed = auditFiltersSchema.parse(params);
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined && v !== "")) as AuditFilters;
}

function where(f: AuditFilters): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (f.action) and.push({ action: f.action.endsWith(".") ? { startsWith: f.action } : f.action });
  if (f.shop) and.push({ OR: [{ shopId: f.shop }, { shop: { slug: f.shop.toLowerCase() } }] });
  if (f.actor) and.push({ OR: [{ actorId: f.actor }, { actor: { email: { equals: f.actor, mode: "insensitive" } } }] });
  if (f.from) and.push({ createdAt: { gte: new Date(`${f.from}T00:00:00Z`) } });
  if (f.to) and.push({ createdAt: { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + DAY) } });
  return and.length ? { AND: and } : {};
}

const select = {
  id: true,
  createdAt: true,
  action: true,
  targetType: true,
  targetId: true,
  reason: true,
  before: true,
  after: true,
  data: true,
  shopId: true,
  actorId: true,
  shop: { select: { slug: true, name: true } },
  actor: { select: { name: true, email: true } },
} satisfies Prisma.AuditLogSelect;

/** One page of the filtered log, newest first, and how many entries match in all. */
export async function listAudit(db: Db, filters: AuditFilters) {
  const page = filters.page ?? 1;
  const [total, entries] = await Promise.all([
    db.auditLog.count({ where: where(filters) }),
    db.auditLog.findMany({
      where: where(filters),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select,
    }),
  ]);
  return { page, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), entries };
}

const json = (value: unknown) => (value == null ? "" : JSON.stringify(value));

/** The filtered log (every page, up to `limit` rows) as CSV, newest first. */
export async function auditCsv(db: Db, filters: AuditFilters, limit = 100_000) {
  const rows = await db.auditLog.findMany({ where: where(filters), orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit, select });
  return stringify(
    rows.map((r) => [
      r.createdAt.toISOString(),
      r.action,
      r.shopId ?? "",
      r.shop?.slug ?? "",
      r.actorId ?? "",
      r.actor?.email ?? "",
      r.targetType,
      r.targetId,
      r.reason ?? "",
      json(r.before),
      json(r.after),
      json(r.data),
    ]),
    {
      header: true,
      columns: ["created_at", "action", "shop_id", "shop", "actor_id", "actor_email", "target_type", "target_id", "reason", "before", "after", "data"],
    },
  );
}
