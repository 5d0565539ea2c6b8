import type { ChartRow } from "./sales-chart";

/** The chart's figures as a table, for screen readers (visually hidden: the chart shows them). */
export function SalesTable({ rows, caption }: { rows: ChartRow[]; caption: string }) {
  return (
    <table className="sr-only">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Orders</th>
          <th scope="col">Revenue</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>{r.orders}</td>
            <td>{r.revenueText}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
