// What an order's page and the checkout summary both show: its lines and its totals. No hooks,
// so the server-rendered order and the client checkout form share them; labels come translated.
import type { ReactNode } from "react";

type LineProps = { title: string; variantTitle: string; detail: string; amount: string; children?: ReactNode };

/** One line: the product, its variant and how many (`detail`), what it comes to; `children` below (a problem). */
export function OrderLine({ title, variantTitle, detail, amount, children }: LineProps) {
  return (
    <li className="flex gap-4 py-3">
      <div className="min-w-0 flex-1">
        <p className="font-medium">{title}</p>
        <p className="text-sm text-slate-700">
          {variantTitle !== "Default" ? `${variantTitle} · ` : ""}
          {detail}
        </p>
        {children}
      </div>
      <p className="font-medium">{amount}</p>
    </li>
  );
}

/** A row of the totals list (a `<dl>`). */
export function AmountRow({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex justify-between gap-4">
      <dt className="text-slate-700">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** The total, set apart, then the tax it already holds when prices include tax (a second `<dd>`: a `<dl>` holds only groups). */
export function TotalRow({ label, value, taxIncluded }: { label: string; value: string; taxIncluded?: string | null }) {
  return (
    <div className="flex flex-wrap justify-between border-t border-slate-200 pt-3 text-base font-semibold">
      <dt>{label}</dt>
      <dd>{value}</dd>
      {taxIncluded ? <dd className="mt-2 basis-full text-right text-sm font-normal text-slate-700">{taxIncluded}</dd> : null}
    </div>
  );
}
