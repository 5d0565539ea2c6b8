// The merchant refunds a paid order: some units of some lines and/or the shipping, through the
// provider that took the payment, optionally putting the units back on the shelf. Amounts come
// from refund-amounts.ts (discounts and tax reversed line by line). Never more than was paid,
// also when two clicks race: the payment and order rows are locked (Payment → Order → Variant,
// as status.ts) before what is left is read, so the second click sees the first's refund.
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/log";
import type { ShopActor } from "@/lib/core/actor";
import { newId, type Db } from "@/lib/core/db";
import { AppError, parseInput } from "@/lib/core/errors";
import { formatMoney } from "@/lib/money/format";
import { paymentProviderNamed } from "@/lib/payments/provider";
import type { PaymentProvider } from "@/lib/payments/types";
import { checkFulfilmentChange, onLockedOrder } from "./after-sale";
import { lineRefund, shippingPaid, type LineRefund } from "./refund-amounts";
import { recordRefunds } from "./status";
import { restockUnits } from "./stock";

export const refundSchema = z
  .object({
    lines: z
      .array(z.object({ orderLineId: z.string().min(1), quantity: z.coerce.number().int("A whole number.").min(0, "At least 0.") }))
      .default([])
      .transform((lines) => lines.filter((l) => l.quantity > 0)),
    shipping: z.boolean().default(false),
    restock: z.boolean().default(false),
    reason: z.string().trim().max(500, "At most 500 characters.").default(""),
  })
  .refine((r) => r.lines.length > 0 || r.shipping, { message: "Choose the items or the shipping to refund.", path: ["form"] });
export type RefundInput = z.input<typeof refundSchema>;

type RefundedLine = LineRefund & { orderLineId: string; quantity: number };

export async function refundOrder(db: Db, actor: ShopActor, orderId: string, input: RefundInput, options: { provider?: PaymentProvider } = {}) {
  const data = parseInput(refundSchema, input);
  return onLockedOrder(db, actor, orderId, async (tx, order, payment) => {
    if (order.status !== "PAID")
      throw AppError.conflict({
        form: `This order is ${order.status === "PENDING" ? "awaiting payment" : order.status.toLowerCase()}: only a paid order can be refunded.`,
      });
    if (!payment) throw AppError.conflict({ form: "This order was free: there is nothing to refund." });
    const totals = await tx.order.findUniqueOrThrow({
      where: { id: orderId, shopId: actor.shopId },
      select: {
        shippingAmount: true,
        taxAmount: true,
        pricesIncludeTax: true,
        lines: {
          select: {
            id: true,
            variantId: true,
            quantity: true,
            fulfilledQuantity: true,
            refundedQuantity: true,
            totalAmount: true,
            discountAmount: true,
            taxAmount: true,
          },
        },
      },
    });

    const fields: Record<string, string> = {};
    const refunded: RefundedLine[] = [];
    for (const [i, wanted] of data.lines.entries()) {
      const line = totals.lines.find((l) => l.id === wanted.orderLineId);
      const left = line ? line.quantity - line.refundedQuantity : 0;
      if (!line) fields[`lines.${i}`] = "This item isn't in the order.";
      else if (wanted.quantity > left) fields[`lines.${i}`] = left ? `Only ${left} left to refund.` : "Nothing left to refund.";
      else refunded.push({ orderLineId: line.id, quantity: wanted.quantity, ...lineRefund(line, wanted.quantity) });
    }
    if (new Set(data.lines.map((l) => l.orderLineId)).size !== data.lines.length) fields.form = "Each item once.";
    let shippingAmount = 0;
    let shippingTax = 0;
    if (data.shipping) {
      const paid = shippingPaid(
        totals,
        totals.lines.reduce((sum, l) => sum + l.taxAmount, 0),
      );
      const [{ done }] = await tx.$queryRaw<{ done: number }[]>`
          SELECT COALESCE(SUM("shippingAmount"), 0)::int AS done FROM "Refund" WHERE "orderId" = ${orderId} AND "shopId" = ${actor.shopId}`;
      if (done >= paid.amount) fields.shipping = "The shipping was refunded already.";
      shippingAmount = paid.amount - done;
      shippingTax = done ? 0 : paid.taxAmount;
    }
    if (Object.keys(fields).length) throw AppError.invalid(fields);

    const amount = refunded.reduce((sum, l) => sum + l.amount, 0) + shippingAmount;
    const left = order.totalAmount - order.refundedAmount;
    const money = (n: number) => formatMoney(n, order.currency, "en");
    if (amount > left) throw AppError.conflict({ form: left ? `Only ${money(left)} is left to refund.` : "Nothing is left to refund on this order." });

    const shop = await tx.shop.findUniqueOrThrow({ where: { id: actor.shopId }, select: { stripeAccountId: true } });
    const provider = options.provider ?? paymentProviderNamed(payment.provider);
    // Keyed by where the order's books stand: a retried transaction asks for the same refund.
    const refund =
      amount > 0
        ? await provider.refund({
            providerPaymentId: payment.providerPaymentId,
            stripeAccountId: shop.stripeAccountId,
            amount,
            currency: payment.currency,
            idempotencyKey: `refund-${orderId}-${order.refundedAmount}-${amount}`,
            reason: "requested_by_customer",
          })
        : null;
    if (refund && (refund.status === "failed" || refund.status === "canceled"))
      throw new AppError("payment", { form: "The payment provider refused the refund. Nothing was refunded." });

    const lines = [...refunded, ...(data.shipping ? [{ shipping: true, amount: shippingAmount, taxAmount: shippingTax }] : [])];
    const id = newId();
    await tx.refund.create({
      data: {
        id,
        shopId: actor.shopId,
        orderId,
        paymentId: payment.id,
        amount,
        currency: payment.currency,
        reason: data.reason,
        lines,
        shippingAmount,
        restocked: data.restock,
        providerRefundId: refund?.providerRefundId ?? null,
        createdById: actor.userId,
      },
    });
    for (const l of refunded) {
      const moved = await tx.$executeRaw`
          UPDATE "OrderLine" SET "refundedQuantity" = "refundedQuantity" + ${l.quantity}::int
          WHERE id = ${l.orderLineId} AND "shopId" = ${actor.shopId} AND "refundedQuantity" + ${l.quantity}::int <= quantity`;
      if (!moved) throw AppError.conflict({ form: "The order changed meanwhile: try again." });
    }
    // What was left to send is refunded: the parcels sent make the order fulfilled (as fulfilOrder counts).
    const sentOrRefunded = (l: (typeof totals.lines)[number]) =>
      l.quantity - l.fulfilledQuantity - l.refundedQuantity - (refunded.find((r) => r.orderLineId === l.id)?.quantity ?? 0) <= 0;
    if (order.fulfillmentStatus === "PARTIAL" && totals.lines.every(sentOrRefunded)) {
      checkFulfilmentChange(order, "FULFILLED");
      await tx.order.update({ where: { id: orderId, shopId: actor.shopId }, data: { fulfillmentStatus: "FULFILLED" } });
    }
    if (data.restock) {
      const variantOf = (id: string) => totals.lines.find((o) => o.id === id)!.variantId;
      await restockUnits(
        tx,
        actor.shopId,
        refunded.map((l) => ({ variantId: variantOf(l.orderLineId), quantity: l.quantity })),
      );
    }
    await recordRefunds(tx, payment, []); // refundedAmount = the sum of the order's refunds
    await recordAudit(tx, {
      shopId: actor.shopId,
      actorId: actor.userId,
      action: "order.refunded",
      targetType: "order",
      targetId: orderId,
      data: { refundId: id, amount, lines, restock: data.restock, providerRefundId: refund?.providerRefundId ?? null },
    });
    return { refundId: id, amount, lines };
  });
}
