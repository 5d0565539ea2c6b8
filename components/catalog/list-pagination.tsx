// Previous / next through a long list, with where the merchant is ("26–50 of 10,000").
import Link from "next/link";

type Props = { page: number; pageCount: number; perPage: number; total: number; noun: [string, string]; href: (page: number) => string };

const numbers = new Intl.NumberFormat("en");

export function ListPagination({ page, pageCount, perPage, total, noun, href }: Props) {
  const from = Math.min(total, (page - 1) * perPage + 1);
  const to = Math.min(total, page * perPage);
  const link = "rounded-md border border-slate-300 px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-50";
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
      <p>{total ? `${numbers.format(from)}–${numbers.format(to)} of ${numbers.format(total)} ${total === 1 ? noun[0] : noun[1]}` : `No ${noun[1]}`}</p>
      {pageCount > 1 && (
        <div className="flex items-center gap-3">
          {page > 1 && (
            <Link href={href(page - 1)} rel="prev" className={link}>
              Previous
            </Link>
          )}
          <span aria-current="page">
            Page {numbers.format(page)} of {numbers.format(pageCount)}
          </span>
          {page < pageCount && (
            <Link href={href(page + 1)} rel="next" className={link}>
              Next
            </Link>
          )}
        </div>
      )}
    </nav>
  );
}
