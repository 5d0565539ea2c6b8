"use client";
// Uploads one picture to a shop (POST /api/shops/[shopId]/images) with XMLHttpRequest, which,
// unlike fetch, reports upload progress. Shows a real progress bar, previews the stored
// picture, and hands { url, width, height } to the parent; `name` adds a hidden input so
// a plain form submits the URL too ("" once removed).
import { useEffect, useId, useRef, useState } from "react";

export type UploadedImage = { url: string; width: number; height: number };

type Props = {
  shopId: string;
  label: string;
  name?: string;
  initial?: UploadedImage | null;
  hint?: string;
  onChange?: (image: UploadedImage | null) => void;
  previewClassName?: string;
};

const MAX_BYTES = 10 * 1024 * 1024; // lib/images/process.ts MAX_IMAGE_BYTES: refused before a long upload

type Status = { kind: "idle" } | { kind: "uploading"; percent: number } | { kind: "done" } | { kind: "error"; message: string };

export function ImageUpload({ shopId, label, name, initial = null, hint, onChange, previewClassName = "max-h-40" }: Props) {
  const id = useId();
  const [image, setImage] = useState<UploadedImage | null>(initial);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const request = useRef<XMLHttpRequest | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => () => request.current?.abort(), []); // leaving the page stops the upload

  function choose(next: UploadedImage | null) {
    setImage(next);
    onChange?.(next);
  }

  function upload(file: File) {
    if (file.size > MAX_BYTES) return setStatus({ kind: "error", message: "The picture is larger than 10 MB. Choose a smaller one." });
    request.current?.abort();
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    xhr.open("POST", `/api/shops/${encodeURIComponent(shopId)}/images`);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setStatus({ kind: "uploading", percent: Math.round((e.loaded / e.total) * 100) });
    };
    xhr.onload = () => {
      const body = xhr.response as Partial<UploadedImage> & { error?: { message?: string } };
      if (xhr.status === 201 && body?.url && body.width && body.height) {
        choose({ url: body.url, width: body.width, height: body.height });
        setStatus({ kind: "done" });
      } else {
        setStatus({ kind: "error", message: body?.error?.message ?? `The upload failed (error ${xhr.status}). Try again.` });
      }
    };
    xhr.onerror = () => setStatus({ kind: "error", message: "The upload failed: check your connection and try again." });
    const data = new FormData();
    data.append("file", file);
    setStatus({ kind: "uploading", percent: 0 });
    xhr.send(data);
  }

  const percent = status.kind === "uploading" ? status.percent : status.kind === "done" ? 100 : null;
  const describedBy = [hint && `${id}-hint`, status.kind === "error" && `${id}-error`].filter(Boolean).join(" ") || undefined;

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-900">{label}</legend>
      {name && <input type="hidden" name={name} value={image?.url ?? ""} />}
      {image && (
        // eslint-disable-next-line @next/next/no-img-element -- already a resized WebP from our own storage
        <img
          src={image.url}
          alt={`${label} preview`}
          width={image.width}
          height={image.height}
          className={`w-auto rounded-md border border-slate-200 bg-slate-50 ${previewClassName}`}
        />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor={`${id}-file`} className="sr-only">
          {`${label} file`}
        </label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif,image/avif,image/heif,image/tiff"
          aria-describedby={describedBy}
          disabled={status.kind === "uploading"}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) upload(file);
            e.target.value = ""; // choosing the same file again uploads it again
          }}
          className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:font-medium file:text-slate-900 hover:file:bg-slate-100"
        />
        {image && status.kind !== "uploading" && (
          <button
            type="button"
            onClick={() => {
              choose(null);
              setStatus({ kind: "idle" });
            }}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100"
          >
            {`Remove ${label.toLowerCase()}`}
          </button>
        )}
      </div>
      {percent !== null && (
        <div className="flex items-center gap-2 text-sm text-slate-700">
          <progress value={percent} max={100} aria-label={`${label} upload progress`} className="h-2 w-full max-w-xs accent-teal-700" />
          <span aria-hidden>{percent}%</span>
        </div>
      )}
      <p role="status" className="text-sm text-slate-700">
        {status.kind === "uploading" ? "Uploading…" : status.kind === "done" ? `${label} uploaded` : ""}
      </p>
      {status.kind === "error" && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {status.message}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
