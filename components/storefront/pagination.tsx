import Link from "next/link";

export function Pagination({ basePath, page, pageCount }: { basePath: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => (p === 1 ? basePath : `${basePath}?page=${p}`);
  const link = "rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-50";
  return (
    <nav aria-label="Pages" className="mt-10 flex items-center justify-center gap-4 text-sm">
      {page > 1 ? <Link href={href(page - 1)} className={link} rel="prev">Previous page</Link> : null}
      <span aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? <Link href={href(page + 1)} className={link} rel="next">Next page</Link> : null}
    </nav>
  );
}
