import type { Metadata } from "next";
import Link from "next/link";
import { JobStatusSection } from "@/components/admin/job-status";
import { RowAction } from "@/components/shops/row-action";
import { requireAdmin } from "@/app/_entry/session";
import { canAdmin } from "@/lib/admin/roles";
import { db } from "@/lib/db/client";
import { jobStatus } from "@/lib/jobs/status";
import { outboxEnabled } from "@/lib/mail/outbox";
import { listShopsInReview, platformCounts } from "@/lib/shops/review";
import { approveShopAction } from "./actions";

export const metadata: Metadata = { title: "Platform admin" };

export default async function AdminPage() {
  const admin = await requireAdmin("/admin");
  const [{ shops, users, products }, inReview, jobs] = await Promise.all([platformCounts(db), listShopsInReview(db), jobStatus(db, admin)]);
  const stats = [
    { label: "Shops", value: shops },
    { label: "Users", value: users },
    { label: "Products", value: products },
  ];

  return (
    <>
      <main id="main" className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">Platform admin</h1>
        <dl className="mt-8 grid gap-4 sm:grid-cols-3">
          {stats.map((stat) => (
            <div key={stat.label} className="rounded-lg border border-slate-200 p-5">
              <dt className="text-sm font-medium text-slate-600">{stat.label}</dt>
              <dd className="mt-1 text-3xl font-semibold">{stat.value.toLocaleString("en")}</dd>
            </div>
          ))}
        </dl>
        <section aria-labelledby="review-title" className="mt-10">
          <h2 id="review-title" className="text-xl font-semibold">
            Shops in review
          </h2>
          {inReview.length ? (
            <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200">
              {inReview.map((shop) => (
                <li key={shop.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                  <div>
                    <p className="font-medium">{shop.name}</p>
                    <p className="text-sm text-slate-600">
                      /s/{shop.slug} · {shop.members[0]?.user.email ?? "no owner"} · opened {shop.createdAt.toISOString().slice(0, 10)}
                    </p>
                  </div>
                  <RowAction
                    action={approveShopAction.bind(null, shop.id)}
                    label="Approve"
                    pendingLabel="Approving…"
                    accessibleLabel={`Approve ${shop.name}`}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-slate-700">No shop is waiting for review.</p>
          )}
        </section>
        <JobStatusSection status={jobs} />
        {canAdmin(admin.role, "manageAdmins") && (
          <p className="mt-8">
            <Link href="/admin/team" className="font-medium text-teal-800 underline underline-offset-2">
              Platform team: administrators and moderators
            </Link>
          </p>
        )}
        {outboxEnabled() && (
          <p className="mt-8">
            <Link href="/admin/outbox" className="font-medium text-teal-800 underline underline-offset-2">
              Dev outbox: mail the app would have sent
            </Link>
          </p>
        )}
      </main>
    </>
  );
}
