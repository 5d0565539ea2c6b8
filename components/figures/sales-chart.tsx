"use client";
// Revenue (bars, left axis) and paid orders (line, right axis) per day, week or month. The
// chart is drawn in the browser by recharts and hidden from assistive technology: the table
// beside it (SalesTable) says the same in text. Labels and amounts come formatted from the server.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartRow = { label: string; revenue: number; revenueText: string; orders: number };

type Props = { rows: ChartRow[]; currency: string; locale: string };

export function SalesChart({ rows, currency, locale }: Props) {
  const compact = new Intl.NumberFormat(locale, { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 });
  return (
    <div aria-hidden="true" className="h-72 w-full" data-testid="sales-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#475569" }} interval="preserveStartEnd" minTickGap={16} />
          <YAxis yAxisId="revenue" tickFormatter={(v: number) => compact.format(v)} tick={{ fontSize: 12, fill: "#475569" }} width={64} />
          <YAxis yAxisId="orders" orientation="right" allowDecimals={false} tick={{ fontSize: 12, fill: "#475569" }} width={32} />
          <Tooltip
            formatter={(value, name, item) => (name === "Revenue" ? (item.payload as ChartRow).revenueText : String(value))}
            contentStyle={{ fontSize: 13 }}
          />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          <Bar yAxisId="revenue" dataKey="revenue" name="Revenue" fill="#0f766e" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          <Line yAxisId="orders" dataKey="orders" name="Orders" stroke="#334155" strokeWidth={2} dot={false} type="monotone" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
