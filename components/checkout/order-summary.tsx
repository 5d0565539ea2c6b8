"use client";
// The order summary as the server priced it: lines (with why one can't be bought), subtotal,
// discount, shipping, tax and total.
import { useTranslations } from "use-intl/react";
import { LineProblemText } from "@/components/cart/line-problem";
import type { CheckoutQuote } from "@/lib/checkout/quote";
import { formatMoney } from "@/lib/money/format";
import { AmountRow, OrderLine, TotalRow } from "./order-lines";

type Props = { quote: CheckoutQuote; locale: string; lineErrors: Record<string, string | undefined> };

export function OrderSummary({ quote, locale, lineErrors }: Props) {
  const t = useTranslations("checkout");
  const { cart, totals } = quote;
  const money = (amount: number) => formatMoney(amount, cart.currency, locale);
  const rate = quote.rates.find((r) => r.id === quote.shippingRateId);
  return (
    <>
      <ul className="mt-4 divide-y divide-slate-200 text-sm">
        {cart.lines.map((line) => (
          <OrderLine
            key={line.id}
            title={line.title}
            variantTitle={line.variantTitle}
            detail={t("quantity", { count: line.quantity })}
            amount={money(line.lineAmount)}
          >
            {line.problem ? (
              <LineProblemText problem={line.problem} className="font-medium text-red-700" />
            ) : lineErrors[`lines.${line.id}`] ? (
              <p className="font-medium text-red-700">{lineErrors[`lines.${line.id}`]}</p>
            ) : null}
          </OrderLine>
        ))}
      </ul>
      {totals ? (
        <dl className="mt-2 space-y-2 border-t border-slate-200 pt-4 text-sm">
          <AmountRow label={t("subtotal")} value={money(totals.subtotalAmount)} />
          {totals.discountAmount ? <AmountRow label={t("discountWith", { codes: quote.codes.join(", ") })} value={`−${money(totals.discountAmount)}`} /> : null}
          <AmountRow
            label={rate ? t("shippingWith", { rate: rate.name }) : t("shipping")}
            value={rate ? (totals.shippingAmount ? money(totals.shippingAmount) : t("free")) : "—"}
          />
          {cart.pricesIncludeTax ? null : <AmountRow label={t("tax")} value={money(totals.taxAmount)} />}
          <TotalRow
            label={t("total")}
            value={money(totals.totalAmount)}
            taxIncluded={cart.pricesIncludeTax && totals.taxAmount ? t("taxIncluded", { amount: money(totals.taxAmount) }) : null}
          />
        </dl>
      ) : null}
    </>
  );
}
