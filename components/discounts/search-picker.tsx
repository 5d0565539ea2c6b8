"use client";
// Choose several items by typing part of their name: products or collections (looked up on the
// server, shop-scoped), or countries (a fixed list filtered here). An ARIA combobox: arrows
// move through the matches, Enter adds or removes the highlighted one, Escape closes the list.
// The chosen ids travel in one hidden input, comma-separated, as the shared zod schemas accept.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { FieldNotes } from "@/components/forms/fields";

export type PickerOption = { id: string; label: string };

type Props = {
  name: string;
  label: string;
  noun: [one: string, many: string];
  initial: PickerOption[];
  /** Looks matches up (a server action); or give `options` to filter a fixed list instead. */
  search?: (query: string) => Promise<PickerOption[]>;
  options?: PickerOption[];
  hint?: string;
  error?: string;
  placeholder?: string;
};

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

export function SearchPicker({ name, label, noun, initial, search, options, hint, error, placeholder }: Props) {
  const id = `field-${name}`;
  const listId = `${useId()}-list`;
  const [chosen, setChosen] = useState(initial);
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<PickerOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const ticket = useRef(0);

  const results = useMemo(() => {
    if (!options) return found;
    const q = fold(query.trim());
    return options.filter((o) => !q || fold(o.label).includes(q) || o.id.toLowerCase() === q).slice(0, 50);
  }, [options, found, query]);
  const showList = open && results.length > 0;
  const isChosen = (option: PickerOption) => chosen.some((c) => c.id === option.id);

  function lookUp(text: string) {
    setQuery(text);
    setOpen(true);
    setActive(-1);
    if (!search) return;
    clearTimeout(timer.current);
    const mine = ++ticket.current; // only the latest answer counts
    setLoading(true);
    timer.current = setTimeout(() => {
      void search(text)
        .catch(() => null)
        .then((matches) => {
          if (mine !== ticket.current) return;
          setFound(matches ?? []);
          setFailed(matches === null);
          setLoading(false);
        });
    }, 200);
  }

  function toggle(option: PickerOption) {
    const remove = isChosen(option);
    setChosen(remove ? chosen.filter((c) => c.id !== option.id) : [...chosen, option]);
    setAnnouncement(`${option.label} ${remove ? "removed" : "added"}.`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return lookUp(query);
      const last = results.length - 1;
      setActive(event.key === "ArrowDown" ? Math.min(active + 1, last) : Math.max(active - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault(); // Enter here picks; it never submits the whole form
      if (showList && results[active]) toggle(results[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div>
      <input type="hidden" name={name} value={chosen.map((c) => c.id).join(",")} />
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <div className="relative mt-1">
        <input
          id={id}
          type="text"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          value={query}
          placeholder={placeholder}
          onChange={(e) => lookUp(e.target.value)}
          onFocus={() => lookUp(query)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-teal-700 aria-[invalid=true]:border-red-700"
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={`Matching ${noun[1]}`}
          aria-multiselectable
          hidden={!showList}
          className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
        >
          {results.map((option, i) => (
            <li
              key={option.id}
              id={optionId(i)}
              role="option"
              aria-selected={isChosen(option)}
              onMouseDown={(e) => e.preventDefault()} // keep focus in the input
              onClick={() => toggle(option)}
              className={`flex cursor-pointer items-center gap-2 px-3 py-1.5 text-sm ${i === active ? "bg-teal-50 text-teal-950" : "text-slate-900"}`}
            >
              <span aria-hidden className="w-4 text-teal-800">
                {isChosen(option) ? "✓" : ""}
              </span>
              {option.label}
            </li>
          ))}
        </ul>
      </div>
      {open && !results.length && (
        <p className="mt-1 text-sm text-slate-600">
          {loading
            ? "Searching…"
            : failed
              ? "The search didn't answer: check your connection and type again."
              : query.trim()
                ? `No ${noun[1]} match “${query.trim()}”.`
                : `No ${noun[1]} yet.`}
        </p>
      )}
      <FieldNotes id={id} hint={hint} error={error} />
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {chosen.length > 0 && (
        <ul aria-label={`Chosen ${noun[1]}`} className="mt-2 flex flex-wrap gap-2">
          {chosen.map((c) => (
            <li key={c.id} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-3 text-sm text-slate-900">
              {c.label}
              <button
                type="button"
                onClick={() => toggle(c)}
                aria-label={`Remove ${c.label}`}
                className="grid size-6 place-items-center rounded-full text-slate-700 hover:bg-slate-200"
              >
                <span aria-hidden>×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
