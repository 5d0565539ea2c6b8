// The "get live" checklist on a shop's overview. Steps only owners can do are shown to staff
// without a link, so they don't walk into a 403.
import Link from "next/link";

export type ChecklistStep = { label: string; done: boolean; href: string; ownerOnly?: boolean; note?: string };

export function Checklist({ steps, isOwner }: { steps: ChecklistStep[]; isOwner: boolean }) {
  const done = steps.filter((s) => s.done).length;
  return (
    <section aria-labelledby="checklist-title" className="rounded-lg border border-slate-200 p-5">
      <h2 id="checklist-title" className="text-lg font-semibold">
        Get ready to sell
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {done} of {steps.length} done
      </p>
      <ul className="mt-4 space-y-3">
        {steps.map((step) => (
          <li key={step.label} className="flex items-start gap-3">
            <span
              aria-hidden
              className={`mt-0.5 grid size-5 shrink-0 place-items-center rounded-full text-xs ${step.done ? "bg-teal-700 text-white" : "border border-slate-400"}`}
            >
              {step.done ? "✓" : ""}
            </span>
            <span>
              <span className="sr-only">{step.done ? "Done: " : "To do: "}</span>
              {step.ownerOnly && !isOwner ? (
                <span className="text-slate-900">{step.label}</span>
              ) : (
                <Link href={step.href} className="font-medium text-teal-800 underline underline-offset-2">
                  {step.label}
                </Link>
              )}
              {step.note && <span className="block text-sm text-slate-600">{step.note}</span>}
              {step.ownerOnly && !isOwner && <span className="block text-sm text-slate-600">An owner of the shop does this.</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
