// The cells the order tables share (the order list, the order page's items): column headings
// and right-aligned figures (amounts, quantities) that line up digit under digit.
import type { ReactNode } from "react";

const heading = "px-3 py-2 text-xs font-semibold tracking-wide text-slate-700 uppercase";

export function HeadCell({ children, numeric = false }: { children: ReactNode; numeric?: boolean }) {
  return (
    <th scope="col" className={`${heading} ${numeric ? "text-right" : "text-left"}`}>
      {children}
    </th>
  );
}

/** A right-aligned figure; an amount (`money`) never wraps between its sign, digits and currency. */
export function FigureCell({ children, money = false }: { children: ReactNode; money?: boolean }) {
  return <td className={`px-3 py-2 text-right tabular-nums ${money ? "whitespace-nowrap" : ""}`}>{children}</td>;
}
