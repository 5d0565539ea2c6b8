"use client";
// Uploads one supporting document (POST /api/shops/[shopId]/review/documents) with
// XMLHttpRequest, which reports upload progress, then re-renders the page's list of documents.
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES } from "@/lib/shops/review-schemas";

type Status = { kind: "idle" } | { kind: "uploading"; percent: number } | { kind: "done"; name: string } | { kind: "error"; message: string };

export function DocumentUpload({ shopId }: { shopId: string }) {
  const id = useId();
  const router = useRouter();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const request = useRef<XMLHttpRequest | null>(null);

  useEffect(() => () => request.current?.abort(), []); // leaving the page stops the upload

  function upload(file: File) {
    if (file.size > MAX_DOCUMENT_BYTES) return setStatus({ kind: "error", message: "The document is larger than 10 MB. Choose a smaller file." });
    request.current?.abort();
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    xhr.open("POST", `/api/shops/${encodeURIComponent(shopId)}/review/documents`);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setStatus({ kind: "uploading", percent: Math.round((e.loaded / e.total) * 100) });
    };
    xhr.onload = () => {
      const body = xhr.response as { fileName?: string; error?: { message?: string } } | null;
      if (xhr.status === 201 && body?.fileName) {
        setStatus({ kind: "done", name: body.fileName });
        router.refresh();
      } else setStatus({ kind: "error", message: body?.error?.message ?? `The upload failed (error ${xhr.status}). Try again.` });
    };
    xhr.onerror = () => setStatus({ kind: "error", message: "The upload failed: check your connection and try again." });
    const data = new FormData();
    data.append("file", file);
    setStatus({ kind: "uploading", percent: 0 });
    xhr.send(data);
  }

  const percent = status.kind === "uploading" ? status.percent : null;
  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-file`} className="block text-sm font-medium text-slate-900">
        Add a document
      </label>
      <input
        id={`${id}-file`}
        type="file"
        accept={DOCUMENT_ACCEPT}
        aria-describedby={`${id}-hint${status.kind === "error" ? ` ${id}-error` : ""}`}
        disabled={status.kind === "uploading"}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) upload(file);
          e.target.value = ""; // choosing the same file again uploads it again
        }}
        className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:font-medium file:text-slate-900 hover:file:bg-slate-100"
      />
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        PDF, JPEG, PNG or WebP, up to 10 MB each: an ID or a registration certificate, for example. Only you and the platform&apos;s reviewers can open them.
      </p>
      {percent !== null && (
        <div className="flex items-center gap-2 text-sm text-slate-700">
          <progress value={percent} max={100} aria-label="Document upload progress" className="h-2 w-full max-w-xs accent-teal-700" />
          <span aria-hidden>{percent}%</span>
        </div>
      )}
      <p role="status" className="text-sm text-slate-700">
        {status.kind === "uploading" ? "Uploading…" : status.kind === "done" ? `${status.name} uploaded` : ""}
      </p>
      {status.kind === "error" && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {status.message}
        </p>
      )}
    </div>
  );
}
