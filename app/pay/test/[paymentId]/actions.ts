"use server";
// The test payment page's buttons. Each calls what a real provider's webhook would: completePayment,
// failPayment or abandonCheckout, keyed by ("test", payment id), so the same code paths run.
import { redirect } from "next/navigation";
import { notFound } from "next/navigation";
import { z } from "zod";
import { forgetShopperCart, shopperCart } from "@/lib/cart/shopper-cart";
import { abandonCheckout, completePayment, failPayment } from "@/lib/checkout/checkout";
import { transaction } from "@/lib/checkout/db";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { orderStatusPath } from "@/lib/orders/link";
import { findTestPayment } from "@/lib/orders/orders";
import { afterSettlement } from "@/lib/orders/settled";

const inputSchema = z.object({
  paymentId: z.string().regex(/^test_[0-9a-f]{24}$/),
  decision: z.enum(["pay", "decline", "abandon"]),
});

const SETTLE = { pay: completePayment, decline: failPayment, abandon: abandonCheckout };

export async function decideTestPayment(formData: FormData) {
  // Holding the payment's id is the access: it is random and only its shopper was sent to it.
  const input = inputSchema.safeParse({ paymentId: formData.get("paymentId"), decision: formData.get("decision") });
  if (!input.success || env().STRIPE_SECRET_KEY) notFound();
  const { paymentId, decision } = input.data;
  const payment = await transaction(db, (tx) => findTestPayment(tx, paymentId));
  if (!payment) notFound();

  const result = await SETTLE[decision](db, { provider: "test", providerPaymentId: paymentId, shopId: payment.shopId });
  await afterSettlement(db, result);

  const { slug } = payment.shop;
  if (result.orderStatus === "PAID") {
    // Paid: the cart's lines are bought.
    await forgetShopperCart(payment.shopId, (await shopperCart(payment.shopId)).cartId);
    redirect(orderStatusPath(slug, payment.orderId));
  }
  if (result.outcome === "failed") redirect(`/s/${slug}/cart?payment=declined`);
  if (result.outcome === "cancelled") redirect(`/s/${slug}/cart?payment=cancelled`);
  // Nothing changed (already settled, paid too late to sell): the page says how things stand.
  redirect(`/pay/test/${paymentId}`);
}
