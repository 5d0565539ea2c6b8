import type { Metadata } from "next";
import Link from "next/link";
import { CASE_STATUS_LABEL, dateTime, MODERATION_STATE_LABEL } from "@/components/moderation/labels";
import { DecisionForm } from "@/components/moderation/decision-form";
import { orNotFound } from "@/app/_entry/merchant";
import { requireAdmin } from "@/app/_entry/session";
import { canAdmin } from "@/lib/admin/roles";
import { db } from "@/lib/db/client";
import { caseKindLabel, getModerationCase } from "@/lib/moderation/queue";
import { reportReasonLabel } from "@/lib/moderation/schemas";
import { decideCaseAction } from "../actions";

export const metadata: Metadata = { title: "Moderation case" };

// What approving and rejecting mean for each kind of case, in the form's words.
const CHOICES = {
  PRODUCT_REVIEW: [
    { value: "approve", label: "Approve and publish", hint: "The product goes live; the merchant gets an email.", reasonRequired: false },
    { value: "reject", label: "Reject", hint: "The product stays unpublished; the merchant reads your reason.", reasonRequired: true },
  ],
  APPEAL: [
    { value: "approve", label: "Accept the appeal", hint: "The product is restored as it was before the takedown.", reasonRequired: false },
    { value: "reject", label: "Reject the appeal", hint: "Final: the product stays taken down; the merchant reads your reason.", reasonRequired: true },
  ],
  PRODUCT_REPORT: [
    { value: "approve", label: "Uphold and take the product down", hint: "The merchant reads your reason and may appeal once.", reasonRequired: true },
    { value: "reject", label: "Dismiss", hint: "Nothing changes for the merchant.", reasonRequired: false },
  ],
  SHOP_REPORT: [
    { value: "approve", label: "Uphold", hint: "Marks the reports as founded (act on the shop from Shops).", reasonRequired: false },
    { value: "reject", label: "Dismiss", hint: "Nothing changes for the merchant.", reasonRequired: false },
  ],
} as const;

export default async function ModerationCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const admin = await requireAdmin(`/admin/moderation/${caseId}`, "review");
  const kase = await orNotFound(getModerationCase(db, String(caseId).slice(0, 64)));
  const choices =
    kase.status !== "OPEN" || kase.kind === "TAKEDOWN"
      ? null
      : kase.kind === "REPORT"
        ? CHOICES[kase.product ? "PRODUCT_REPORT" : "SHOP_REPORT"]
        : CHOICES[kase.kind];
  const title = kase.product ? kase.product.title : `Shop ${kase.shop.name}`;

  return (
    <main id="main" className="mx-auto max-w-4xl space-y-8 px-4 py-10 sm:px-6">
      <div>
        <p>
          <Link href="/admin/moderation" className="text-sm font-medium text-teal-800 underline underline-offset-2">
            Back to the queue
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">
          {caseKindLabel(kase.kind)}: {title}
        </h1>
        <p className="mt-1 text-slate-700">
          {kase.shop.name} (/s/{kase.shop.slug}) · opened {dateTime.format(kase.createdAt)} UTC · {CASE_STATUS_LABEL[kase.status]}
        </p>
      </div>

      <section aria-labelledby="about-title" className="rounded-lg border border-slate-200 p-5">
        <h2 id="about-title" className="text-lg font-semibold">
          {kase.kind === "APPEAL" ? "The merchant's appeal" : kase.kind === "REPORT" ? "Why it was reported" : "Why it is held"}
        </h2>
        <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 whitespace-pre-line">{kase.reason}</blockquote>
        {kase.resolution && <p className="mt-3">Decision note: {kase.resolution}</p>}
      </section>

      {kase.product && (
        <section aria-labelledby="product-title" className="rounded-lg border border-slate-200 p-5">
          <h2 id="product-title" className="text-lg font-semibold">
            The product
          </h2>
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
            <dt className="text-sm font-medium text-slate-600">Title</dt>
            <dd>{kase.product.title}</dd>
            <dt className="text-sm font-medium text-slate-600">Status</dt>
            <dd>
              {kase.product.status.toLowerCase()} · {MODERATION_STATE_LABEL[kase.product.moderationState]}
            </dd>
            <dt className="text-sm font-medium text-slate-600">Tags</dt>
            <dd>{kase.product.tags.join(", ") || "—"}</dd>
            <dt className="text-sm font-medium text-slate-600">Description</dt>
            <dd className="max-h-64 overflow-auto whitespace-pre-line">{kase.product.descriptionMd || "—"}</dd>
          </dl>
        </section>
      )}

      {kase.kind === "REPORT" && (
        <section aria-labelledby="reports-title" className="rounded-lg border border-slate-200 p-5">
          <h2 id="reports-title" className="text-lg font-semibold">
            {kase._count.reports === 1 ? "1 report" : `${kase._count.reports} reports`}
          </h2>
          <ul className="mt-3 space-y-3">
            {kase.reports.map((r) => (
              <li key={r.id}>
                <p className="text-sm">
                  <span className="font-medium">{reportReasonLabel(r.reason)}</span> · {dateTime.format(r.createdAt)} UTC
                </p>
                {r.details && <p className="mt-1 whitespace-pre-line text-slate-800">{r.details}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {kase.history.length > 0 && (
        <section aria-labelledby="history-title" className="rounded-lg border border-slate-200 p-5">
          <h2 id="history-title" className="text-lg font-semibold">
            Earlier cases of this product
          </h2>
          <ol className="mt-3 space-y-2">
            {kase.history.map((h) => (
              <li key={h.id} className="text-sm">
                <span className="font-medium">{caseKindLabel(h.kind)}</span> · {CASE_STATUS_LABEL[h.status]} · {dateTime.format(h.createdAt)} UTC — {h.reason}
                {h.resolution ? ` (decision: ${h.resolution})` : ""}
              </li>
            ))}
          </ol>
        </section>
      )}

      {choices ? (
        <section aria-labelledby="decision-title" className="space-y-4 rounded-lg border border-slate-200 p-5">
          <h2 id="decision-title" className="text-lg font-semibold">
            Decide
          </h2>
          <DecisionForm action={decideCaseAction.bind(null, kase.id)} choices={choices} />
        </section>
      ) : (
        <p role="status" className="font-medium">
          This case is decided: {CASE_STATUS_LABEL[kase.status].toLowerCase()}
          {kase.resolvedAt ? ` on ${dateTime.format(kase.resolvedAt)} UTC` : ""}.
          {kase.product ? ` The product is ${MODERATION_STATE_LABEL[kase.product.moderationState].toLowerCase()}.` : ""}
        </p>
      )}

      {kase.product && kase.product.moderationState !== "TAKEN_DOWN" && kase.kind !== "REPORT" && canAdmin(admin.role, "enforce") && (
        <p>
          <Link
            href={`/admin/moderation?product=${encodeURIComponent(kase.product.id)}#takedown-title`}
            className="font-medium text-teal-800 underline underline-offset-2"
          >
            Take this product down instead
          </Link>
        </p>
      )}
    </main>
  );
}
