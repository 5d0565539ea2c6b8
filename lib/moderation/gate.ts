// The publish gate: every write that can leave a product ACTIVE (the editor, bulk publish,
// the CSV import — all through lib/catalog's applyPlans and setProductsStatus) calls
// holdBackPublished in its transaction, after writing. A product breaking a PROHIBITED rule
// refuses the whole write (4xx naming the reason; the transaction rolls back, nothing changed);
// one breaking a RESTRICTED rule goes back to DRAFT, PENDING, with one open PRODUCT_REVIEW case
// for the admins (lib/moderation/cases.ts); a TAKEN_DOWN product can't be republished.
// The database backs this up: a held product is never ACTIVE at commit (product_moderation migration).
import type { Tx } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { recordAudit } from "@/lib/audit/log";
import { matchProduct, verdict, type Rule, type RuleMatch } from "./rules";

/** The active rules, read once per write. */
export function activeRules(tx: Tx): Promise<Rule[]> {
  return tx.moderationRule.findMany({
    where: { active: true },
    select: { id: true, kind: true, value: true, level: true, reason: true },
    orderBy: { id: "asc" },
  });
}

const describeMatch = (m: RuleMatch) => `${m.reason} (“${m.value}” in the ${m.field === "tags" ? "tags" : m.field})`;

/** The reason an admin gave for the product's latest takedown. */
export async function takedownReason(tx: Tx, productId: string) {
  const down = await tx.moderationCase.findFirst({ where: { productId, kind: "TAKEDOWN" }, orderBy: { createdAt: "desc" }, select: { reason: true } });
  return down?.reason ?? "it breaks the platform's rules";
}

/**
 * Applies the gate to the shop's products among `productIds` that are now ACTIVE. Returns the
 * ids held for review (now DRAFT and PENDING). Throws AppError (invalid) for a prohibited
 * product or a taken-down one: the caller's transaction must then roll back.
 */
export async function holdBackPublished(tx: Tx, shopId: string, productIds: string[], actorId: string | null = null): Promise<{ pending: string[] }> {
  if (!productIds.length) return { pending: [] };
  const products = await tx.product.findMany({
    where: { shopId, id: { in: productIds }, status: "ACTIVE" },
    select: { id: true, title: true, descriptionMd: true, tags: true, moderationState: true },
    orderBy: { id: "asc" },
  });
  if (!products.length) return { pending: [] };
  const down = products.find((p) => p.moderationState === "TAKEN_DOWN");
  if (down)
    throw AppError.invalid({
      form: `“${down.title}” was taken down by Minishop and can't be published: ${await takedownReason(tx, down.id)}. Open the product to appeal.`,
    });
  const rules = await activeRules(tx);
  const toHold: { id: string; title: string; matches: RuleMatch[] }[] = [];
  const alreadyPending: string[] = [];
  for (const p of products) {
    if (p.moderationState === "PENDING") {
      alreadyPending.push(p.id); // published again while waiting: stays waiting, same case
      continue;
    }
    if (!rules.length) continue;
    const { level, prohibited, restricted } = verdict(matchProduct(rules, p));
    if (level === "PROHIBITED")
      throw AppError.invalid({ form: `“${p.title}” can't be published on Minishop: ${describeMatch(prohibited[0])}. Nothing was changed.` });
    // An admin already cleared this product: restricted terms no longer hold it back.
    if (level === "RESTRICTED" && p.moderationState === "NONE") toHold.push({ id: p.id, title: p.title, matches: restricted });
  }
  const pending = [...alreadyPending, ...toHold.map((p) => p.id)];
  if (!pending.length) return { pending };
  await tx.product.updateMany({ where: { shopId, id: { in: pending } }, data: { status: "DRAFT", moderationState: "PENDING" } });
  if (toHold.length) {
    // One open review per product (a partial unique index): a case left open stays the one.
    await tx.moderationCase.createMany({
      data: toHold.map((p) => ({
        shopId,
        productId: p.id,
        kind: "PRODUCT_REVIEW" as const,
        reason: p.matches.map(describeMatch).join("; "),
        openedById: actorId,
      })),
      skipDuplicates: true,
    });
    for (const p of toHold)
      await recordAudit(tx, {
        shopId,
        actorId,
        action: "product.held_for_review",
        targetType: "product",
        targetId: p.id,
        data: { title: p.title, rules: p.matches.map((m) => ({ id: m.id, value: m.value, field: m.field })) },
        before: { status: "ACTIVE", moderationState: "NONE" },
        after: { status: "DRAFT", moderationState: "PENDING" },
      });
  }
  return { pending };
}
