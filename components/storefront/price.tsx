import { formatMoney } from "@/lib/money/format";

export function PriceRange({ min, max, currency, locale }: { min: number; max: number; currency: string; locale: string }) {
  if (min === max) return <>{formatMoney(min, currency, locale)}</>;
  return (
    <>
      {formatMoney(min, currency, locale)} – {formatMoney(max, currency, locale)}
    </>
  );
}

/** A price, with the former price struck through when the variant is on sale. */
export function Price({ amount, compareAt, currency, locale }: { amount: number; compareAt: number | null; currency: string; locale: string }) {
  if (compareAt === null || compareAt <= amount) return <>{formatMoney(amount, currency, locale)}</>;
  return (
    <>
      <span className="font-semibold text-slate-900">{formatMoney(amount, currency, locale)}</span>{" "}
      <s className="text-slate-500">
        <span className="sr-only">was </span>
        {formatMoney(compareAt, currency, locale)}
      </s>
    </>
  );
}
