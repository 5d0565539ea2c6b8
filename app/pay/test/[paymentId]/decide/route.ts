// The test payment page's buttons, posted as a plain HTML form (it works without JavaScript).
// Each calls what a real provider's webhook would — completePayment, failPayment or
// abandonCheckout, keyed by ("test", payment id), so the same code paths run — then sends the
// shopper on with a 303: the signed order page when paid, back to the cart otherwise.
import { z } from "zod";
import { chosenLocale, forgetPaidCart } from "@/app/_entry/storefront";
import { msg, type Message } from "@/lib/core/errors";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { negotiateLocale } from "@/lib/i18n/locales";
import { renderMessage } from "@/lib/i18n/translate";
import { orderStatusPath } from "@/lib/orders/link";
import { abandonCheckout, afterSettlement, completePayment, failPayment } from "@/lib/orders/status";
import { isTestPaymentId, recordTestDecision } from "@/lib/payments/test-provider";

const decisionSchema = z.enum(["pay", "decline", "abandon"]);
const SETTLE = { pay: completePayment, decline: failPayment, abandon: abandonCheckout };

// A browser's plain form post: the refusal is a short page of text in the shopper's language.
async function text(request: Request, status: number, message: Message) {
  const locale = (await chosenLocale()) ?? negotiateLocale(request.headers.get("accept-language")) ?? "en";
  return new Response(renderMessage(message, locale), { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

/**
 * Refuses a form another site posts (as Next.js does for server actions): its Origin isn't ours.
 * The page sends no referrer, so browsers post it with `Origin: null`; Sec-Fetch-Site decides then.
 */
function fromOtherSite(request: Request) {
  if (request.headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export async function POST(request: Request, ctx: { params: Promise<{ paymentId: string }> }) {
  // Holding the payment's id is the access: it is random and only its shopper was sent to it.
  const { paymentId } = await ctx.params;
  if (env().STRIPE_SECRET_KEY || !isTestPaymentId(paymentId)) return text(request, 404, msg("testPaymentNotFound"));
  if (fromOtherSite(request)) return text(request, 403, msg("testPaymentCrossSite"));
  const form = await request.formData().catch(() => null);
  const decision = decisionSchema.safeParse(form?.get("decision"));
  if (!decision.success) return text(request, 400, msg("testPaymentDecision"));

  recordTestDecision(paymentId, decision.data); // the provider's own record, read back by reconciliation
  const result = await SETTLE[decision.data](db, { provider: "test", providerPaymentId: paymentId });
  if (result.outcome === "not_found" || !result.shopId || !result.orderId) return text(request, 404, msg("testPaymentNotFound"));
  await afterSettlement(db, result);

  const slug = result.shopSlug!;
  if (result.orderStatus === "PAID") {
    await forgetPaidCart(result.shopId); // the cart's lines are bought
    return seeOther(orderStatusPath(slug, result.orderId));
  }
  if (result.outcome === "failed") return seeOther(`/s/${slug}/cart?payment=declined`);
  if (result.outcome === "cancelled") return seeOther(`/s/${slug}/cart?payment=cancelled`);
  // Nothing changed (already settled, paid too late to sell): the page says how things stand.
  return seeOther(`/pay/test/${paymentId}`);
}
