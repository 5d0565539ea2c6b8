"use client";
// The merchant's product table: one page of products, row checkboxes with "select all on
// this page", and bulk publish / archive / delete (after a confirm step). Rows arrive
// formatted from the server page; the action re-checks access and re-renders the page.
import Link from "next/link";
import { type ReactNode, useState, useTransition } from "react";
import type { StockStatus } from "@/lib/catalog/summaries";
import type { FormState } from "@/lib/core/form-state";
import { StatusBadge, StockBadge } from "./badges";
import { ConfirmDialog } from "./confirm-dialog";

export type ProductRow = {
  id: string;
  title: string;
  href: string;
  image: { url: string; alt: string } | null;
  status: "ACTIVE" | "DRAFT" | "ARCHIVED";
  /** The platform's hold, in the merchant's words: "Awaiting review", "Taken down: <reason>". */
  hold?: string;
  variants: string;
  price: string;
  stock: string;
  stockStatus: StockStatus;
};

export type SortHeader = { href: string; sorted: "ascending" | "descending" | null };
type Intent = "publish" | "unpublish" | "archive" | "delete";

type Props = {
  rows: ProductRow[];
  /** Shown instead of the table when no row matches (the last bulk result stays above it). */
  empty: ReactNode;
  sortHeaders: { title: SortHeader; price: SortHeader; stock: SortHeader };
  action: (intent: Intent, ids: string[]) => Promise<FormState>;
};

const plural = (n: number) => `${n} ${n === 1 ? "product" : "products"}`;

export function ProductTable({ rows, empty, sortHeaders, action }: Props) {
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<FormState | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  // Rows that left the page (archived under a status filter, deleted) drop out of the selection.
  const selected = rows.filter((r) => picked.has(r.id)).map((r) => r.id);
  const all = rows.length > 0 && selected.length === rows.length;

  function toggle(id: string, on: boolean) {
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function run(intent: Intent) {
    const ids = selected;
    startTransition(async () => {
      const reply = await action(intent, ids);
      setResult(reply);
      setConfirming(false);
      if (!reply.form) setPicked(new Set());
    });
  }

  const button =
    "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50";
  const none = selected.length === 0 || pending;
  const status = (
    <>
      <p role="status" className="text-sm font-medium text-teal-800 empty:hidden">
        {pending ? "Working…" : (result?.saved ?? "")}
      </p>
      {result?.form && !pending && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-2 text-sm font-medium text-red-800">
          {result.form}
        </p>
      )}
    </>
  );
  if (!rows.length) {
    return (
      <div className="space-y-3">
        {status}
        {empty}
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <div role="group" aria-label="Bulk actions" className="flex flex-wrap items-center gap-2 rounded-md bg-slate-50 px-3 py-2">
        <span className="mr-2 text-sm text-slate-700">
          {selected.length ? `${plural(selected.length)} selected` : "Select products to change several at once"}
        </span>
        <button type="button" className={button} disabled={none} onClick={() => run("publish")}>
          Publish
        </button>
        <button type="button" className={button} disabled={none} onClick={() => run("unpublish")}>
          Unpublish
        </button>
        <button type="button" className={button} disabled={none} onClick={() => run("archive")}>
          Archive
        </button>
        <button type="button" className={`${button} text-red-800`} disabled={none} onClick={() => setConfirming(true)}>
          Delete…
        </button>
      </div>
      {status}

      <div className="overflow-x-auto rounded-lg border border-slate-200">
        <table className="w-full min-w-[34rem] text-left text-sm">
          <thead className="border-b border-slate-200 bg-white text-slate-600">
            <tr>
              <th scope="col" className="w-10 py-2 pl-3">
                <input
                  type="checkbox"
                  aria-label="Select all on this page"
                  className="size-4 accent-teal-700"
                  checked={all}
                  ref={(el) => {
                    if (el) el.indeterminate = selected.length > 0 && !all;
                  }}
                  onChange={(e) => setPicked(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                />
              </th>
              <SortableTh label="Product" header={sortHeaders.title} />
              <th scope="col" className="px-3 py-2 font-medium">
                Status
              </th>
              <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">
                Variants
              </th>
              <SortableTh label="Price" header={sortHeaders.price} />
              <SortableTh label="Stock" header={sortHeaders.stock} />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((row) => (
              <tr key={row.id} className={picked.has(row.id) ? "bg-teal-50/50" : undefined}>
                <td className="py-2 pl-3">
                  <input
                    type="checkbox"
                    aria-label={`Select ${row.title}`}
                    className="size-4 accent-teal-700"
                    checked={picked.has(row.id)}
                    onChange={(e) => toggle(row.id, e.target.checked)}
                  />
                </td>
                <td className="px-3 py-2">
                  <div className="flex items-center gap-3">
                    {row.image ? (
                      // Uploads are already resized WebP files; a 40px thumbnail needs no optimiser.
                      // eslint-disable-next-line @next/next/no-img-element
                      <img
                        src={row.image.url}
                        alt=""
                        width={40}
                        height={40}
                        loading="lazy"
                        className="size-10 shrink-0 rounded border border-slate-200 object-cover"
                      />
                    ) : (
                      <span aria-hidden className="size-10 shrink-0 rounded border border-dashed border-slate-300 bg-slate-50" />
                    )}
                    <div>
                      <Link href={row.href} className="font-medium text-slate-900 underline-offset-2 hover:underline">
                        {row.title}
                      </Link>
                      <p className="text-xs text-slate-600 md:hidden">{row.variants}</p>
                    </div>
                  </div>
                </td>
                <td className="px-3 py-2">
                  <StatusBadge status={row.status} />
                  {row.hold && <p className="mt-1 max-w-56 text-xs font-medium text-amber-900">{row.hold}</p>}
                </td>
                <td className="hidden px-3 py-2 text-slate-700 md:table-cell">{row.variants}</td>
                <td className="px-3 py-2 whitespace-nowrap text-slate-900">{row.price}</td>
                <td className="px-3 py-2">
                  <span className="mr-2 whitespace-nowrap text-slate-700">{row.stock}</span>
                  <StockBadge status={row.stockStatus} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ConfirmDialog
        open={confirming}
        title={`Delete ${plural(selected.length)}?`}
        confirmLabel={`Delete ${plural(selected.length)}`}
        pending={pending}
        onConfirm={() => run("delete")}
        onClose={() => setConfirming(false)}
      >
        <p>They are removed from your shop for good, with their variants and pictures. Orders already placed keep their details.</p>
        <p className="mt-2">To hide products but keep them, archive them instead.</p>
      </ConfirmDialog>
    </div>
  );
}

function SortableTh({ label, header }: { label: string; header: SortHeader }) {
  const arrow = header.sorted === "ascending" ? "↑" : header.sorted === "descending" ? "↓" : "";
  return (
    <th scope="col" aria-sort={header.sorted ?? undefined} className="px-3 py-2 font-medium">
      <Link href={header.href} className="inline-flex items-center gap-1 hover:text-slate-900 hover:underline">
        {label}
        {arrow && <span aria-hidden>{arrow}</span>}
      </Link>
    </th>
  );
}
