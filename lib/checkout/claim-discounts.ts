// Claims the uses of the order's discount codes inside the checkout transaction. The
// conditional UPDATE both takes the use and locks the discount row, so the usage limit holds
// under any number of concurrent checkouts, and the per-customer count read after it sees
// every committed order of that email.
import type { DiscountScope, DiscountType } from "./pricing";
import type { Tx } from "./db";
import { customerUses, discountProblem, unknownCode, type DiscountRow } from "./discounts";
import { CheckoutError } from "./errors";
import { combinationProblem } from "./pricing";

type ClaimInput = {
  shopId: string;
  codes: readonly string[]; // normalised
  email: string;
  now: Date;
  currency: string;
  subtotalAmount: number;
  lines: readonly { productId: string; collectionIds: readonly string[] }[];
};

const refuse = (message: string) => new CheckoutError("discount", { discountCodes: message });

export async function claimDiscounts(tx: Tx, input: ClaimInput): Promise<DiscountRow[]> {
  if (!input.codes.length) return [];
  const { shopId } = input;
  const found = await tx.discount.findMany({ where: { shopId, code: { in: [...input.codes] } }, select: { id: true, code: true, active: true } });
  const missing = input.codes.find((code) => !found.some((d) => d.code === code && d.active));
  if (missing) throw refuse(unknownCode(missing));

  const claimed: DiscountRow[] = [];
  for (const { id, code } of [...found].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const [row] = await tx.$queryRaw<(Omit<DiscountRow, "type" | "scope"> & { type: DiscountType; scope: DiscountScope })[]>`
      UPDATE "Discount" SET "usedCount" = "usedCount" + 1, "updatedAt" = now()
      WHERE id = ${id} AND "shopId" = ${shopId} AND active AND ("usageLimit" IS NULL OR "usedCount" < "usageLimit")
      RETURNING id, code, type::text AS type, value, scope::text AS scope, "productIds", "collectionIds", combinable, active,
        "startsAt", "endsAt", "minSubtotalAmount", "usageLimit", "perCustomerLimit", "usedCount"`;
    if (!row) throw refuse(found.find((d) => d.id === id)?.active ? "This code has reached its usage limit." : unknownCode(code));
    const problem = discountProblem(
      { ...row, usedCount: row.usedCount - 1 }, // the limit was checked by the UPDATE; judge the rest as before this use
      { ...input, customerUses: await customerUses(tx, shopId, id, input.email) },
    );
    if (problem) throw refuse(problem);
    claimed.push(row);
  }
  const combination = combinationProblem(claimed);
  if (combination) throw refuse(combination);
  return claimed;
}
