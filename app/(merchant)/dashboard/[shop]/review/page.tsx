import type { Metadata } from "next";
import { BusinessDetailsForm } from "@/components/shops/business-details-form";
import { DocumentUpload } from "@/components/shops/document-upload";
import { ReviewDocuments } from "@/components/shops/review-documents";
import { RowAction } from "@/components/shops/row-action";
import { merchantPage } from "@/app/_entry/merchant";
import { countryOptions } from "@/lib/checkout/countries";
import { db } from "@/lib/db/client";
import { MAX_DOCUMENTS } from "@/lib/shops/review-schemas";
import { getShopReview } from "@/lib/shops/review-submission";
import { removeReviewDocumentAction, saveBusinessDetailsAction, submitShopReviewAction } from "./actions";

export const metadata: Metadata = { title: "Review" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const section = "space-y-4 rounded-lg border border-slate-200 p-5";

export default async function ShopReviewPage({ params }: { params: Promise<{ shop: string }> }) {
  const { shop } = await merchantPage((await params).shop, "settings");
  const { shopStatus, review, documents, editable } = await getShopReview(db, shop.id);
  const rejected = review?.state === "REJECTED";

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Review</h1>
        <p className="mt-1 text-slate-700">The platform checks every new shop before shoppers can see it. You can keep building and previewing it meanwhile.</p>
      </div>

      <section aria-labelledby="state-title" className={section}>
        <h2 id="state-title" className="text-lg font-semibold">
          Status
        </h2>
        {shopStatus !== "IN_REVIEW" ? (
          <p>{shopStatus === "ACTIVE" ? "Your shop is approved and live." : `Your shop is ${shopStatus.toLowerCase()}.`}</p>
        ) : review?.state === "SUBMITTED" ? (
          <p>
            Submitted{review.submittedAt ? ` on ${dateFormat.format(review.submittedAt)} UTC` : ""}: the reviewers have your details. You&apos;ll get an email
            with their answer.
          </p>
        ) : rejected ? (
          <div className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">
            <h3 className="font-semibold">The reviewers sent your details back</h3>
            <p className="mt-1 text-sm">What to fix:</p>
            <blockquote className="mt-1 whitespace-pre-line">{review.rejectionReason}</blockquote>
            <p className="mt-2 text-sm">Change your details or documents below, then resubmit.</p>
          </div>
        ) : (
          <p>Not submitted yet: fill in your business details, add at least one document, then submit.</p>
        )}
      </section>

      {shopStatus === "IN_REVIEW" && (
        <>
          <section aria-labelledby="details-title" className={section}>
            <h2 id="details-title" className="text-lg font-semibold">
              Business details
            </h2>
            <BusinessDetailsForm
              action={saveBusinessDetailsAction.bind(null, shop.slug)}
              countries={countryOptions("en")}
              editable={editable}
              values={{
                legalName: review?.legalName ?? "",
                businessType: review?.businessType ?? "COMPANY",
                registrationNumber: review?.registrationNumber ?? "",
                country: review?.country ?? "",
                contactName: review?.contactName ?? "",
                contactEmail: review?.contactEmail ?? "",
                contactPhone: review?.contactPhone ?? "",
                categories: review?.categories ?? [],
              }}
            />
          </section>

          <section aria-labelledby="documents-title" className={section}>
            <h2 id="documents-title" className="text-lg font-semibold">
              Supporting documents
            </h2>
            <ReviewDocuments
              shopId={shop.id}
              documents={documents}
              remove={editable ? (id) => removeReviewDocumentAction.bind(null, shop.slug, id) : undefined}
            />
            {editable &&
              (documents.length < MAX_DOCUMENTS ? (
                <DocumentUpload shopId={shop.id} />
              ) : (
                <p className="text-sm text-slate-700">You added {MAX_DOCUMENTS} documents, the most a case holds: remove one to add another.</p>
              ))}
          </section>

          {editable && (
            <section aria-labelledby="submit-title" className={section}>
              <h2 id="submit-title" className="text-lg font-semibold">
                {rejected ? "Resubmit" : "Submit"}
              </h2>
              <p className="text-sm text-slate-700">Save your details first. Once submitted, they can&apos;t change until the reviewers answer.</p>
              <div className="flex">
                <RowAction
                  action={submitShopReviewAction.bind(null, shop.slug)}
                  label={rejected ? "Resubmit for review" : "Submit for review"}
                  pendingLabel="Submitting…"
                  accessibleLabel={rejected ? "Resubmit for review" : "Submit for review"}
                />
              </div>
            </section>
          )}
        </>
      )}
    </div>
  );
}
