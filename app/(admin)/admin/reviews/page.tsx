import type { Metadata } from "next";
import Link from "next/link";
import { businessTypeLabel, countryName, dateTime, waitedFor } from "@/components/admin/review-labels";
import { SelectField } from "@/components/forms/fields";
import { requireAdmin } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { listReviewQueue, QUEUE_AGES } from "@/lib/shops/review-queue";
import { BUSINESS_TYPES } from "@/lib/shops/review-schemas";

export const metadata: Metadata = { title: "Shop reviews" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/reviews", "review");
  const params = await searchParams;
  const { filter, cases, counts, countries } = await listReviewQueue(db, {
    country: first(params.country),
    type: first(params.type),
    round: first(params.round),
    age: first(params.age),
  });
  const filtered = Object.values(filter).some(Boolean);
  const stats = [
    { label: "Waiting", value: counts.total },
    { label: "First time", value: counts.firstTime },
    { label: "Resubmitted", value: counts.resubmitted },
    { label: "Waiting over a day", value: counts.overDay },
  ];

  return (
    <>
      <main id="main" className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">Shop reviews</h1>
        <p className="mt-2 text-slate-700">Submitted shops, oldest first. Open a case to check its details and documents, then approve or reject it.</p>
        <dl className="mt-6 grid gap-4 sm:grid-cols-4">
          {stats.map((s) => (
            <div key={s.label} className="rounded-lg border border-slate-200 p-4">
              <dt className="text-sm font-medium text-slate-600">{s.label}</dt>
              <dd className="mt-1 text-2xl font-semibold">{s.value.toLocaleString("en")}</dd>
            </div>
          ))}
        </dl>

        <form method="get" aria-label="Filter the queue" className="mt-8 grid items-end gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-5">
          <SelectField name="country" label="Country" defaultValue={filter.country ?? ""}>
            <option value="">All countries</option>
            {countries.map((code) => (
              <option key={code} value={code}>
                {countryName(code)}
              </option>
            ))}
          </SelectField>
          <SelectField name="type" label="Type" defaultValue={filter.type ?? ""}>
            <option value="">Any type</option>
            {BUSINESS_TYPES.map((t) => (
              <option key={t.code} value={t.code}>
                {t.label}
              </option>
            ))}
          </SelectField>
          <SelectField name="round" label="Submission" defaultValue={filter.round ?? ""}>
            <option value="">First time or resubmitted</option>
            <option value="first">First time</option>
            <option value="resubmitted">Resubmitted</option>
          </SelectField>
          <SelectField name="age" label="Age" defaultValue={filter.age ?? ""}>
            <option value="">Any age</option>
            {QUEUE_AGES.map((a) => (
              <option key={a.code} value={a.code}>
                {a.label}
              </option>
            ))}
          </SelectField>
          <div className="flex gap-3">
            <button type="submit" className="rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800">
              Filter
            </button>
            {filtered && (
              <Link href="/admin/reviews" className="self-center text-sm font-medium text-teal-800 underline underline-offset-2">
                Clear
              </Link>
            )}
          </div>
        </form>

        <section aria-labelledby="queue-title" className="mt-8">
          <h2 id="queue-title" className="text-xl font-semibold">
            {filtered ? `${counts.matching.toLocaleString("en")} matching` : "Queue"}
          </h2>
          {cases.length ? (
            <ol className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200">
              {cases.map((c) => (
                <li key={c.shopId} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                  <div className="min-w-0">
                    <Link href={`/admin/reviews/${c.shopId}`} className="font-medium text-teal-800 underline underline-offset-2">
                      {`Review ${c.shop.name}`}
                    </Link>
                    <p className="text-sm text-slate-600">
                      {c.legalName} · {businessTypeLabel(c.businessType)} · {countryName(c.country)} · {c._count.documents} document
                      {c._count.documents === 1 ? "" : "s"}
                    </p>
                  </div>
                  <div className="text-right text-sm text-slate-700">
                    {c.submittedAt && <p title={`${dateTime.format(c.submittedAt)} UTC`}>Submitted {waitedFor(c.submittedAt)}</p>}
                    <p>{c.resubmissions ? `Resubmitted (round ${c.resubmissions + 1})` : "First time"}</p>
                  </div>
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-2 text-slate-700">{filtered ? "No case matches these filters." : "No shop is waiting for review."}</p>
          )}
        </section>
      </main>
    </>
  );
}
