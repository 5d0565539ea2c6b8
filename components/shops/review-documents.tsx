// The documents of a shop's review case, each a download link (an access-checked route) and,
// while the owner may still change the case, a Remove button. Shared by the merchant's Review
// page and the admins' case page.
import type { FormState } from "@/lib/core/form-state";
import { RowAction } from "./row-action";

export type ReviewDocumentRow = { id: string; fileName: string; contentType: string; size: number; createdAt: Date };

const KIND: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP" };
const sizeFormat = new Intl.NumberFormat("en", { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 });

export const documentHref = (shopId: string, documentId: string) =>
  `/api/shops/${encodeURIComponent(shopId)}/review/documents/${encodeURIComponent(documentId)}`;

type Props = { shopId: string; documents: ReviewDocumentRow[]; remove?: (documentId: string) => (state: FormState) => Promise<FormState> };

export function ReviewDocuments({ shopId, documents, remove }: Props) {
  if (!documents.length) return <p className="text-sm text-slate-700">No document yet.</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
      {documents.map((d) => (
        <li key={d.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="min-w-0">
            <a href={documentHref(shopId, d.id)} className="font-medium break-all text-teal-800 underline underline-offset-2" download>
              {d.fileName}
            </a>
            <p className="text-sm text-slate-600">
              {KIND[d.contentType] ?? d.contentType} · {sizeFormat.format(Math.max(1, Math.round(d.size / 1024)))}
            </p>
          </div>
          {remove && <RowAction action={remove(d.id)} label="Remove" pendingLabel="Removing…" accessibleLabel={`Remove ${d.fileName}`} />}
        </li>
      ))}
    </ul>
  );
}
