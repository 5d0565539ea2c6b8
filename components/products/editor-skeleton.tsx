// The editor's shape while its page loads, so nothing jumps when the form arrives.
export function EditorSkeleton({ title }: { title: string }) {
  const block = "animate-pulse rounded-lg bg-slate-100 motion-reduce:animate-none";
  return (
    <div className="space-y-6" aria-busy="true">
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      <span className="sr-only" role="status">
        Loading the product…
      </span>
      <div className={`h-56 ${block}`} />
      <div className={`h-40 ${block}`} />
      <div className={`h-64 ${block}`} />
    </div>
  );
}
