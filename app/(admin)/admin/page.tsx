import type { Metadata } from "next";
import Link from "next/link";
import { JobStatusSection } from "@/components/admin/job-status";
import { PlatformSales } from "@/components/admin/platform-sales";
import { waitedFor } from "@/components/admin/review-labels";
import { RowAction } from "@/components/shops/row-action";
import { requireAdmin } from "@/app/_entry/session";
import { consoleHome } from "@/lib/admin/console";
import { canAdmin } from "@/lib/admin/roles";
import { db } from "@/lib/db/client";
import { jobStatus } from "@/lib/jobs/status";
import { outboxEnabled } from "@/lib/mail/outbox";
import { SHOP_STATUSES, STATUS_LABEL } from "@/lib/shops/enforcement-schemas";
import { listShopsInReview, platformCounts } from "@/lib/shops/review";
import { approveShopAction } from "./actions";

export const metadata: Metadata = { title: "Platform admin" };

const QUEUE_LABEL: Record<string, { label: string; href?: string }> = {
  SHOP_REVIEW: { label: "Shop reviews", href: "/admin/reviews" },
  PRODUCT_REVIEW: { label: "Products to review", href: "/admin/moderation" },
  REPORT: { label: "Reports", href: "/admin/moderation" },
  TAKEDOWN: { label: "Takedowns", href: "/admin/moderation" },
  APPEAL: { label: "Appeals", href: "/admin/moderation" },
};

export default async function AdminPage() {
  const admin = await requireAdmin("/admin");
  const [{ shops, users, products }, inReview, jobs, home] = await Promise.all([
    platformCounts(db),
    listShopsInReview(db),
    jobStatus(db, admin),
    consoleHome(db),
  ]);
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
        <section aria-labelledby="status-title" className="mt-10">
          <h2 id="status-title" className="text-xl font-semibold">
            Shops by status
          </h2>
          <dl className="mt-4 grid gap-4 sm:grid-cols-4">
            {SHOP_STATUSES.map((status) => (
              <div key={status} className="rounded-lg border border-slate-200 p-4">
                <dt className="text-sm font-medium text-slate-600">
                  {canAdmin(admin.role, "enforce") ? (
                    <Link href={`/admin/shops?status=${status}`} className="text-teal-800 underline underline-offset-2">
                      {STATUS_LABEL[status]}
                    </Link>
                  ) : (
                    STATUS_LABEL[status]
                  )}
                </dt>
                <dd className="mt-1 text-2xl font-semibold">{home.byStatus[status].toLocaleString("en")}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="queues-title" className="mt-10">
          <h2 id="queues-title" className="text-xl font-semibold">
            Work queues
          </h2>
          <div className="mt-4 overflow-x-auto rounded-lg border border-slate-200">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Cases waiting, and how long the oldest has waited</caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Queue
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Waiting
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Oldest
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {home.queues.map((q) => {
                  const { label, href } = QUEUE_LABEL[q.key] ?? { label: q.key };
                  return (
                    <tr key={q.key}>
                      <th scope="row" className="px-4 py-2 font-medium">
                        {href && canAdmin(admin.role, "review") ? (
                          <Link href={href} className="text-teal-800 underline underline-offset-2">
                            {label}
                          </Link>
                        ) : (
                          label
                        )}
                      </th>
                      <td className="px-4 py-2">{q.waiting.toLocaleString("en")}</td>
                      <td className="px-4 py-2">{q.oldest ? `since ${waitedFor(q.oldest)}` : "—"}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
        <PlatformSales sales={home.sales} />
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
