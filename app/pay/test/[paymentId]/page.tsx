// The built-in test payment provider's page (used when STRIPE_SECRET_KEY is unset): the shopper
// chooses how the payment ends. No money moves; with Stripe configured this page doesn't exist.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { chosenLocale } from "@/app/_entry/storefront";
import { transaction } from "@/lib/core/db";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { closestLocale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money/format";
import { orderStatusPath } from "@/lib/orders/link";
import { findTestPayment } from "@/lib/orders/orders";
import { isTestPaymentId } from "@/lib/payments/test-provider";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Test payment", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function TestPaymentPage({ params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  if (env().STRIPE_SECRET_KEY || !isTestPaymentId(paymentId)) notFound();
  const payment = await transaction(db, (tx) => findTestPayment(tx, paymentId));
  if (!payment) notFound();
  const locale = (await chosenLocale()) ?? closestLocale(payment.shop.defaultLocale);
  const t = getTranslator(locale);
  const open = payment.status === "PENDING" && payment.order.status === "PENDING";
  const button = "min-h-11 rounded-md px-5 py-2.5 font-semibold";

  return (
    <div lang={locale} className="flex min-h-screen flex-col items-center bg-slate-100 px-4 py-10">
      <main id="main" className="w-full max-w-md rounded-lg border-2 border-dashed border-amber-500 bg-white p-6 shadow-sm">
        <p className="rounded-md bg-amber-100 px-3 py-2 text-center text-sm font-bold tracking-wide text-amber-950 uppercase">{t("pay.banner")}</p>
        <h1 className="mt-4 text-2xl font-bold tracking-tight">{t("pay.title")}</h1>
        <dl className="mt-4 space-y-2">
          <div className="flex justify-between gap-4">
            <dt className="text-slate-700">{t("pay.shop")}</dt>
            <dd className="font-medium">{payment.shop.name}</dd>
          </div>
          <div className="flex justify-between gap-4">
            <dt className="text-slate-700">{t("pay.order")}</dt>
            <dd className="font-medium">#{payment.order.number}</dd>
          </div>
          <div className="flex justify-between gap-4 text-lg">
            <dt className="text-slate-700">{t("pay.amount")}</dt>
            <dd className="font-bold">{formatMoney(payment.amount, payment.currency, locale)}</dd>
          </div>
        </dl>
        {open ? (
          // A plain form post to a route handler: works without JavaScript, answers with a redirect.
          <form action={`/pay/test/${paymentId}/decide`} method="post" className="mt-6 flex flex-col gap-3">
            <button name="decision" value="pay" className={`${button} bg-emerald-700 text-white hover:bg-emerald-800`}>
              {t("pay.pay")}
            </button>
            <button name="decision" value="decline" className={`${button} bg-red-700 text-white hover:bg-red-800`}>
              {t("pay.decline")}
            </button>
            <button name="decision" value="abandon" className={`${button} border border-slate-400 hover:bg-slate-100`}>
              {t("pay.abandon")}
            </button>
            <p className="text-sm text-slate-700">{t("pay.explain")}</p>
          </form>
        ) : (
          <div role="status" className="mt-6 rounded-md bg-slate-100 px-4 py-3">
            <p className="font-medium">{t("pay.settled", { payment: payment.status, order: payment.order.status })}</p>
            {payment.order.status === "PAID" ? (
              <a href={orderStatusPath(payment.shop.slug, payment.orderId)} className="mt-2 inline-block underline underline-offset-2">
                {t("pay.viewOrder")}
              </a>
            ) : (
              <a href={`/s/${payment.shop.slug}/cart`} className="mt-2 inline-block underline underline-offset-2">
                {t("pay.backToCart")}
              </a>
            )}
          </div>
        )}
      </main>
    </div>
  );
}
