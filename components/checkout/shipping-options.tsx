"use client";
// The shop's shipping rates that deliver to the chosen country, with what each costs for this
// order (free above the rate's threshold, judged on the discounted subtotal, as priceOrder does).
import { useTranslations } from "use-intl/react";
import type { CheckoutQuote, QuoteRate } from "@/lib/checkout/quote";
import { formatMoney } from "@/lib/money/format";

type Props = { quote: CheckoutQuote; rates: QuoteRate[]; locale: string; error?: string; onChoose: (rateId: string) => void };

export function ShippingOptions({ quote, rates, locale, error, onChoose }: Props) {
  const t = useTranslations("checkout");
  const discounted = quote.totals ? quote.totals.subtotalAmount - quote.totals.discountAmount : 0;
  const cost = (rate: QuoteRate) => {
    const free = rate.amount === 0 || (rate.freeAboveAmount !== null && discounted >= rate.freeAboveAmount);
    return free ? t("free") : formatMoney(rate.amount, quote.cart.currency, locale);
  };
  return (
    <fieldset aria-describedby={error ? "shipping-error" : undefined}>
      <legend className="text-lg font-semibold">{t("shippingMethod")}</legend>
      {rates.length ? (
        <div className="mt-3 divide-y divide-slate-200 rounded-md border border-slate-300">
          {rates.map((rate) => (
            <label key={rate.id} className="flex cursor-pointer items-center gap-3 px-4 py-3 has-checked:bg-slate-50">
              <input
                type="radio"
                name="shippingChoice"
                value={rate.id}
                checked={quote.shippingRateId === rate.id}
                onChange={() => onChoose(rate.id)}
                className="size-4 accent-(--shop-accent)"
              />
              <span className="flex-1">{rate.name}</span>
              <span className="font-medium">{cost(rate)}</span>
            </label>
          ))}
        </div>
      ) : (
        <p className="mt-3 text-sm text-red-700">{t("noShipping")}</p>
      )}
      {error ? (
        <p id="shipping-error" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
