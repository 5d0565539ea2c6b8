// A shop's team: owners invite staff by email, staff accept with the link, owners remove them.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/log";
import { requireRole, type ShopActor } from "@/lib/core/actor";
import { transaction, type Db } from "@/lib/core/db";
import { AppError, parseInput } from "@/lib/core/errors";
import { inviteSchema } from "./schemas";
import { lockShop } from "./shops";

export const INVITATION_DAYS = 7;

/** Only the token's hash is stored, so a copy of the database can't be used to join a shop. */
export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/; // 32 random bytes, base64url

export async function listTeam(db: Db, shopId: string, now = new Date()) {
  const [members, invitations] = await Promise.all([
    db.shopMember.findMany({
      where: { shopId },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db.shopInvitation.findMany({
      where: { shopId, acceptedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, expiresAt: true },
    }),
  ]);
  return { members, invitations };
}

/**
 * Invites `email` as staff. A new invitation replaces a pending one for the same address
 * (so "invite again" resends). Returns the token for the mail: it is never stored.
 */
export async function inviteStaff(db: Db, actor: ShopActor, input: unknown, now = new Date()) {
  const { email } = parseInput(inviteSchema, input);
  const token = randomBytes(32).toString("base64url");
  const invitation = await transaction(db, async (tx) => {
    await requireRole(tx, actor, "members");
    const member = await tx.shopMember.findFirst({
      where: { shopId: actor.shopId, user: { email: { equals: email, mode: "insensitive" } } },
      select: { id: true },
    });
    if (member) throw AppError.invalid({ email: "This person is already in the team" });
    await tx.shopInvitation.deleteMany({ where: { shopId: actor.shopId, email, acceptedAt: null } });
    const created = await tx.shopInvitation.create({
      data: {
        shopId: actor.shopId,
        email,
        role: "STAFF",
        token: hashToken(token),
        invitedById: actor.userId,
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
      },
      select: { id: true, email: true, expiresAt: true, shop: { select: { name: true } } },
    });
    await recordAudit(tx, {
      shopId: actor.shopId,
      actorId: actor.userId,
      action: "member.invited",
      targetType: "invitation",
      targetId: created.id,
      data: { email },
    });
    return created;
  });
  return { ...invitation, token };
}

export async function revokeInvitation(db: Db, actor: ShopActor, invitationId: string) {
  await transaction(db, async (tx) => {
    await requireRole(tx, actor, "members");
    const invitation = await tx.shopInvitation.findFirst({ where: { id: invitationId, shopId: actor.shopId, acceptedAt: null }, select: { email: true } });
    if (!invitation) throw AppError.notFound("invitation");
    await tx.shopInvitation.deleteMany({ where: { id: invitationId, shopId: actor.shopId } });
    await recordAudit(tx, {
      shopId: actor.shopId,
      actorId: actor.userId,
      action: "member.invitation_revoked",
      targetType: "invitation",
      targetId: invitationId,
      data: { email: invitation.email },
    });
  });
}

/** Removes someone from the team. An owner can't remove themselves, and a shop always keeps an owner. */
export async function removeMember(db: Db, actor: ShopActor, memberId: string) {
  await transaction(db, async (tx) => {
    await requireRole(tx, actor, "members");
    await lockShop(tx, actor.shopId); // two owners removing each other at once: one wins, the other finds the last owner
    const member = await tx.shopMember.findFirst({ where: { id: memberId, shopId: actor.shopId }, select: { userId: true, role: true } });
    if (!member) throw new AppError("not_found", { form: "Team member not found." });
    if (member.userId === actor.userId) throw AppError.invalid({ form: "You can't remove yourself from the shop." });
    if (member.role === "OWNER" && (await tx.shopMember.count({ where: { shopId: actor.shopId, role: "OWNER" } })) <= 1) {
      throw AppError.invalid({ form: "A shop needs at least one owner." });
    }
    await tx.shopMember.deleteMany({ where: { id: memberId, shopId: actor.shopId } });
    await recordAudit(tx, {
      shopId: actor.shopId,
      actorId: actor.userId,
      action: "member.removed",
      targetType: "member",
      targetId: member.userId,
      data: { role: member.role },
    });
  });
}

export type InvitationProblem = "invalid" | "expired" | "used" | "wrong_email";

/** The invitation behind a link, for the accept page; null when the token matches none. */
export async function findInvitation(db: Db, token: string) {
  if (!TOKEN_PATTERN.test(token)) return null;
  return db.shopInvitation.findUnique({
    where: { token: hashToken(token) },
    select: { id: true, email: true, expiresAt: true, acceptedAt: true, shop: { select: { id: true, name: true, slug: true } } },
  });
}

/**
 * Joins the signed-in user to the invitation's shop as staff. Accepting twice is fine (the
 * second time just answers the shop); an existing owner keeps their role.
 */
export async function acceptInvitation(
  db: Db,
  user: { id: string; email: string },
  token: string,
  now = new Date(),
): Promise<{ ok: true; shopSlug: string } | { ok: false; problem: InvitationProblem }> {
  if (!TOKEN_PATTERN.test(token)) return { ok: false, problem: "invalid" };
  return transaction(db, async (tx) => {
    const invitation = await tx.shopInvitation.findUnique({
      where: { token: hashToken(token) },
      select: { id: true, shopId: true, email: true, role: true, expiresAt: true, acceptedAt: true, shop: { select: { slug: true } } },
    });
    if (!invitation) return { ok: false, problem: "invalid" };
    if (invitation.email.toLowerCase() !== user.email.trim().toLowerCase()) return { ok: false, problem: "wrong_email" };
    const isMember = async () =>
      !!(await tx.shopMember.findUnique({ where: { shopId_userId: { shopId: invitation.shopId, userId: user.id } }, select: { id: true } }));
    if (invitation.acceptedAt) return (await isMember()) ? { ok: true, shopSlug: invitation.shop.slug } : { ok: false, problem: "used" };
    if (invitation.expiresAt <= now) return { ok: false, problem: "expired" };
    // skipDuplicates: a concurrent accept (or an existing membership) leaves the row as it is.
    await tx.shopMember.createMany({ data: [{ shopId: invitation.shopId, userId: user.id, role: invitation.role }], skipDuplicates: true });
    const { count } = await tx.shopInvitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } });
    if (count) {
      await recordAudit(tx, {
        shopId: invitation.shopId,
        actorId: user.id,
        action: "member.joined",
        targetType: "member",
        targetId: user.id,
        data: { invitationId: invitation.id, role: invitation.role },
      });
    }
    return { ok: true, shopSlug: invitation.shop.slug };
  });
}
