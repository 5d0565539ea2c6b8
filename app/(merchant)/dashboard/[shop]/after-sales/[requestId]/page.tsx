// One after-sales request: what the shopper asked and why, the order's lines, the photos, and the
// answers the request's state allows (accept / reject / complete).
import type { Metadata } from "next";
import Link from "next/link";
import { AnswerPanel } from "@/components/after-sales/answer-forms";
import { HeadRow } from "@/components/after-sales/head-row";
import { KIND_WORDS, REASON_WORDS, STATUS_WORDS, statusClass } from "@/components/after-sales/words";
import { db } from "@/lib/db/client";
import { formatMoney } from "@/lib/money/format";
import { afterSalesRequestDetail, itemTitle } from "@/lib/orders/after-sales-requests";
import { shopDateTime } from "@/lib/shops/time-zones";
import { merchantPage, orNotFound } from "@/app/_entry/merchant";
import { acceptRequestAction, completeRequestAction, rejectRequestAction } from "../actions";

export const metadata: Metadata = { title: "After-sales request" };

type Props = { params: Promise<{ shop: string; requestId: string }> };

export default async function AfterSalesRequestPage({ params }: Props) {
  const { shop: slug, requestId } = await params;
  const { shop } = await merchantPage(slug, "orders");
  const r = await orNotFound(afterSalesRequestDetail(db, shop.id, String(requestId)));
  const base = `/dashboard/${shop.slug}`;
  const money = (n: number) => formatMoney(n, r.order.currency, shop.defaultLocale);
  const dates = shopDateTime(shop);
  const asked = new Map(r.lines.map((l) => [l.orderLineId, l.quantity]));
  const answers = [
    { label: "Shopper's details", text: r.details },
    { label: "Return instructions", text: r.returnInstructions },
    { label: "Rejection reason", text: r.rejectionReason },
    { label: "Resolution", text: r.resolution },
  ].filter((a) => a.text);

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`${base}/after-sales`} className="text-teal-800 underline underline-offset-2">
          ← After-sales requests
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight">
          {KIND_WORDS[r.kind]} · order #{r.order.number}
        </h1>
        <span className={statusClass(r.status)}>{STATUS_WORDS[r.status]}</span>
      </div>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-700">Reason</dt>
        <dd>{REASON_WORDS[r.reason] ?? r.reason}</dd>
        <dt className="font-medium text-slate-700">Shopper</dt>
        <dd>{r.order.email}</dd>
        <dt className="font-medium text-slate-700">Requested</dt>
        <dd>
          <time dateTime={r.createdAt.toISOString()}>{dates.format(r.createdAt)}</time>
        </dd>
        <dt className="font-medium text-slate-700">Order</dt>
        <dd>
          <Link href={`${base}/orders/${r.order.number}`} className="text-teal-800 underline underline-offset-2">
            #{r.order.number}
          </Link>{" "}
          · paid {money(r.order.totalAmount)}
          {r.order.refundedAmount ? `, refunded ${money(r.order.refundedAmount)}` : ""}
        </dd>
      </dl>
      {answers.map((a) => (
        <section key={a.label}>
          <h2 className="text-sm font-semibold text-slate-900">{a.label}</h2>
          <p className="mt-1 text-sm whitespace-pre-wrap text-slate-800">{a.text}</p>
        </section>
      ))}

      <section aria-labelledby="lines-heading">
        <h2 id="lines-heading" className="text-lg font-semibold">
          The order&apos;s items
        </h2>
        <div className="mt-2 overflow-x-auto rounded-lg border border-slate-200">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <HeadRow columns={["Item", "Bought", "Sent", "Refunded", "In this request"]} />
            <tbody className="divide-y divide-slate-200">
              {r.order.lines.map((l) => (
                <tr key={l.id} className={asked.has(l.id) ? "bg-amber-50" : undefined}>
                  <td className="px-3 py-2">{itemTitle(l)}</td>
                  <td className="px-3 py-2">{l.quantity}</td>
                  <td className="px-3 py-2">{l.fulfilledQuantity}</td>
                  <td className="px-3 py-2">{l.refundedQuantity}</td>
                  <td className="px-3 py-2 font-medium">{asked.get(l.id) ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {r.photos.length > 0 && (
        <section aria-labelledby="photos-heading">
          <h2 id="photos-heading" className="text-lg font-semibold">
            Photos
          </h2>
          <ul className="mt-2 flex flex-wrap gap-3">
            {r.photos.map((p, i) => (
              <li key={p.id}>
                <a
                  href={`/api/shops/${shop.id}/after-sales/photos/${p.id}`}
                  target="_blank"
                  rel="noreferrer"
                  className="block rounded focus-visible:outline-2 focus-visible:outline-teal-700"
                >
                  {/* eslint-disable-next-line @next/next/no-img-element -- a private photo behind an access-checked route */}
                  <img
                    src={`/api/shops/${shop.id}/after-sales/photos/${p.id}`}
                    alt={`Photo ${i + 1} from the shopper`}
                    width={p.width}
                    height={p.height}
                    className="h-32 w-auto rounded border border-slate-200 object-cover"
                  />
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="answer-heading" className="space-y-4">
        <h2 id="answer-heading" className="text-lg font-semibold">
          Answer
        </h2>
        <AnswerPanel
          status={r.status}
          kind={r.kind}
          refundLabel={r.refundPreview === null ? "" : money(r.refundPreview)}
          accept={acceptRequestAction.bind(null, shop.slug, r.id)}
          reject={rejectRequestAction.bind(null, shop.slug, r.id)}
          complete={completeRequestAction.bind(null, shop.slug, r.id)}
        />
      </section>
    </div>
  );
}
