"use client";
// The description in Markdown, with a live preview next to it. The HTML comes from the
// server (lib/catalog/markdown.ts renders and sanitises it), exactly as shoppers will get it.
import { useEffect, useRef, useState } from "react";
import { MAX_DESCRIPTION_LENGTH } from "@/lib/catalog/schemas";

type Preview = (markdown: string) => Promise<{ html: string } | { error: string }>;
type Props = { value: string; onChange: (value: string) => void; preview: Preview; initialHtml?: string; error?: string };

const WAIT_MS = 300; // after the last keystroke: one request per pause, not per letter

export function DescriptionField({ value, onChange, preview, initialHtml, error }: Props) {
  const [html, setHtml] = useState<string | null>(initialHtml ?? null);
  const [problem, setProblem] = useState("");
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      let answer: Awaited<ReturnType<Preview>>;
      try {
        answer = await preview(value);
      } catch {
        answer = { error: "The preview isn't available right now." };
      }
      if (request !== latest.current) return; // a newer text is on its way
      if ("html" in answer) {
        setHtml(answer.html);
        setProblem("");
      } else setProblem(answer.error);
    }, WAIT_MS);
    return () => clearTimeout(timer);
  }, [value, preview]);

  const describedBy = ["description-hint", error && "description-error"].filter(Boolean).join(" ");
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div>
        <label htmlFor="field-descriptionMd" className="block text-sm font-medium text-slate-900">
          Description
        </label>
        <textarea
          id="field-descriptionMd"
          value={value}
          rows={10}
          maxLength={MAX_DESCRIPTION_LENGTH}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 font-mono text-sm text-slate-900 shadow-sm focus:border-teal-700 aria-[invalid=true]:border-red-700"
        />
        <p id="description-hint" className="mt-1 text-sm text-slate-600">
          Markdown: **bold**, *italic*, lists with -, [links](https://example.com).
        </p>
        {error && (
          <p id="description-error" className="mt-1 text-sm font-medium text-red-700">
            {error}
          </p>
        )}
      </div>
      <section aria-labelledby="description-preview" className="min-w-0">
        <h3 id="description-preview" className="text-sm font-medium text-slate-900">
          Preview
        </h3>
        <div className="mt-1 min-h-40 rounded-md border border-dashed border-slate-300 bg-slate-50 px-4 py-3">
          {problem ? (
            <p className="text-sm text-red-700">{problem}</p>
          ) : html ? (
            // Sanitised on the server by lib/catalog/markdown.ts, the same HTML shoppers get.
            <div
              className="text-slate-800 [&_a]:underline [&_a]:underline-offset-2 [&_h2]:mt-4 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mt-3 [&_h3]:font-semibold [&_li]:mt-1 [&_ol]:mt-2 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:mt-2 [&_p:first-child]:mt-0 [&_ul]:mt-2 [&_ul]:list-disc [&_ul]:pl-6"
              dangerouslySetInnerHTML={{ __html: html }}
            />
          ) : (
            <p className="text-sm text-slate-500">{value.trim() ? "Rendering…" : "The description shows here as shoppers will see it."}</p>
          )}
        </div>
      </section>
    </div>
  );
}
