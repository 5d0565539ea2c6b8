// Prices in the shop's currency, formatted for the shopper's language. No server imports:
// the variant picker renders these in the browser too.
import { formatMoney } from "@/lib/money/format";

type Money = { currency: string; locale: string };

export function PriceRange({ min, max, currency, locale }: { min: number; max: number } & Money) {
  if (min === max) return <>{formatMoney(min, currency, locale)}</>;
  return (
    <>
      {formatMoney(min, currency, locale)} – {formatMoney(max, currency, locale)}
    </>
  );
}

/**
 * A price, with the former price struck through when the variant is on sale. `labels` name
 * both prices for screen readers, which don't announce the strike-through.
 */
export function Price({
  amount,
  compareAt,
  currency,
  locale,
  labels,
}: { amount: number; compareAt: number | null; labels?: { sale: string; regular: string } } & Money) {
  if (compareAt === null || compareAt <= amount) return <>{formatMoney(amount, currency, locale)}</>;
  return (
    <>
      {labels ? <span className="sr-only">{labels.sale} </span> : null}
      <span className="font-semibold">{formatMoney(amount, currency, locale)}</span>{" "}
      <s className="text-base font-normal text-slate-600">
        {labels ? <span className="sr-only">{labels.regular} </span> : null}
        {formatMoney(compareAt, currency, locale)}
      </s>
    </>
  );
}
