// The dashboard home's figures: period, headline cards, the chart with its text alternative,
// best sellers and low stock. Amounts and dates are formatted here, on the server, in the
// shop's language; bucket dates are calendar dates of the shop's time zone (formatted as UTC).
import { formatMoney, currencyExponent } from "@/lib/money/format";
import type { getShopFigures } from "@/lib/orders/figures";
import type { Grouping } from "@/lib/orders/figure-ranges";
import { FigureCards, type FigureCard } from "./figure-cards";
import { PeriodPicker } from "./period-picker";
import { LowStock, TopProducts } from "./product-figures";
import { SalesChart, type ChartRow } from "./sales-chart";
import { SalesTable } from "./sales-table";

type Figures = Awaited<ReturnType<typeof getShopFigures>>;

const LABEL_FORMAT: Record<Grouping, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "short" },
  week: { day: "numeric", month: "short" },
  month: { month: "short", year: "numeric" },
};

export function DashboardFigures({ figures, base, extraCards = [] }: { figures: Figures; base: string; extraCards?: FigureCard[] }) {
  const { currency, locale, range, summary } = figures;
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const date = (day: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
  const long = { day: "numeric", month: "long", year: "numeric" } as const;
  const period = `${date(range.from, long)} – ${date(range.to, long)}`;
  const rows: ChartRow[] = figures.series.map((b) => ({
    label: (range.by === "week" ? "Week of " : "") + date(b.bucket, LABEL_FORMAT[range.by]),
    revenue: b.revenue / 10 ** currencyExponent(currency),
    revenueText: money(b.revenue),
    orders: b.orders,
  }));
  const cards: FigureCard[] = [
    { label: "Gross sales", value: money(summary.gross), note: `${summary.orders} paid ${summary.orders === 1 ? "order" : "orders"}` },
    { label: "Refunds", value: money(summary.refunds) },
    { label: "Net sales", value: money(summary.net) },
    { label: "Average order value", value: summary.averageOrder === null ? "—" : money(summary.averageOrder) },
    ...extraCards,
  ];

  return (
    <section aria-labelledby="figures" className="space-y-5">
      <div className="space-y-1">
        <h2 id="figures" className="text-lg font-semibold">
          Sales
        </h2>
        <p className="text-sm text-slate-600">
          {period} · {figures.timeZone.replaceAll("_", " ")} time
        </p>
      </div>
      <PeriodPicker base={base} range={range} />
      {figures.note && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {figures.note}
        </p>
      )}
      <FigureCards cards={cards} />
      <figure className="space-y-2 rounded-lg border border-slate-200 p-4">
        <figcaption className="font-semibold">Revenue and orders by {range.by}</figcaption>
        {summary.orders ? (
          <>
            <SalesChart rows={rows} currency={currency} locale={locale} />
            <SalesTable rows={rows} caption={`Paid orders and revenue by ${range.by}, ${period}`} />
          </>
        ) : (
          <p className="py-8 text-center text-sm text-slate-600">No paid orders in this period yet. When shoppers pay, their orders show here.</p>
        )}
      </figure>
      <div className="grid gap-4 lg:grid-cols-2">
        <TopProducts title="Best sellers by units" products={figures.topByUnits} base={base} money={money} />
        <TopProducts title="Best sellers by sales" products={figures.topByRevenue} base={base} money={money} />
      </div>
      <LowStock variants={figures.lowStock} base={base} />
    </section>
  );
}
