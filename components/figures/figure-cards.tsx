// The period's headline figures, each a term and its value.
import Link from "next/link";

export type FigureCard = { label: string; value: string; note?: string; href?: string };

export function FigureCards({ cards }: { cards: FigureCard[] }) {
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-3">
      {cards.map((card) => (
        <div key={card.label} className="rounded-lg border border-slate-200 p-4">
          <dt className="text-sm text-slate-600">{card.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">
            {card.href ? (
              <Link href={card.href} className="text-teal-800 underline underline-offset-2">
                {card.value}
                <span className="sr-only"> {card.label.toLowerCase()}</span>
              </Link>
            ) : (
              card.value
            )}
          </dd>
          {card.note && <dd className="mt-1 text-xs text-slate-600">{card.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
