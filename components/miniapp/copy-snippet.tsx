"use client";
// The embed snippet, selectable, with a button that copies it and says so.
import { useState } from "react";

export function CopySnippet({ snippet, label }: { snippet: string; label: string }) {
  const [status, setStatus] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus("Copied to the clipboard.");
    } catch {
      setStatus("Couldn't copy: select the text and copy it.");
    }
  }
  return (
    <div className="space-y-2">
      <label className="block text-sm font-medium text-slate-900">
        {label}
        <textarea
          readOnly
          value={snippet}
          rows={3}
          onFocus={(e) => e.currentTarget.select()}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900"
        />
      </label>
      <div className="flex items-center gap-3">
        <button type="button" onClick={copy} className="rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100">
          Copy {label.toLowerCase()}
        </button>
        <p role="status" className="text-sm text-teal-800">
          {status}
        </p>
      </div>
    </div>
  );
}
