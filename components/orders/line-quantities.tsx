// The "how many of each item" table of the fulfil and refund forms: one number input per line,
// named qty.<orderLineId> as the actions read them, labelled by the item, with what is left.
// `prefix` keeps the ids of two such tables on one page apart. No hooks: any form uses it.
export type QuantityLine = { id: string; title: string; left: number; note?: string };

export function LineQuantities({ prefix, lines, legend, leftLabel }: { prefix: string; lines: QuantityLine[]; legend: string; leftLabel: string }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-900">{legend}</legend>
      <ul className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200">
        {lines.map((l) => (
          <li key={l.id} className="flex flex-wrap items-center gap-3 px-3 py-2">
            <label htmlFor={`${prefix}-${l.id}`} className="min-w-0 flex-1 text-sm text-slate-900">
              {l.title}
              <span id={`${prefix}-${l.id}-left`} className="block text-xs text-slate-600">
                {leftLabel}: {l.left}
                {l.note ? ` · ${l.note}` : ""}
              </span>
            </label>
            <input
              id={`${prefix}-${l.id}`}
              name={`qty.${l.id}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={l.left}
              step={1}
              defaultValue={0}
              disabled={l.left === 0}
              aria-describedby={`${prefix}-${l.id}-left`}
              className="w-20 rounded-md border border-slate-400 px-2 py-1 text-right text-base text-slate-900 disabled:bg-slate-100"
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The server's messages about single lines ("lines.0": "Only 2 left to fulfil.") and the form, in one alert. */
export function lineProblems(fields: Record<string, string | undefined>, form?: string) {
  const lines = Object.entries(fields).flatMap(([key, message]) => (key.startsWith("lines.") && message ? [message] : []));
  return [form, ...lines].filter(Boolean).join(" ") || undefined;
}
