"use client";
// An option's values as chips: type a value and press Enter or a comma (or paste "S, M, L").
// Each chip can be renamed in place (its variants stay, with their stock and SKUs) or removed;
// the input keeps focus so typing can go on.
import { useRef, useState, type KeyboardEvent } from "react";
import { MAX_OPTION_VALUES } from "@/lib/catalog/variants";
import { splitList } from "@/lib/catalog/product-form";
import { useFocusAfterRender } from "./use-focus-after-render";

type Props = {
  id: string;
  label: string;
  values: string[];
  onAdd: (values: string[]) => void;
  onRemove: (index: number) => void;
  /** Renames the value at `index`: the same variants, under the new name. */
  onRename: (index: number, to: string) => void;
  error?: string;
};

type Renaming = { index: number; text: string; problem: string };

const chipButton = "grid size-6 place-items-center rounded-full hover:bg-teal-100";

export function ValueChips({ id, label, values, onAdd, onRemove, onRename, error }: Props) {
  const [draft, setDraft] = useState("");
  const [note, setNote] = useState("");
  const [renaming, setRenaming] = useState<Renaming | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const renameOpen = useRef(false); // the field's blur after Enter or Escape must not rename again
  const focusAfterRender = useFocusAfterRender();

  // "s" and "S" would look like one choice to shoppers.
  const taken = (value: string, except?: number) => values.some((v, i) => i !== except && v.toLowerCase() === value.toLowerCase());

  function add(text: string) {
    const added: string[] = [];
    const skipped: string[] = [];
    for (const value of splitList(text)) {
      if (taken(value) || added.some((v) => v.toLowerCase() === value.toLowerCase()) || values.length + added.length >= MAX_OPTION_VALUES) skipped.push(value);
      else added.push(value);
    }
    if (added.length) onAdd(added);
    setNote(
      skipped.length
        ? `Not added: ${skipped.join(", ")} (already there, or more than ${MAX_OPTION_VALUES} values)`
        : added.length
          ? `Added ${added.join(", ")}`
          : "",
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault(); // Enter here adds a value; it must not submit the product
      add(draft);
      setDraft("");
    }
  }

  function remove(index: number) {
    onRemove(index);
    setNote(`Removed ${values[index]}`);
    input.current?.focus();
  }

  function startRename(index: number) {
    renameOpen.current = true;
    setRenaming({ index, text: values[index], problem: "" });
    focusAfterRender(() => document.getElementById(`${id}-rename-${index}`));
  }

  function endRename(index: number) {
    renameOpen.current = false;
    setRenaming(null);
    focusAfterRender(() => document.getElementById(`${id}-rename-button-${index}`));
  }

  function commitRename() {
    if (!renaming || !renameOpen.current) return;
    const { index } = renaming;
    const text = renaming.text.trim();
    if (!text || text === values[index]) return endRename(index);
    const problem = text.includes(",") ? "Values can't contain commas" : taken(text, index) ? `${text} is already a value` : "";
    if (problem) return setRenaming({ ...renaming, problem });
    onRename(index, text);
    setNote(`Renamed ${values[index]} to ${text}`);
    endRename(index);
  }

  function onRenameKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault(); // renames; must not submit the product
      commitRename();
    } else if (event.key === "Escape") {
      event.preventDefault();
      endRename(renaming!.index);
    }
  }

  const describedBy = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {values.length > 0 && (
        <ul aria-label="Chosen values" className="mt-1 flex flex-wrap gap-1.5">
          {values.map((value, index) =>
            renaming?.index === index ? (
              <li key={value} className="flex flex-col">
                <input
                  id={`${id}-rename-${index}`}
                  aria-label={`New name for ${value}`}
                  value={renaming.text}
                  maxLength={100}
                  onChange={(e) => setRenaming({ ...renaming, text: e.target.value, problem: "" })}
                  onKeyDown={onRenameKeyDown}
                  onBlur={commitRename}
                  aria-invalid={renaming.problem ? true : undefined}
                  aria-describedby={renaming.problem ? `${id}-rename-error` : `${id}-rename-hint`}
                  className="w-40 rounded-full border border-teal-700 px-3 py-0.5 text-sm text-slate-900 aria-[invalid=true]:border-red-700"
                />
                <span id={`${id}-rename-hint`} className="sr-only">
                  Enter to rename, Escape to keep {value}. Its variants keep their stock, prices and SKUs.
                </span>
                {renaming.problem && (
                  <span id={`${id}-rename-error`} className="mt-0.5 text-xs font-medium text-red-700">
                    {renaming.problem}
                  </span>
                )}
              </li>
            ) : (
              <li key={value} className="flex items-center gap-0.5 rounded-full bg-teal-50 py-0.5 pr-1 pl-3 text-sm text-teal-950 ring-1 ring-teal-200">
                <span className="mr-1">{value}</span>
                <button
                  id={`${id}-rename-button-${index}`}
                  type="button"
                  onClick={() => startRename(index)}
                  aria-label={`Rename ${value}`}
                  className={chipButton}
                >
                  <span aria-hidden>✎</span>
                </button>
                <button type="button" onClick={() => remove(index)} aria-label={`Remove ${value}`} className={chipButton}>
                  <span aria-hidden>×</span>
                </button>
              </li>
            ),
          )}
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
        Press Enter or type a comma after each value. Renaming a value keeps its variants.
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
