"use client";
// An option's values as chips: type a value and press Enter or a comma (or paste "S, M, L").
// Each chip has its own remove button; the input keeps focus so typing can go on.
import { useRef, useState, type KeyboardEvent } from "react";
import { MAX_OPTION_VALUES } from "@/lib/catalog/variants";
import { splitList } from "@/lib/catalog/product-form";

type Props = { id: string; label: string; values: string[]; onChange: (values: string[]) => void; error?: string };

export function ValueChips({ id, label, values, onChange, error }: Props) {
  const [draft, setDraft] = useState("");
  const [note, setNote] = useState("");
  const input = useRef<HTMLInputElement>(null);

  function add(text: string) {
    const next = [...values];
    const skipped: string[] = [];
    for (const value of splitList(text)) {
      // "s" and "S" would look like one choice to shoppers.
      if (next.some((v) => v.toLowerCase() === value.toLowerCase()) || next.length >= MAX_OPTION_VALUES) skipped.push(value);
      else next.push(value);
    }
    if (next.length !== values.length) onChange(next);
    setNote(skipped.length ? `Not added: ${skipped.join(", ")} (already there, or more than ${MAX_OPTION_VALUES} values)` : next.length > values.length ? `Added ${next.slice(values.length).join(", ")}` : "");
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault(); // Enter here adds a value; it must not submit the product
      add(draft);
      setDraft("");
    }
  }

  function remove(value: string) {
    onChange(values.filter((v) => v !== value));
    setNote(`Removed ${value}`);
    input.current?.focus();
  }

  const describedBy = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {values.length > 0 && (
        <ul aria-label="Chosen values" className="mt-1 flex flex-wrap gap-1.5">
          {values.map((value) => (
            <li key={value} className="flex items-center gap-1 rounded-full bg-teal-50 py-0.5 pl-3 pr-1 text-sm text-teal-950 ring-1 ring-teal-200">
              {value}
              <button type="button" onClick={() => remove(value)} aria-label={`Remove ${value}`} className="grid size-6 place-items-center rounded-full hover:bg-teal-100">
                <span aria-hidden>×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={input}
        id={id}
        value={draft}
        onChange={(e) => {
          // A pasted or typed comma list becomes chips; the text after the last comma stays.
          const text = e.target.value;
          const cut = text.lastIndexOf(",");
          if (cut >= 0) add(text.slice(0, cut));
          setDraft(cut >= 0 ? text.slice(cut + 1) : text);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (draft.trim()) add(draft);
          setDraft("");
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base text-slate-900 shadow-sm focus:border-teal-700 aria-[invalid=true]:border-red-700"
      />
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        Press Enter or type a comma after each value.
      </p>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      <p aria-live="polite" className="sr-only">
        {note}
      </p>
    </div>
  );
}
