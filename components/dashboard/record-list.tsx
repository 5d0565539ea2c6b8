import Link from "next/link";
import type { ReactNode } from "react";

// The pieces every dashboard list page (discount codes, shipping rates, staff) is made of: the
// title with its "New …" link, the notice after a change, the empty state, and the table — with
// a caption and column headers, so screen readers announce each cell with its column.

export function ListHeader({ title, description, add }: { title: string; description?: string; add?: { href: string; label: string } }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
        {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      </div>
      {add && (
        <Link href={add.href} className="rounded-md bg-teal-700 px-4 py-2 text-sm font-medium text-white hover:bg-teal-800">
          {add.label}
        </Link>
      )}
    </div>
  );
}

/** What the last change did ("Code WELCOME10 created."), announced politely. */
export function ListNotice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded-md border border-teal-200 bg-teal-50 px-4 py-2 text-sm text-teal-900">
      {children}
    </p>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: { href: string; label: string } }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center">
      <p className="font-medium text-slate-900">{title}</p>
      {children && <p className="mt-1 text-sm text-slate-600">{children}</p>}
      {action && (
        <Link href={action.href} className="mt-4 inline-block text-sm font-medium text-teal-800 underline underline-offset-2">
          {action.label}
        </Link>
      )}
    </div>
  );
}

/** A column's header; `hidden` ones (the actions column) are named for screen readers only. */
export type Column = string | { label: string; hidden: true };

/**
 * The table of a list page: `caption` says what it lists (read to screen readers), `columns` head
 * it, `children` are its rows (`<tr>`, the first cell a `<th scope="row">` naming the record).
 * `minWidth` (a Tailwind class) keeps wide tables readable, scrolling sideways on a phone.
 */
export function RecordTable({ caption, columns, minWidth, children }: { caption: string; columns: Column[]; minWidth?: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className={`w-full text-left text-sm ${minWidth ?? ""}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {columns.map((column) => (
              <th key={typeof column === "string" ? column : column.label} scope="col" className="px-3 py-2 font-medium">
                {typeof column === "string" ? column : <span className="sr-only">{column.label}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">{children}</tbody>
      </table>
    </div>
  );
}
