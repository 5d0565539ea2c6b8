import type { Metadata } from "next";
import Link from "next/link";
import { RejectReviewForm } from "@/components/admin/reject-review-form";
import { businessTypeLabel, categoryLabel, countryName, dateTime } from "@/components/admin/review-labels";
import { ReviewDocuments } from "@/components/shops/review-documents";
import { RowAction } from "@/components/shops/row-action";
import { orNotFound } from "@/app/_entry/merchant";
import { requireAdmin } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { getReviewCase } from "@/lib/shops/review-queue";
import { approveReviewAction, rejectReviewAction } from "../actions";

export const metadata: Metadata = { title: "Shop review case" };

const STATE_LABEL = {
  DRAFT: "Not submitted",
  SUBMITTED: "Submitted, waiting for a decision",
  REJECTED: "Rejected, waiting for the merchant",
  APPROVED: "Approved",
};
const EVENT_LABEL: Record<string, string> = { "shop.review_submitted": "Submitted", "shop.rejected": "Rejected", "shop.approved": "Approved" };

export default async function ReviewCasePage({ params }: { params: Promise<{ shopId: string }> }) {
  const { shopId } = await params;
  await requireAdmin(`/admin/reviews/${shopId}`, "review");
  const { shop, review, documents, history } = await orNotFound(getReviewCase(db, String(shopId).slice(0, 64)));
  const decidable = shop.status === "IN_REVIEW" && review?.state === "SUBMITTED";
  const details = review && [
    ["Legal name", review.legalName],
    ["Type", businessTypeLabel(review.businessType)],
    ["Registration number", review.registrationNumber],
    ["Country", countryName(review.country)],
    ["Contact", `${review.contactName} · ${review.contactEmail} · ${review.contactPhone}`],
    ["Main categories", review.categories.map(categoryLabel).join(", ") || "—"],
    ["Submitted", review.submittedAt ? `${dateTime.format(review.submittedAt)} UTC` : "—"],
    ["Round", review.resubmissions ? `Resubmitted (round ${review.resubmissions + 1})` : "First time"],
  ];

  return (
    <>
      <main id="main" className="mx-auto max-w-4xl space-y-8 px-4 py-10 sm:px-6">
        <div>
          <p>
            <Link href="/admin/reviews" className="text-sm font-medium text-teal-800 underline underline-offset-2">
              Back to the queue
            </Link>
          </p>
          <h1 className="mt-2 text-3xl font-bold tracking-tight">{shop.name}</h1>
          <p className="mt-1 text-slate-700">
            /s/{shop.slug} · owner {shop.owner ? `${shop.owner.name} (${shop.owner.email})` : "none"} · opened {dateTime.format(shop.createdAt)} UTC
          </p>
          <p className="mt-2 font-medium">
            Shop {shop.status.toLowerCase().replace("_", " ")} · {review ? STATE_LABEL[review.state] : "No details submitted"}
          </p>
        </div>

        <section aria-labelledby="details-title" className="rounded-lg border border-slate-200 p-5">
          <h2 id="details-title" className="text-lg font-semibold">
            Business details
          </h2>
          {details ? (
            <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
              {details.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-sm font-medium text-slate-600">{label}</dt>
                  <dd className="break-words">{value}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="mt-2 text-slate-700">The merchant hasn&apos;t saved any details yet.</p>
          )}
        </section>

        <section aria-labelledby="documents-title" className="space-y-3 rounded-lg border border-slate-200 p-5">
          <h2 id="documents-title" className="text-lg font-semibold">
            Documents
          </h2>
          <ReviewDocuments shopId={shop.id} documents={documents} />
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
            <p className="mt-2 text-slate-700">No submission yet.</p>
          )}
        </section>

        {decidable ? (
          <section aria-labelledby="decision-title" className="space-y-6 rounded-lg border border-slate-200 p-5">
            <h2 id="decision-title" className="text-lg font-semibold">
              Decision
            </h2>
            <div className="flex flex-wrap items-center gap-3">
              <p className="text-slate-700">Everything checks out: the shop goes live and its owner gets an email.</p>
              <RowAction action={approveReviewAction.bind(null, shop.id)} label="Approve" pendingLabel="Approving…" accessibleLabel={`Approve ${shop.name}`} />
            </div>
            <RejectReviewForm action={rejectReviewAction.bind(null, shop.id)} />
          </section>
        ) : (
          <p className="text-slate-700">
            {shop.status === "IN_REVIEW" ? "Nothing to decide until the merchant submits." : "This shop is no longer in review."}
          </p>
        )}
      </main>
    </>
  );
}
