// The console home's sales: per currency, paid orders and GMV per day, drawn with the merchant
// dashboard's chart (components/figures) and its text table beside it.
import { SalesChart, type ChartRow } from "@/components/figures/sales-chart";
import { SalesTable } from "@/components/figures/sales-table";
import type { platformSales } from "@/lib/admin/console";
import { currencyExponent, formatMoney } from "@/lib/money/format";

type Sales = Awaited<ReturnType<typeof platformSales>>;
const LOCALE = "en";
const day = (d: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: "UTC" }).format(new Date(`${d}T00:00:00Z`));

export function PlatformSales({ sales, max = 3 }: { sales: Sales; max?: number }) {
  const { range, currencies } = sales;
  const period = `${day(range.from, { dateStyle: "long" })} – ${day(range.to, { dateStyle: "long" })}`;
  return (
    <section aria-labelledby="sales-title" className="mt-10 space-y-4">
      <div>
        <h2 id="sales-title" className="text-xl font-semibold">
          Orders and GMV
        </h2>
        <p className="mt-1 text-sm text-slate-600">Paid orders across every shop, {period} (UTC days), per currency.</p>
      </div>
      {currencies.length ? (
        currencies.slice(0, max).map((c) => {
          const rows: ChartRow[] = c.series.map((b) => ({
            label: day(b.bucket, { day: "numeric", month: "short" }),
            revenue: b.revenue / 10 ** currencyExponent(c.currency),
            revenueText: formatMoney(b.revenue, c.currency, LOCALE),
            orders: b.orders,
          }));
          return (
            <figure key={c.currency} className="space-y-2 rounded-lg border border-slate-200 p-4">
              <figcaption className="font-semibold">
                {c.currency}: {c.orders.toLocaleString(LOCALE)} paid orders, {formatMoney(c.gross, c.currency, LOCALE)} GMV
              </figcaption>
              <SalesChart rows={rows} currency={c.currency} locale={LOCALE} />
              <SalesTable rows={rows} caption={`Paid orders and GMV in ${c.currency} by day, ${period}`} />
            </figure>
          );
        })
      ) : (
        <p className="text-slate-700">No paid orders in the last 30 days.</p>
      )}
      {currencies.length > max && (
        <p className="text-sm text-slate-600">
          Also:{" "}
          {currencies
            .slice(max)
            .map((c) => `${c.currency} (${c.orders} orders)`)
            .join(", ")}
          .
        </p>
      )}
    </section>
  );
}
