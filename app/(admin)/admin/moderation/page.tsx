import type { Metadata } from "next";
import Link from "next/link";
import { SelectField, Field } from "@/components/forms/fields";
import { ReasonForm } from "@/components/moderation/reason-form";
import { dateTime, MODERATION_STATE_LABEL, waited } from "@/components/moderation/labels";
import { requireAdmin } from "@/app/_entry/session";
import { canAdmin } from "@/lib/admin/roles";
import { db } from "@/lib/db/client";
import { CASE_KINDS, caseKindLabel, findProductForAdmin, listModerationQueue } from "@/lib/moderation/queue";
import { takeDownAction } from "./actions";

export const metadata: Metadata = { title: "Moderation" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ModerationQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requireAdmin("/admin/moderation", "review");
  const params = await searchParams;
  const { filter, cases, counts } = await listModerationQueue(db, { kind: first(params.kind) });
  const query = first(params.product)?.slice(0, 500) ?? "";
  const found = query ? await findProductForAdmin(db, query) : null;
  const canEnforce = canAdmin(admin.role, "enforce");
  const now = new Date();

  return (
    <main id="main" className="mx-auto max-w-5xl space-y-8 px-4 py-10 sm:px-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Moderation</h1>
        <p className="mt-2 text-slate-700">Open cases, oldest first: products waiting for review, shoppers&apos; reports and merchants&apos; appeals.</p>
      </div>
      <dl className="grid gap-4 sm:grid-cols-3">
        {CASE_KINDS.map((k) => (
          <div key={k.code} className="rounded-lg border border-slate-200 p-4">
            <dt className="text-sm font-medium text-slate-600">{k.label}s open</dt>
            <dd className="mt-1 text-2xl font-semibold">{counts[k.code].toLocaleString("en")}</dd>
          </div>
        ))}
      </dl>

      <form method="get" aria-label="Filter the queue" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 p-4">
        <SelectField name="kind" label="Kind" defaultValue={filter.kind ?? ""}>
          <option value="">Every kind</option>
          {CASE_KINDS.map((k) => (
            <option key={k.code} value={k.code}>
              {k.label}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800">
          Filter
        </button>
      </form>

      <section aria-labelledby="cases-title">
        <h2 id="cases-title" className="text-lg font-semibold">
          {cases.length === 1 ? "1 open case" : `${cases.length} open cases`}
        </h2>
        {cases.length ? (
          <table className="mt-3 w-full text-left text-sm">
            <thead className="border-b border-slate-300 text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  Case
                </th>
                <th scope="col" className="py-2 pr-4">
                  Kind
                </th>
                <th scope="col" className="py-2 pr-4">
                  Shop
                </th>
                <th scope="col" className="py-2 pr-4">
                  Opened
                </th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4">
                    <Link href={`/admin/moderation/${c.id}`} className="font-medium text-teal-800 underline underline-offset-2">
                      {c.product ? c.product.title : `Shop ${c.shop.name}`}
                    </Link>
                    <p className="text-slate-700">{c.kind === "REPORT" ? `${c._count.reports} ${c._count.reports === 1 ? "report" : "reports"}` : c.reason}</p>
                  </td>
                  <td className="py-2 pr-4">{caseKindLabel(c.kind)}</td>
                  <td className="py-2 pr-4">{c.shop.name}</td>
                  <td className="py-2 pr-4">
                    {dateTime.format(c.createdAt)} UTC
                    <br />
                    <span className="text-slate-700">waiting {waited(c.createdAt, now)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="mt-2 text-slate-700">{filter.kind ? "No open case of this kind." : "Nothing to moderate: the queue is empty."}</p>
        )}
      </section>

      {canEnforce && (
        <section aria-labelledby="takedown-title" className="space-y-4 rounded-lg border border-slate-200 p-5">
          <h2 id="takedown-title" className="text-lg font-semibold">
            Take down a product
          </h2>
          <form method="get" className="flex flex-wrap items-end gap-4">
            {filter.kind && <input type="hidden" name="kind" value={filter.kind} />}
            <Field name="product" label="Product address or id" defaultValue={query} className="min-w-80 flex-1" hint="e.g. https://…/s/shop/p/handle" />
            <button type="submit" className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100">
              Find
            </button>
          </form>
          {query && !found && <p role="status">No product matches “{query}”.</p>}
          {found && (
            <div className="space-y-3">
              <p>
                <span className="font-medium">{found.title}</span> · {found.shop.name} · {found.status.toLowerCase()} ·{" "}
                {MODERATION_STATE_LABEL[found.moderationState]}
              </p>
              {found.moderationState === "TAKEN_DOWN" ? (
                <p>This product is already taken down.</p>
              ) : (
                <ReasonForm
                  action={takeDownAction.bind(null, found.id)}
                  kind="required"
                  label="Reason for the merchant"
                  hint="The merchant reads this on the product's page and by email; they may appeal once."
                  submit="Take down"
                  pendingLabel="Taking down…"
                />
              )}
            </div>
          )}
        </section>
      )}
    </main>
  );
}
