// Shown while a page of products loads (a new search, filter or page): the table's shape,
// so nothing jumps when the rows arrive.
export default function LoadingProducts() {
  return (
    <div className="space-y-5" aria-busy="true">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold tracking-tight">Products</h1>
        <span className="sr-only" role="status">
          Loading products…
        </span>
      </div>
      <div className="h-36 animate-pulse rounded-lg bg-slate-100 motion-reduce:animate-none sm:h-28" />
      <div className="divide-y divide-slate-200 rounded-lg border border-slate-200">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex items-center gap-3 px-3 py-3">
            <div className="size-4 rounded bg-slate-100" />
            <div className="size-10 animate-pulse rounded bg-slate-100 motion-reduce:animate-none" />
            <div className="h-4 flex-1 animate-pulse rounded bg-slate-100 motion-reduce:animate-none" />
            <div className="hidden h-4 w-24 animate-pulse rounded bg-slate-100 motion-reduce:animate-none sm:block" />
          </div>
        ))}
      </div>
    </div>
  );
}
