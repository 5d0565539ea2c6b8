// The admins' decisions on moderation cases, and takedowns. Each re-checks the admin's
// permission inside its transaction, locks the product, changes it and the case together and
// writes the audit entry (who, target, reason, before/after); the owner's mail goes out once
// committed. The caller (a server action) expires the storefront's caches for the product.
import "server-only";
import { requireAdminPermission } from "@/lib/admin/roles";
import { recordAudit } from "@/lib/audit/log";
import { transaction, type Db, type Tx } from "@/lib/core/db";
import { AppError, parseInput } from "@/lib/core/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProductModerationState, ProductStatus } from "@/lib/generated/prisma/enums";
import { sendMail } from "@/lib/mail/send";
import { moderationMail, type MailProduct, type ModerationMailKind } from "./mail";
import { approvalSchema, decisionReasonSchema } from "./schemas";

type LockedProduct = { id: string; shopId: string; title: string; status: ProductStatus; moderationState: ProductModerationState };
export type Decision = "approve" | "reject";
/** What changed, for the caller's cache expiry and message. */
export type DecisionResult = { shopId: string; productId: string | null; message: string };

/** The product, locked until the transaction ends: decisions on one product happen one at a time. */
export async function lockProduct(tx: Tx, productId: string, shopId?: string): Promise<LockedProduct> {
  const [product] = await tx.$queryRaw<LockedProduct[]>`
    SELECT id, "shopId", title, status::text AS status, "moderationState"::text AS "moderationState" FROM "Product"
    WHERE id = ${productId} ${shopId ? Prisma.sql`AND "shopId" = ${shopId}` : Prisma.empty} FOR UPDATE`;
  if (!product) throw AppError.notFound("product");
  return product;
}

async function ownerMail(db: Db, kind: ModerationMailKind, productId: string, reason: string) {
  const product: (MailProduct & { shopId: string }) | null = await db.product.findUnique({
    where: { id: productId },
    select: { id: true, shopId: true, title: true, shop: { select: { name: true, slug: true } } },
  });
  if (!product) return;
  const owner = await db.shopMember.findFirst({
    where: { shopId: product.shopId, role: "OWNER" },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { email: true } } },
  });
  if (owner) await sendMail(moderationMail(kind, owner.user.email, product, reason));
}

async function setProduct(tx: Tx, product: LockedProduct, data: { status?: ProductStatus; moderationState: ProductModerationState }) {
  await tx.product.update({ where: { id: product.id }, data, select: { id: true } });
  return {
    before: { status: product.status, moderationState: product.moderationState },
    after: { status: data.status ?? product.status, moderationState: data.moderationState },
  };
}

/** Takes `product` down in `tx` (shared by takeDownProduct and an upheld report). */
async function takeDown(tx: Tx, adminId: string, product: LockedProduct, reason: string) {
  if (product.moderationState === "TAKEN_DOWN") throw AppError.invalid({ form: "This product is already taken down." });
  const now = new Date();
  const takedown = await tx.moderationCase.create({
    data: {
      shopId: product.shopId,
      productId: product.id,
      kind: "TAKEDOWN",
      status: "APPROVED",
      reason,
      openedById: adminId,
      resolvedById: adminId,
      resolvedAt: now,
      restoreStatus: product.status,
    },
    select: { id: true },
  });
  // A review waiting for this product is moot now: closed with the takedown's reason.
  await tx.moderationCase.updateMany({
    where: { productId: product.id, kind: "PRODUCT_REVIEW", status: "OPEN" },
    data: { status: "REJECTED", resolution: `Taken down: ${reason}`, resolvedById: adminId, resolvedAt: now },
  });
  const change = await setProduct(tx, product, { status: product.status === "ACTIVE" ? "DRAFT" : product.status, moderationState: "TAKEN_DOWN" });
  await recordAudit(tx, {
    shopId: product.shopId,
    actorId: adminId,
    action: "product.taken_down",
    targetType: "product",
    targetId: product.id,
    data: { title: product.title, caseId: takedown.id },
    reason,
    ...change,
  });
}

/** An admin (permission "enforce") takes any product off the storefront with a reason the merchant reads. */
export async function takeDownProduct(db: Db, adminId: string, productId: string, input: unknown): Promise<DecisionResult> {
  const { reason } = parseInput(decisionReasonSchema, input);
  const product = await transaction(db, async (tx) => {
    await requireAdminPermission(tx, adminId, "enforce");
    const product = await lockProduct(tx, productId);
    await takeDown(tx, adminId, product, reason);
    return product;
  });
  await ownerMail(db, "taken_down", product.id, reason);
  return { shopId: product.shopId, productId: product.id, message: `“${product.title}” is taken down.` };
}

/** The status a taken-down product goes back to: what it had when taken down. */
async function restoreStatus(tx: Tx, productId: string): Promise<ProductStatus> {
  const down = await tx.moderationCase.findFirst({ where: { productId, kind: "TAKEDOWN" }, orderBy: { createdAt: "desc" }, select: { restoreStatus: true } });
  return down?.restoreStatus ?? "DRAFT";
}

/**
 * Approves or rejects an open case (permission "review"): a product review (approve: live;
 * reject: stays off with the reason), an appeal (accept: restored; reject: final), a report
 * (uphold: a reported product is taken down; dismiss).
 */
export async function decideCase(db: Db, adminId: string, caseId: string, decision: Decision, input: unknown): Promise<DecisionResult> {
  const found = await db.moderationCase.findUnique({ where: { id: caseId }, select: { kind: true, productId: true } });
  if (!found) throw AppError.invalid({ form: "This case no longer exists: reload the page." });
  // A reason is required where the merchant reads it or a product is taken down.
  const needsReason = decision === "reject" ? found.kind !== "REPORT" : found.kind === "REPORT" && !!found.productId;
  const { reason } = needsReason ? parseInput(decisionReasonSchema, input) : parseInput(approvalSchema, input);

  const result = await transaction(db, async (tx) => {
    await requireAdminPermission(tx, adminId, "review");
    const product = found.productId ? await lockProduct(tx, found.productId) : null;
    const now = new Date();
    const status = decision === "approve" ? "APPROVED" : "REJECTED";
    const { count } = await tx.moderationCase.updateMany({
      where: { id: caseId, status: "OPEN" },
      data: { status, resolution: reason || null, resolvedById: adminId, resolvedAt: now },
    });
    if (!count) throw AppError.invalid({ form: "This case was already decided: reload the page." });
    const kase = await tx.moderationCase.findUniqueOrThrow({
      where: { id: caseId },
      select: { shopId: true, kind: true, productId: true, _count: { select: { reports: true } } },
    });

    let change: { before: object; after: object } = { before: { caseStatus: "OPEN" }, after: { caseStatus: status } };
    let mail: ModerationMailKind | null = null;
    if (kase.kind === "TAKEDOWN") throw AppError.invalid({ form: "A takedown is not decided here." });
    if (kase.kind === "PRODUCT_REVIEW" && product) {
      if (product.moderationState !== "PENDING") throw AppError.invalid({ form: "This product is no longer waiting for review." });
      change = await setProduct(tx, product, decision === "approve" ? { status: "ACTIVE", moderationState: "APPROVED" } : { moderationState: "NONE" });
      mail = decision === "approve" ? "review_approved" : "review_rejected";
    }
    if (kase.kind === "APPEAL" && product) {
      if (product.moderationState !== "TAKEN_DOWN") throw AppError.invalid({ form: "This product is no longer taken down." });
      if (decision === "approve") change = await setProduct(tx, product, { status: await restoreStatus(tx, product.id), moderationState: "APPROVED" });
      mail = decision === "approve" ? "appeal_accepted" : "appeal_rejected";
    }
    if (kase.kind === "REPORT" && product && decision === "approve") await takeDown(tx, adminId, product, reason);

    await recordAudit(tx, {
      shopId: kase.shopId,
      actorId: adminId,
      action: `moderation.${kase.kind.toLowerCase()}_${decision === "approve" ? "approved" : "rejected"}`,
      targetType: product ? "product" : "shop",
      targetId: product?.id ?? kase.shopId,
      data: { caseId, ...(product && { title: product.title }), ...(kase.kind === "REPORT" && { reports: kase._count.reports }) },
      reason: reason || null,
      ...change,
    });
    return { kind: kase.kind, shopId: kase.shopId, productId: product?.id ?? null, title: product?.title, mail };
  });
  if (result.mail && result.productId) await ownerMail(db, result.mail, result.productId, reason);
  if (result.kind === "REPORT" && result.productId && decision === "approve") await ownerMail(db, "taken_down", result.productId, reason);
  const what = result.title ? `“${result.title}”` : "The shop";
  const MESSAGES = {
    PRODUCT_REVIEW: { approve: `${what} is approved and live.`, reject: `${what} stays unpublished; the merchant has your reason.` },
    APPEAL: { approve: `Appeal accepted: ${what} is restored.`, reject: `Appeal refused: ${what} stays taken down.` },
    REPORT: { approve: result.productId ? `Report upheld: ${what} is taken down.` : "Report upheld.", reject: "Report dismissed." },
    TAKEDOWN: { approve: "", reject: "" },
  } as const;
  return { shopId: result.shopId, productId: result.productId, message: MESSAGES[result.kind][decision] };
}
