"use client";
// The order summary as the server priced it: lines (with why one can't be bought), subtotal,
// discount, shipping, tax and total.
import { useTranslations } from "use-intl/react";
import { LineProblemText } from "@/components/cart/line-problem";
import type { CheckoutQuote } from "@/lib/checkout/quote";
import { formatMoney } from "@/lib/money/format";

type Props = { quote: CheckoutQuote; locale: string; lineErrors: Record<string, string> };

export function OrderSummary({ quote, locale, lineErrors }: Props) {
  const t = useTranslations("checkout");
  const { cart, totals } = quote;
  const money = (amount: number) => formatMoney(amount, cart.currency, locale);
  const rate = quote.rates.find((r) => r.id === quote.shippingRateId);
  return (
    <>
      <ul className="mt-4 divide-y divide-slate-200">
        {cart.lines.map((line) => (
          <li key={line.id} className="flex gap-3 py-3 text-sm">
            <div className="min-w-0 flex-1">
              <p className="font-medium">{line.title}</p>
              <p className="text-slate-700">
                {line.variantTitle !== "Default" ? `${line.variantTitle} · ` : ""}
                {t("quantity", { count: line.quantity })}
              </p>
              {line.problem ? (
                <LineProblemText problem={line.problem} className="font-medium text-red-700" />
              ) : lineErrors[`lines.${line.id}`] ? (
                <p className="font-medium text-red-700">{lineErrors[`lines.${line.id}`]}</p>
              ) : null}
            </div>
            <p className="font-medium">{money(line.lineAmount)}</p>
          </li>
        ))}
      </ul>
      {totals ? (
        <dl className="mt-2 space-y-2 border-t border-slate-200 pt-4 text-sm">
          <Row label={t("subtotal")} value={money(totals.subtotalAmount)} />
          {totals.discountAmount ? <Row label={t("discountWith", { codes: quote.codes.join(", ") })} value={`−${money(totals.discountAmount)}`} /> : null}
          <Row label={rate ? t("shippingWith", { rate: rate.name }) : t("shipping")} value={rate ? (totals.shippingAmount ? money(totals.shippingAmount) : t("free")) : "—"} />
          {cart.pricesIncludeTax ? null : <Row label={t("tax")} value={money(totals.taxAmount)} />}
          <div className="flex justify-between border-t border-slate-200 pt-3 text-base font-semibold">
            <dt>{t("total")}</dt>
            <dd>{money(totals.totalAmount)}</dd>
          </div>
          {cart.pricesIncludeTax && totals.taxAmount ? <p className="text-right text-slate-700">{t("taxIncluded", { amount: money(totals.taxAmount) })}</p> : null}
        </dl>
      ) : null}
    </>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex justify-between gap-4">
      <dt className="text-slate-700">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
