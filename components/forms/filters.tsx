// The pieces of the dashboard's list filters (products, orders, after-sales requests): plain GET
// forms whose settings live in the address. No hooks: server and client components use them.
import Link from "next/link";

export const filterControl = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 focus:border-teal-700";
export const filterLabel = "block text-sm font-medium text-slate-900";

type SelectProps = { name: string; label: string; value: string; options: readonly (readonly [string, string])[]; id?: string };

/** One labelled setting of the view: `options` as [value, text], in order. */
export function FilterSelect({ name, label, value, options, id = `filter-${name}` }: SelectProps) {
  return (
    <div>
      <label htmlFor={id} className={filterLabel}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={filterControl}>
        {options.map(([optionValue, optionText]) => (
          <option key={optionValue} value={optionValue}>
            {optionText}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The list's search box, two columns wide. */
export function FilterSearch({ id, label, value, placeholder }: { id: string; label: string; value?: string; placeholder: string }) {
  return (
    <div className="sm:col-span-2">
      <label htmlFor={id} className={filterLabel}>
        {label}
      </label>
      <input id={id} name="q" type="search" defaultValue={value} placeholder={placeholder} maxLength={200} className={filterControl} />
    </div>
  );
}

/** A day of the view (an inclusive end of a date range). */
export function FilterDate({ id, name, label, value }: { id: string; name: string; label: string; value?: string }) {
  return (
    <div>
      <label htmlFor={id} className={filterLabel}>
        {label}
      </label>
      <input id={id} name={name} type="date" defaultValue={value} className={filterControl} />
    </div>
  );
}

/** The form's buttons: apply, and a way back to the unfiltered list once something is set. */
export function FilterActions({
  clearHref,
  className = "flex flex-wrap items-end gap-3",
  submit = "Apply",
}: {
  clearHref?: string;
  className?: string;
  submit?: string;
}) {
  return (
    <div className={className}>
      <button type="submit" className="rounded-md bg-teal-700 px-4 py-2 text-sm font-medium text-white hover:bg-teal-800">
        {submit}
      </button>
      {clearHref && (
        <Link href={clearHref} className="text-sm text-teal-800 underline underline-offset-2">
          Clear filters
        </Link>
      )}
    </div>
  );
}
