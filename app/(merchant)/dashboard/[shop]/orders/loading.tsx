// Shown while a page of orders loads (a new search, filter or page): the list's shape, so
// nothing jumps when the rows arrive.
export default function LoadingOrders() {
  return (
    <div className="space-y-5" aria-busy="true">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold tracking-tight">Orders</h1>
        <span className="sr-only" role="status">
          Loading orders…
        </span>
      </div>
      <div className="h-36 animate-pulse rounded-lg bg-slate-100 motion-reduce:animate-none sm:h-28" />
      <div className="divide-y divide-slate-200 rounded-lg border border-slate-200">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex items-center gap-3 px-3 py-3">
            <div className="h-4 w-16 animate-pulse rounded bg-slate-100 motion-reduce:animate-none" />
            <div className="h-4 flex-1 animate-pulse rounded bg-slate-100 motion-reduce:animate-none" />
            <div className="hidden h-4 w-24 animate-pulse rounded bg-slate-100 motion-reduce:animate-none sm:block" />
          </div>
        ))}
      </div>
    </div>
  );
}
