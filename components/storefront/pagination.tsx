import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";

/** Previous / next links; `href(page)` builds each page's address (a path segment or a query). */
export function Pagination({ page, pageCount, href, locale }: { page: number; pageCount: number; href: (page: number) => string; locale: Locale }) {
  if (pageCount <= 1) return null;
  const t = getTranslator(locale);
  const link = "rounded-md border border-slate-300 px-3 py-2 font-medium hover:bg-slate-50";
  return (
    <nav aria-label={t("pagination.label")} className="mt-10 flex flex-wrap items-center justify-center gap-4 text-sm">
      {page > 1 ? (
        <a href={href(page - 1)} className={link} rel="prev">
          {t("pagination.previous")}
        </a>
      ) : null}
      <span aria-current="page">{t("pagination.status", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <a href={href(page + 1)} className={link} rel="next">
          {t("pagination.next")}
        </a>
      ) : null}
    </nav>
  );
}
