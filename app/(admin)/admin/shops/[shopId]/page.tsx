import type { Metadata } from "next";
import Link from "next/link";
import { EnforcementForm } from "@/components/admin/enforcement-form";
import { dateTime } from "@/components/admin/review-labels";
import { TrustScoreCard } from "@/components/shops/trust-score";
import { orNotFound } from "@/app/_entry/merchant";
import { requireAdmin } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { getShopForAdmin } from "@/lib/shops/admin-shops";
import { nextStatus } from "@/lib/shops/enforcement";
import { ENFORCEMENT_ACTIONS, ruleLabel, STATUS_LABEL } from "@/lib/shops/enforcement-schemas";
import { enforceShopAction } from "../actions";

export const metadata: Metadata = { title: "Shop enforcement" };

const EVENT_LABEL: Record<string, string> = {
  "shop.warned": "Warned",
  "shop.penalised": "Penalty points",
  "shop.suspended": "Suspended",
  "shop.reinstated": "Reinstated",
  "shop.closed": "Closed",
  "shop.approved": "Approved (review)",
  "shop.rejected": "Rejected (review)",
};

export default async function AdminShopPage({ params }: { params: Promise<{ shopId: string }> }) {
  const { shopId } = await params;
  await requireAdmin(`/admin/shops/${shopId}`, "enforce");
  const { shop, points, activePoints, notices, history } = await orNotFound(getShopForAdmin(db, String(shopId).slice(0, 64)));
  const owner = shop.members[0]?.user;
  const legal = ENFORCEMENT_ACTIONS.filter((a) => nextStatus(shop.status, a) !== null);
  const now = new Date();

  return (
    <main id="main" className="mx-auto max-w-4xl space-y-8 px-4 py-10 sm:px-6">
      <div>
        <p>
          <Link href="/admin/shops" className="text-sm font-medium text-teal-800 underline underline-offset-2">
            Back to the shops
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">{shop.name}</h1>
        <p className="mt-1 text-slate-700">
          /s/{shop.slug} · owner {owner ? `${owner.name} (${owner.email})` : "none"} · opened {dateTime.format(shop.createdAt)} UTC · {shop._count.orders}{" "}
          orders · {shop._count.products} products
        </p>
        <p className="mt-2 font-medium">
          Status: {STATUS_LABEL[shop.status]} · {activePoints} active penalty point{activePoints === 1 ? "" : "s"}
        </p>
      </div>

      <section aria-labelledby="action-title" className="rounded-lg border border-slate-200 p-5">
        <h2 id="action-title" className="text-lg font-semibold">
          Take action
        </h2>
        {legal.length ? (
          <div className="mt-3">
            <EnforcementForm actions={legal} action={enforceShopAction.bind(null, shop.id)} />
          </div>
        ) : (
          <p className="mt-2 text-slate-700">This shop is closed for good: nothing more can be done.</p>
        )}
      </section>

      <TrustScoreCard score={shop.trustScore} parts={shop.trustScoreParts} computedAt={shop.trustScoreAt} />

      <section aria-labelledby="points-title" className="rounded-lg border border-slate-200 p-5">
        <h2 id="points-title" className="text-lg font-semibold">
          Penalty points
        </h2>
        {points.length ? (
          <ul className="mt-3 divide-y divide-slate-200">
            {points.map((p) => (
              <li key={p.id} className="py-2">
                <p className="font-medium">
                  {p.points} pt{p.points === 1 ? "" : "s"} · {ruleLabel(p.rule)}
                </p>
                <p className="text-sm text-slate-700">
                  Given {dateTime.format(p.createdAt)} UTC · {p.expiresAt > now ? "counts until" : "expired"} {dateTime.format(p.expiresAt)} UTC
                </p>
                <p className="text-sm whitespace-pre-line">{p.reason}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700">No penalty points.</p>
        )}
      </section>

      <section aria-labelledby="history-title" className="rounded-lg border border-slate-200 p-5">
        <h2 id="history-title" className="text-lg font-semibold">
          History
        </h2>
        {history.length ? (
          <ol className="mt-3 space-y-3">
            {history.map((event) => (
              <li key={event.id}>
                <p className="text-sm">
                  <span className="font-medium">{EVENT_LABEL[event.action] ?? event.action}</span> · {dateTime.format(event.createdAt)} UTC
                  {event.actor ? ` · ${event.actor.name}` : ""}
                </p>
                {event.reason && <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 whitespace-pre-line text-slate-800">{event.reason}</blockquote>}
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-2 text-slate-700">No action taken on this shop yet.</p>
        )}
        <p className="mt-3 text-sm">
          <Link href={`/admin/audit?shop=${shop.id}`} className="font-medium text-teal-800 underline underline-offset-2">
            Everything about this shop in the audit log
          </Link>
        </p>
      </section>

      <section aria-labelledby="notices-title" className="rounded-lg border border-slate-200 p-5">
        <h2 id="notices-title" className="text-lg font-semibold">
          Notices the merchant sees
        </h2>
        {notices.length ? (
          <ul className="mt-3 divide-y divide-slate-200">
            {notices.map((n) => (
              <li key={n.id} className="py-2">
                <p className="font-medium">{n.title}</p>
                <p className="text-sm text-slate-600">{dateTime.format(n.createdAt)} UTC</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700">No notices yet.</p>
        )}
      </section>
    </main>
  );
}
