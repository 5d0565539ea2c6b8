"use client";
// Uploads a product CSV to /api/shops/[shopId]/products/import with XMLHttpRequest, which
// reports upload progress (fetch doesn't), and reads the NDJSON answer as it arrives: one
// real <progress> bar for the upload, then for the import, then the outcome or the list of
// rows to fix. A refusal is the JSON error reply { error: { message } }. See the route for the protocol.
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import type { CsvIssue } from "@/lib/catalog/csv-format";

type Result = { ok: true; created: number; updated: number; warnings: CsvIssue[] } | { ok: false; errors: CsvIssue[]; warnings: CsvIssue[] };
type Line = { type: "progress"; done: number; total: number } | ({ type: "result" } & Result) | { type: "error"; message: string };

type Phase =
  | { kind: "idle" }
  | { kind: "uploading"; percent: number }
  | { kind: "checking" }
  | { kind: "importing"; done: number; total: number }
  | { kind: "done"; result: Result; file: string }
  | { kind: "failed"; message: string };

/** The message of a JSON error reply ({ error: { code, message } }), if that is what came back. */
function refusal(text: string): string | undefined {
  try {
    const message = (JSON.parse(text) as { error?: { message?: unknown } }).error?.message;
    return typeof message === "string" ? message : undefined;
  } catch {
    return undefined; // a proxy's error page
  }
}

type Props = { shopId: string; maxBytes: number; maxRows: number; productsHref: string; templateHref: string };

export function CsvImportForm({ shopId, maxBytes, maxRows, productsHref, templateHref }: Props) {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const request = useRef<XMLHttpRequest | null>(null);
  const outcome = useRef<HTMLHeadingElement>(null);
  useEffect(() => () => request.current?.abort(), []);
  // Screen-reader and keyboard users land on the outcome once it's there.
  useEffect(() => {
    if (phase.kind === "done" || phase.kind === "failed") outcome.current?.focus();
  }, [phase.kind]);

  const megabytes = maxBytes / 1024 / 1024;

  function upload(file: File) {
    if (file.size > maxBytes) return setPhase({ kind: "failed", message: `The file is larger than ${megabytes} MB: split it into smaller files.` });
    if (file.size === 0) return setPhase({ kind: "failed", message: "The file is empty. Choose a CSV file with a header row and products." });
    request.current?.abort();
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    let read = 0; // characters of the answer already handled
    let finished = false;
    const handle = (line: Line) => {
      if (line.type === "progress") setPhase({ kind: "importing", done: line.done, total: line.total });
      else if (line.type === "result") {
        finished = true;
        setPhase({ kind: "done", result: line, file: file.name });
      } else {
        finished = true;
        setPhase({ kind: "failed", message: line.message });
      }
    };
    const readLines = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf("\n") + 1; // a line is whole once its newline arrived
      for (const raw of text.slice(read, end).split("\n")) {
        if (!raw.trim()) continue;
        try {
          handle(JSON.parse(raw) as Line);
        } catch {
          // Not our NDJSON (a proxy's error page): the status decides below.
        }
      }
      read = Math.max(read, end);
    };
    xhr.open("POST", `/api/shops/${encodeURIComponent(shopId)}/products/import`);
    xhr.setRequestHeader("Content-Type", "text/csv");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setPhase({ kind: "uploading", percent: Math.round((e.loaded / e.total) * 100) });
    };
    xhr.upload.onload = () => setPhase({ kind: "checking" });
    xhr.onprogress = readLines;
    xhr.onload = () => {
      readLines();
      if (!finished)
        setPhase({ kind: "failed", message: refusal(xhr.responseText) ?? `The import failed (error ${xhr.status}). Nothing was imported. Try again.` });
    };
    xhr.onerror = () =>
      setPhase({
        kind: "failed",
        message: "The connection was lost. If the import had started, it either finished or changed nothing: check your products, then try again.",
      });
    setPhase({ kind: "uploading", percent: 0 });
    xhr.send(file);
  }

  const busy = phase.kind === "uploading" || phase.kind === "checking" || phase.kind === "importing";
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <label htmlFor="csv-file" className="block text-sm font-medium text-slate-900">
          CSV file
        </label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="csv-file-hint"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) upload(file);
            e.target.value = ""; // choosing the same file again (after fixing it) imports it again
          }}
          className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:font-medium file:text-slate-900 hover:file:bg-slate-100"
        />
        <p id="csv-file-hint" className="text-sm text-slate-600">
          Up to {megabytes} MB and {new Intl.NumberFormat("en").format(maxRows)} rows, in Minishop&apos;s or Shopify&apos;s product CSV format.{" "}
          <a href={templateHref} download className="font-medium text-teal-800 underline underline-offset-2">
            Download a sample CSV
          </a>
        </p>
      </div>

      <Progress phase={phase} />

      {phase.kind === "failed" && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">
          <h2 ref={outcome} tabIndex={-1} className="font-semibold outline-none">
            Nothing was imported
          </h2>
          <p className="mt-1 text-sm">{phase.message}</p>
        </div>
      )}
      {phase.kind === "done" && phase.result.ok && (
        <div role="status" className="rounded-md border border-teal-300 bg-teal-50 px-4 py-3 text-teal-950">
          <h2 ref={outcome} tabIndex={-1} className="font-semibold outline-none">
            Imported: {phase.result.created} created, {phase.result.updated} updated
          </h2>
          <p className="mt-1 text-sm">
            <Link href={productsHref} className="font-medium underline underline-offset-2">
              See your products
            </Link>
          </p>
        </div>
      )}
      {phase.kind === "done" && !phase.result.ok && (
        <div className="space-y-3">
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">
            <h2 ref={outcome} tabIndex={-1} className="font-semibold outline-none">
              Nothing was imported — fix these rows and try again
            </h2>
            <p className="mt-1 text-sm">
              {phase.result.errors.length === 1 ? "1 problem" : `${phase.result.errors.length} problems`} in {phase.file}. Rows are numbered as in a
              spreadsheet: the header is row 1.
            </p>
          </div>
          <IssueTable caption={`Problems in ${phase.file}`} issues={phase.result.errors} />
        </div>
      )}
      {phase.kind === "done" && phase.result.warnings.length > 0 && (
        <IssueTable caption={phase.result.ok ? "Imported, with these notes" : "Also worth checking"} issues={phase.result.warnings} />
      )}
    </div>
  );
}

function Progress({ phase }: { phase: Phase }) {
  if (phase.kind !== "uploading" && phase.kind !== "checking" && phase.kind !== "importing") return null;
  const text =
    phase.kind === "uploading"
      ? `Uploading… ${phase.percent}%`
      : phase.kind === "checking"
        ? "Checking every row…"
        : `Importing… ${phase.done} of ${phase.total} products`;
  const label = phase.kind === "uploading" ? "Upload progress" : "Import progress";
  return (
    <div className="space-y-1">
      {/* No value while checking: an indeterminate bar, the honest answer until writing starts. */}
      {phase.kind === "uploading" ? (
        <progress aria-label={label} max={100} value={phase.percent} className="h-2 w-full max-w-md accent-teal-700" />
      ) : phase.kind === "importing" ? (
        <progress aria-label={label} max={Math.max(phase.total, 1)} value={phase.done} className="h-2 w-full max-w-md accent-teal-700" />
      ) : (
        <progress aria-label={label} className="h-2 w-full max-w-md accent-teal-700" />
      )}
      <p role="status" className="text-sm text-slate-700">
        {text}
      </p>
    </div>
  );
}

// A file can hold 10,000 bad rows: the first few hundred are plenty to see what's wrong.
const MAX_SHOWN = 300;

function IssueTable({ caption, issues }: { caption: string; issues: CsvIssue[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="px-3 py-2 text-left font-semibold text-slate-900">{caption}</caption>
        <thead className="border-y border-slate-200 bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Row
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Column
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Problem
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {issues.slice(0, MAX_SHOWN).map((issue, i) => (
            <tr key={i}>
              <td className="px-3 py-2 tabular-nums">{issue.row}</td>
              <td className="px-3 py-2">{issue.column}</td>
              <td className="px-3 py-2">{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {issues.length > MAX_SHOWN && <p className="px-3 py-2 text-sm text-slate-600">…and {issues.length - MAX_SHOWN} more like these.</p>}
    </div>
  );
}
