// Platform enforcement on a shop (decision record 0019): a warning, penalty points, suspending,
// reinstating, closing. One status machine (nextStatus) says which action is legal from which
// status; every action re-checks the admin's "enforce" permission in its transaction, leaves a
// notice on the merchant's dashboard and an audit row with the reason and the status before and
// after, then mails the owner and rescores the shop.
import "server-only";
import { requireAdminPermission } from "@/lib/admin/roles";
import { recordAudit } from "@/lib/audit/log";
import { transaction, type Db } from "@/lib/core/db";
import { AppError, parseInput } from "@/lib/core/errors";
import type { ShopNoticeKind, ShopStatus } from "@/lib/generated/prisma/client";
import { sendMail } from "@/lib/mail/send";
import { enforcementMail } from "./enforcement-mail";
import { penaltySchema, POINTS_VALID_DAYS, reasonSchema, ruleLabel, type EnforcementAction } from "./enforcement-schemas";
import { lockShop } from "./shops";
import { computeTrustScores } from "./trust-score-run";

/**
 * The status a shop goes to when `action` is taken on it, or null when the action is illegal
 * from `from`. Warnings and points leave the status as it is; closing is final.
 */
export function nextStatus(from: ShopStatus, action: EnforcementAction): ShopStatus | null {
  switch (action) {
    case "warn":
    case "penalty":
      return from === "CLOSED" ? null : from;
    case "suspend":
      return from === "ACTIVE" ? "SUSPENDED" : null;
    case "reinstate":
      return from === "SUSPENDED" ? "ACTIVE" : null;
    case "close":
      return from === "CLOSED" ? null : "CLOSED";
  }
}

const ILLEGAL: Record<EnforcementAction, string> = {
  warn: "A closed shop can't be warned.",
  penalty: "A closed shop can't be given points.",
  suspend: "Only an active shop can be suspended.",
  reinstate: "Only a suspended shop can be reinstated.",
  close: "This shop is already closed.",
};

const AUDIT_ACTION: Record<EnforcementAction, string> = {
  warn: "shop.warned",
  penalty: "shop.penalised",
  suspend: "shop.suspended",
  reinstate: "shop.reinstated",
  close: "shop.closed",
};

const NOTICE_KIND: Record<EnforcementAction, ShopNoticeKind> = {
  warn: "WARNING",
  penalty: "PENALTY",
  suspend: "SUSPENDED",
  reinstate: "REINSTATED",
  close: "CLOSED",
};

const DAY = 86_400_000;

function noticeText(action: EnforcementAction, shopName: string, reason: string, penalty?: { rule: string; points: number; expiresAt: Date }) {
  switch (action) {
    case "warn":
      return { title: "A warning from the Minishop team", body: `The Minishop team warns ${shopName}:\n\n${reason}` };
    case "penalty": {
      const until = penalty!.expiresAt.toISOString().slice(0, 10);
      const points = `${penalty!.points} penalty point${penalty!.points === 1 ? "" : "s"}`;
      return {
        title: `${points}: ${ruleLabel(penalty!.rule)}`,
        body: `${shopName} received ${points} for "${ruleLabel(penalty!.rule)}". They count until ${until}.\n\n${reason}`,
      };
    }
    case "suspend":
      return {
        title: "Your shop is suspended",
        body: `${shopName} is suspended: shoppers can't see it or buy from it. You can still send and refund paid orders.\n\n${reason}`,
      };
    case "reinstate":
      return { title: "Your shop is open again", body: `${shopName} is reinstated: shoppers can see it and buy from it again.\n\n${reason}` };
    case "close":
      return { title: "Your shop is closed", body: `${shopName} is closed for good: shoppers can no longer see it or buy from it.\n\n${reason}` };
  }
}

export type EnforcementResult = { shop: { id: string; slug: string; name: string }; before: ShopStatus; after: ShopStatus; noticeId: string };

/**
 * Takes `action` on a shop as `adminId`. `input` is the form: { reason } and, for a penalty,
 * { rule, points }. An illegal action (suspending a suspended shop…) is a 409 and changes nothing.
 */
export async function enforce(db: Db, adminId: string, shopId: string, action: EnforcementAction, input: unknown, now = new Date()) {
  const penalty = action === "penalty" ? parseInput(penaltySchema, input) : null;
  const { reason } = penalty ?? parseInput(reasonSchema, input);
  const result = await transaction(db, async (tx): Promise<EnforcementResult> => {
    await requireAdminPermission(tx, adminId, "enforce");
    await lockShop(tx, shopId); // two admins acting at once: the second sees the first's status
    const shop = await tx.shop.findUniqueOrThrow({ where: { id: shopId }, select: { id: true, slug: true, name: true, status: true } });
    const after = nextStatus(shop.status, action);
    if (!after) throw AppError.conflict({ form: ILLEGAL[action] });
    if (after !== shop.status) await tx.shop.update({ where: { id: shopId }, data: { status: after }, select: { id: true } });
    const points = penalty && { rule: penalty.rule, points: penalty.points, expiresAt: new Date(now.getTime() + POINTS_VALID_DAYS * DAY) };
    const point = points && (await tx.penaltyPoint.create({ data: { shopId, ...points, reason, createdById: adminId, createdAt: now }, select: { id: true } }));
    const text = noticeText(action, shop.name, reason, points ?? undefined);
    const notice = await tx.shopNotice.create({
      data: { shopId, kind: NOTICE_KIND[action], ...text, createdById: adminId, createdAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      shopId,
      actorId: adminId,
      action: AUDIT_ACTION[action],
      targetType: "shop",
      targetId: shopId,
      data: {
        slug: shop.slug,
        noticeId: notice.id,
        ...(points && { penaltyPointId: point!.id, rule: points.rule, points: points.points, expiresAt: points.expiresAt.toISOString() }),
      },
      reason,
      before: { status: shop.status },
      after: { status: after },
    });
    return { shop: { id: shop.id, slug: shop.slug, name: shop.name }, before: shop.status, after, noticeId: notice.id };
  });
  await computeTrustScores(db, { now, shopIds: [shopId] });
  const to = await ownerEmail(db, shopId);
  if (to) {
    const notice = await db.shopNotice.findUniqueOrThrow({ where: { id: result.noticeId }, select: { title: true, body: true } });
    await sendMail(enforcementMail(to, result.shop, notice));
  }
  return result;
}

async function ownerEmail(db: Db, shopId: string) {
  const owner = await db.shopMember.findFirst({
    where: { shopId, role: "OWNER" },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { email: true } } },
  });
  return owner?.user.email ?? null;
}

/** The merchant's standing, for the dashboard home: the latest notices, active points and the trust score. */
export async function shopStanding(db: Db, shopId: string, now = new Date()) {
  const [notices, points, shop] = await Promise.all([
    db.shopNotice.findMany({
      where: { shopId },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { id: true, kind: true, title: true, body: true, createdAt: true },
    }),
    db.penaltyPoint.findMany({
      where: { shopId, expiresAt: { gt: now } },
      orderBy: { expiresAt: "asc" },
      select: { id: true, rule: true, points: true, reason: true, createdAt: true, expiresAt: true },
    }),
    db.shop.findUniqueOrThrow({ where: { id: shopId }, select: { trustScore: true, trustScoreParts: true, trustScoreAt: true } }),
  ]);
  return { notices, points, activePoints: points.reduce((sum, p) => sum + p.points, 0), trust: shop };
}
