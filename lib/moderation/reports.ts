// Shoppers' reports on a product or a shop: no account needed, so they are limited per client
// address (the Storefront API's shared count, lib/storefront-api/rate-limit.ts). Reports on the
// same target join its one open REPORT case, which counts them for the admins' queue.
import "server-only";
import type { Db } from "@/lib/core/db";
import { transaction } from "@/lib/core/db";
import { AppError, parseInput } from "@/lib/core/errors";
import { countWrite } from "@/lib/storefront-api/rate-limit";
import { reportReasonLabel, reportSchema } from "./schemas";

/** Reports one client address may send per minute. */
export const REPORTS_PER_MINUTE = 5;

export async function submitReport(db: Db, shopId: string, input: unknown, client: string | null, options: { now?: Date } = {}) {
  const data = parseInput(reportSchema, input);
  // Only what shoppers can see can be reported; anything else is "not found", telling nothing.
  const shop = await db.shop.findFirst({ where: { id: shopId, status: "ACTIVE" }, select: { id: true } });
  if (!shop) throw AppError.notFound("shop");
  if (data.productId) {
    const product = await db.product.findFirst({ where: { id: data.productId, shopId, status: "ACTIVE" }, select: { id: true } });
    if (!product) throw AppError.notFound("product");
  }
  await countWrite(db, client, { limit: REPORTS_PER_MINUTE, scope: "report", now: options.now });
  const productId = data.productId ?? null;
  return transaction(db, async (tx) => {
    // One open case per target (partial unique indexes): join it, or open it.
    await tx.moderationCase.createMany({
      data: [{ shopId, productId, kind: "REPORT", reason: `Reported: ${reportReasonLabel(data.reason)}` }],
      skipDuplicates: true,
    });
    const kase = await tx.moderationCase.findFirstOrThrow({ where: { shopId, productId, kind: "REPORT", status: "OPEN" }, select: { id: true } });
    await tx.moderationReport.create({ data: { caseId: kase.id, shopId, productId, reason: data.reason, details: data.details }, select: { id: true } });
    return { caseId: kase.id };
  });
}
