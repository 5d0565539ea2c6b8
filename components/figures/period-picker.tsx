// Which period the figures cover: day / week / month (each with its default period) and a
// start and end date, all in the page's address so a period can be bookmarked or shared.
// A plain GET form: it works without JavaScript.
import Link from "next/link";
import type { FigureRange, Grouping } from "@/lib/orders/figure-ranges";

const GROUP_LABELS: Record<Grouping, string> = { day: "Day", week: "Week", month: "Month" };

export function PeriodPicker({ base, range }: { base: string; range: FigureRange }) {
  return (
    <div className="flex flex-wrap items-end gap-4">
      <nav aria-label="Group figures by">
        <ul className="flex overflow-hidden rounded-md border border-slate-300 text-sm">
          {(Object.keys(GROUP_LABELS) as Grouping[]).map((by) => (
            <li key={by}>
              <Link
                href={`${base}?by=${by}`}
                aria-current={range.by === by ? "page" : undefined}
                className={`block px-3 py-1.5 font-medium ${range.by === by ? "bg-teal-700 text-white" : "bg-white text-slate-800 hover:bg-slate-50"}`}
              >
                {GROUP_LABELS[by]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={base} className="flex flex-wrap items-end gap-2 text-sm">
        <input type="hidden" name="by" value={range.by} />
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">From</span>
          <input type="date" name="from" defaultValue={range.from} required className="rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">To</span>
          <input type="date" name="to" defaultValue={range.to} required className="rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50">
          Show
        </button>
      </form>
    </div>
  );
}
