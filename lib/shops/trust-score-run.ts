// Computes and stores trust scores: one SQL statement reads every part for all the shops asked
// (no query per shop), the formula (./trust-score.ts) scores them, one UPDATE stores them all.
// Run daily by the "trust-scores" job and for one shop after each enforcement action.
import "server-only";
import type { Db } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { TRUST, trustScore, type TrustInputs } from "./trust-score";

const DAY = 86_400_000;

type Row = TrustInputs & { shopId: string };

/** The formula's inputs per shop, as of `now`; all shops not CLOSED when `shopIds` is omitted. */
export async function trustInputs(db: Db, now: Date, shopIds?: string[]): Promise<Row[]> {
  const windowStart = new Date(now.getTime() - TRUST.windowDays * DAY);
  const dueBefore = new Date(now.getTime() - TRUST.fulfilWithinDays * DAY);
  const reportsFrom = new Date(now.getTime() - TRUST.reportsWindowDays * DAY);
  const only = shopIds ? Prisma.sql`s.id = ANY(${shopIds}::text[])` : Prisma.sql`s.status <> 'CLOSED'`;
  // Paid orders include those the merchant cancelled after payment: the shopper paid and didn't get the goods.
  return db.$queryRaw<Row[]>`
    WITH orders AS (
      SELECT o."shopId",
        count(*)::int AS paid,
        count(*) FILTER (WHERE o."refundedAmount" > 0)::int AS refunded,
        count(*) FILTER (WHERE o."paidAt" <= ${dueBefore})::int AS due,
        count(*) FILTER (WHERE o."paidAt" <= ${dueBefore}
          AND f.first <= o."paidAt" + make_interval(days => ${TRUST.fulfilWithinDays}::int))::int AS "onTime"
      FROM "Shop" s
      JOIN "Order" o ON o."shopId" = s.id AND o.status IN ('PAID', 'CANCELLED') AND o."paidAt" >= ${windowStart} AND o."paidAt" <= ${now}
      LEFT JOIN LATERAL (SELECT min(f."createdAt") AS first FROM "Fulfilment" f WHERE f."shopId" = o."shopId" AND f."orderId" = o.id) f ON true
      WHERE ${only}
      GROUP BY o."shopId"
    ),
    reports AS (
      SELECT m."shopId", count(*)::int AS upheld FROM "Shop" s
      JOIN "ModerationCase" m ON m."shopId" = s.id AND m.kind = 'REPORT' AND m.status = 'APPROVED'
        AND coalesce(m."resolvedAt", m."createdAt") >= ${reportsFrom}
      WHERE ${only} GROUP BY m."shopId"
    ),
    points AS (
      SELECT p."shopId", sum(p.points)::int AS active FROM "Shop" s
      JOIN "PenaltyPoint" p ON p."shopId" = s.id AND p."expiresAt" > ${now}
      WHERE ${only} GROUP BY p."shopId"
    )
    SELECT s.id AS "shopId",
      coalesce(o.due, 0) AS "dueOrders", coalesce(o."onTime", 0) AS "onTimeOrders",
      coalesce(o.paid, 0) AS "paidOrders", coalesce(o.refunded, 0) AS "refundedOrders",
      coalesce(r.upheld, 0) AS "upheldReports", coalesce(p.active, 0) AS "activePoints"
    FROM "Shop" s
    LEFT JOIN orders o ON o."shopId" = s.id
    LEFT JOIN reports r ON r."shopId" = s.id
    LEFT JOIN points p ON p."shopId" = s.id
    WHERE ${only}
    ORDER BY s.id`;
}

/** Scores the shops (all open ones, or `shopIds`) and stores each score with its parts. Returns how many. */
export async function computeTrustScores(db: Db, options: { now?: Date; shopIds?: string[] } = {}) {
  const now = options.now ?? new Date();
  const rows = await trustInputs(db, now, options.shopIds);
  if (!rows.length) return { scored: 0 };
  const scored = rows.map((row) => {
    const { score, parts } = trustScore(row);
    return { id: row.shopId, score, parts: JSON.stringify({ parts, inputs: { ...row, shopId: undefined } }) };
  });
  await db.$executeRaw`
    UPDATE "Shop" s SET "trustScore" = v.score, "trustScoreParts" = v.parts::jsonb, "trustScoreAt" = ${now}
    FROM unnest(${scored.map((r) => r.id)}::text[], ${scored.map((r) => r.score)}::int[], ${scored.map((r) => r.parts)}::text[]) AS v(id, score, parts)
    WHERE s.id = v.id`;
  return { scored: rows.length };
}
