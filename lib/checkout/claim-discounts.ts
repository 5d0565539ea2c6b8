// Claims the uses of the order's discount codes inside the checkout transaction. The
// conditional UPDATE both takes the use and locks the discount row, so the usage limit holds
// under any number of concurrent checkouts, and the per-customer count read after it sees
// every committed order of that email.
import type { Tx } from "@/lib/core/db";
import { AppError, msg, type Message } from "@/lib/core/errors";
import { customerUses, discountProblem, unknownCode, type DiscountRow } from "./discounts";
import { combinationProblem, type DiscountScope, type DiscountType } from "./pricing";

type ClaimInput = {
  shopId: string;
  codes: readonly string[]; // normalised
  email: string;
  now: Date;
  currency: string;
  subtotalAmount: number;
  lines: readonly { productId: string; collectionIds: readonly string[] }[];
};

const refuse = (message: Message) => new AppError("discount", { discountCodes: message });

type Claimed = Omit<DiscountRow, "type" | "scope"> & { type: DiscountType; scope: DiscountScope };

export async function claimDiscounts(tx: Tx, input: ClaimInput): Promise<DiscountRow[]> {
  if (!input.codes.length) return [];
  const { shopId } = input;
  // One statement: the codes' rows locked in id order, then a use taken of each that is active
  // and under its limit (judged on the locked, latest row).
  const rows = await tx.$queryRaw<(Claimed & { claimed: boolean })[]>`
    WITH found AS (
      SELECT id, code, active FROM "Discount" WHERE "shopId" = ${shopId} AND code = ANY(${[...input.codes]}::text[])
      ORDER BY id COLLATE "C" FOR UPDATE
    ), claimed AS (
      UPDATE "Discount" d SET "usedCount" = d."usedCount" + 1, "updatedAt" = now()
      FROM found WHERE d.id = found.id AND d.active AND (d."usageLimit" IS NULL OR d."usedCount" < d."usageLimit")
      RETURNING d.id, d.type::text AS type, d.value, d.scope::text AS scope, COALESCE(d."productIds", '{}') AS "productIds",
        COALESCE(d."collectionIds", '{}') AS "collectionIds", d.combinable,
        d."startsAt", d."endsAt", d."minSubtotalAmount", d."usageLimit", d."perCustomerLimit", d."usedCount"
    )
    SELECT found.id, found.code, found.active, claimed.id IS NOT NULL AS claimed, claimed.type, claimed.value, claimed.scope, claimed."productIds",
      claimed."collectionIds", claimed.combinable, claimed."startsAt", claimed."endsAt", claimed."minSubtotalAmount", claimed."usageLimit",
      claimed."perCustomerLimit", claimed."usedCount"
    FROM found LEFT JOIN claimed ON claimed.id = found.id
    ORDER BY found.id COLLATE "C"`;
  const missing = input.codes.find((code) => !rows.some((d) => d.code === code && d.active));
  if (missing) throw refuse(unknownCode(missing));

  const claimed: DiscountRow[] = [];
  for (const { claimed: took, ...row } of rows) {
    if (!took) throw refuse(row.active ? msg("codeUsedUp") : unknownCode(row.code));
    // Only a per-customer limit needs this email's uses, counted after the lock so that every
    // committed order of theirs is seen.
    const customerUsesNow = row.perCustomerLimit === null ? 0 : await customerUses(tx, shopId, row.id, input.email);
    const problem = discountProblem(
      { ...row, usedCount: row.usedCount - 1 }, // the limit was checked by the UPDATE; judge the rest as before this use
      { ...input, customerUses: customerUsesNow },
    );
    if (problem) throw refuse(problem);
    claimed.push(row);
  }
  const combination = combinationProblem(claimed);
  if (combination) throw refuse(msg(combination));
  return claimed;
}
