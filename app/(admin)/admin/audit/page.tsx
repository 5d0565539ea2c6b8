import type { Metadata } from "next";
import Link from "next/link";
import { dateTime } from "@/components/admin/review-labels";
import { Field } from "@/components/forms/fields";
import { requireAdmin } from "@/app/_entry/session";
import { AUDIT_FILTER_KEYS, auditFilters, listAudit } from "@/lib/audit/viewer";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** { status: "ACTIVE" } → "status: ACTIVE"; anything else as compact JSON. */
function describe(value: unknown) {
  if (value == null) return "";
  if (typeof value === "object" && !Array.isArray(value))
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
      .join(", ");
  return JSON.stringify(value);
}

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/audit", "console");
  const params = await searchParams;
  const filters = auditFilters({ ...Object.fromEntries(AUDIT_FILTER_KEYS.map((k) => [k, first(params[k])])), page: first(params.page) });
  const { page, total, pages, entries } = await listAudit(db, filters);
  const query = (extra: Record<string, string> = {}) =>
    new URLSearchParams({ ...Object.fromEntries(AUDIT_FILTER_KEYS.flatMap((k) => (filters[k] ? [[k, filters[k]!]] : []))), ...extra }).toString();
  const filtered = AUDIT_FILTER_KEYS.some((k) => filters[k]);

  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">Audit log</h1>
      <p className="mt-2 text-slate-700">Who did what, newest first. Entries can&apos;t be changed or removed.</p>

      <form
        method="get"
        aria-label="Filter the audit log"
        className="mt-8 grid items-end gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-3 lg:grid-cols-6"
      >
        <Field name="action" label="Action" defaultValue={filters.action ?? ""} hint='e.g. shop.suspended, or "shop." for all' />
        <Field name="shop" label="Shop" defaultValue={filters.shop ?? ""} hint="Its id or address" />
        <Field name="actor" label="Actor" defaultValue={filters.actor ?? ""} hint="Their id or email" />
        <Field name="from" label="From" type="date" defaultValue={filters.from ?? ""} hint="UTC day" />
        <Field name="to" label="To" type="date" defaultValue={filters.to ?? ""} hint="UTC day, included" />
        <div className="flex gap-3">
          <button type="submit" className="rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800">
            Filter
          </button>
          {filtered && (
            <Link href="/admin/audit" className="self-center text-sm font-medium text-teal-800 underline underline-offset-2">
              Clear
            </Link>
          )}
        </div>
      </form>

      <section aria-labelledby="entries-title" className="mt-8">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="entries-title" className="text-xl font-semibold">
            {`${total.toLocaleString("en")} ${total === 1 ? "entry" : "entries"}${filtered ? " matching" : ""}`}
          </h2>
          {total > 0 && (
            <a href={`/api/admin/audit/export?${query()}`} className="text-sm font-medium text-teal-800 underline underline-offset-2">
              Download these entries as CSV
            </a>
          )}
        </div>
        {entries.length ? (
          <div className="mt-4 overflow-x-auto rounded-lg border border-slate-200">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Audit entries, newest first</caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  {["When (UTC)", "Action", "Shop", "Actor", "Target", "Reason", "Change"].map((h) => (
                    <th key={h} scope="col" className="px-3 py-2 font-medium">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 align-top">
                {entries.map((e) => (
                  <tr key={e.id}>
                    <td className="px-3 py-2 whitespace-nowrap">{dateTime.format(e.createdAt)}</td>
                    <td className="px-3 py-2 font-mono text-xs">{e.action}</td>
                    <td className="px-3 py-2">
                      {e.shop ? (
                        <Link href={`/admin/audit?${new URLSearchParams({ shop: e.shopId! })}`} className="text-teal-800 underline underline-offset-2">
                          {e.shop.name}
                        </Link>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td className="px-3 py-2 break-all">{e.actor ? e.actor.email : e.actorId ? "deleted user" : "system"}</td>
                    <td className="px-3 py-2 text-xs break-all">
                      {e.targetType} {e.targetId}
                    </td>
                    <td className="max-w-xs px-3 py-2 whitespace-pre-line">{e.reason ?? ""}</td>
                    <td className="px-3 py-2 text-xs">
                      {e.before != null || e.after != null ? (
                        <>
                          <span className="block">Before: {describe(e.before) || "—"}</span>
                          <span className="block">After: {describe(e.after) || "—"}</span>
                        </>
                      ) : (
                        describe(e.data)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="mt-2 text-slate-700">{filtered ? "No entry matches these filters." : "Nothing has been recorded yet."}</p>
        )}
        {pages > 1 && (
          <nav aria-label="Pages" className="mt-4 flex items-center gap-4 text-sm">
            {page > 1 && (
              <Link href={`/admin/audit?${query({ page: String(page - 1) })}`} className="font-medium text-teal-800 underline underline-offset-2">
                Previous page
              </Link>
            )}
            <span>
              Page {page} of {pages}
            </span>
            {page < pages && (
              <Link href={`/admin/audit?${query({ page: String(page + 1) })}`} className="font-medium text-teal-800 underline underline-offset-2">
                Next page
              </Link>
            )}
          </nav>
        )}
      </section>
    </main>
  );
}
