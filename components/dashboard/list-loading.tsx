// What a dashboard list shows while a page of it loads (a new search, filter or page): its
// heading, the filters' box and rows of the table's shape, so nothing jumps when the rows arrive.
const bar = "animate-pulse rounded bg-slate-100 motion-reduce:animate-none";

/** `pictures`: rows start with a checkbox and a picture (products); else with a short number (orders). */
export function ListLoading({ title, noun, pictures = false }: { title: string; noun: string; pictures?: boolean }) {
  return (
    <div className="space-y-5" aria-busy="true">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
        <span className="sr-only" role="status">
          Loading {noun}…
        </span>
      </div>
      <div className={`h-36 rounded-lg sm:h-28 ${bar}`} />
      <div className="divide-y divide-slate-200 rounded-lg border border-slate-200">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex items-center gap-3 px-3 py-3">
            {pictures ? (
              <>
                <div className="size-4 rounded bg-slate-100" />
                <div className={`size-10 ${bar}`} />
              </>
            ) : (
              <div className={`h-4 w-16 ${bar}`} />
            )}
            <div className={`h-4 flex-1 ${bar}`} />
            <div className={`hidden h-4 w-24 sm:block ${bar}`} />
          </div>
        ))}
      </div>
    </div>
  );
}
