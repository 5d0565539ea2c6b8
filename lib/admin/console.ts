// The console home's figures (/admin): shops by status, the work queues with their oldest case,
// and the platform's paid orders and GMV per UTC day, per currency (amounts in different
// currencies are never added up). Each figure is one query.
import "server-only";
import type { Db } from "@/lib/core/db";
import type { ModerationKind } from "@/lib/generated/prisma/client";
import { addDays, fillBuckets, type BucketRow, type FigureRange } from "@/lib/orders/figure-ranges";
import { shopsByStatus } from "@/lib/shops/admin-shops";

export const CONSOLE_DAYS = 30;
const MODERATION_KINDS: ModerationKind[] = ["PRODUCT_REVIEW", "REPORT", "TAKEDOWN", "APPEAL"];

export type QueueFigure = { key: string; waiting: number; oldest: Date | null };

/** Waiting shop reviews and OPEN moderation cases per kind, each with its oldest. */
export async function consoleQueues(db: Db): Promise<QueueFigure[]> {
  const [reviews, cases] = await Promise.all([
    db.shopReview.aggregate({ where: { state: "SUBMITTED" }, _count: { _all: true }, _min: { submittedAt: true } }),
    db.moderationCase.groupBy({ by: ["kind"], where: { status: "OPEN" }, _count: { _all: true }, _min: { createdAt: true } }),
  ]);
  const byKind = new Map(cases.map((c) => [c.kind, c]));
  return [
    { key: "SHOP_REVIEW", waiting: reviews._count._all, oldest: reviews._min.submittedAt },
    ...MODERATION_KINDS.map((kind) => ({ key: kind, waiting: byKind.get(kind)?._count._all ?? 0, oldest: byKind.get(kind)?._min.createdAt ?? null })),
  ];
}

export type CurrencySeries = { currency: string; orders: number; gross: number; series: BucketRow[] };

/** Paid orders and their totals per UTC day over the last CONSOLE_DAYS days, one series per currency (most orders first). */
export async function platformSales(db: Db, now = new Date()): Promise<{ range: FigureRange; currencies: CurrencySeries[] }> {
  const to = now.toISOString().slice(0, 10);
  const range: FigureRange = { by: "day", from: addDays(to, -(CONSOLE_DAYS - 1)), to };
  const rows = await db.$queryRaw<{ currency: string; bucket: string; orders: number; revenue: bigint }[]>`
    SELECT o.currency, to_char(date_trunc('day', o."paidAt"), 'YYYY-MM-DD') AS bucket, count(*)::int AS orders, sum(o."totalAmount") AS revenue
    FROM "Order" o
    WHERE o.status = 'PAID' AND o."paidAt" >= ${range.from}::date AND o."paidAt" < ${range.to}::date + 1
    GROUP BY 1, 2`;
  const byCurrency = new Map<string, BucketRow[]>();
  for (const r of rows) byCurrency.set(r.currency, [...(byCurrency.get(r.currency) ?? []), { bucket: r.bucket, orders: r.orders, revenue: Number(r.revenue) }]);
  const currencies = [...byCurrency].map(([currency, list]) => ({
    currency,
    orders: list.reduce((s, r) => s + r.orders, 0),
    gross: list.reduce((s, r) => s + r.revenue, 0),
    series: fillBuckets(range, list),
  }));
  return { range, currencies: currencies.sort((a, b) => b.orders - a.orders || a.currency.localeCompare(b.currency)) };
}

export async function consoleHome(db: Db, now = new Date()) {
  const [byStatus, queues, sales] = await Promise.all([shopsByStatus(db), consoleQueues(db), platformSales(db, now)]);
  return { byStatus, queues, sales };
}
