"use client";
// The shopper's language. Shop addresses carry no language: the choice is a cookie, and
// a rewrite serves each language from its own cached copy of the page, so switching reloads.
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl/react";
import { LOCALE_COOKIE, LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

const SHORT: Record<Locale, string> = { en: "EN", fr: "FR", "zh-CN": "中文" };

/** For a year, for every shop: the storefront rewrites read it on each request. */
function rememberLocale(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}

export function LanguageSwitcher({ current }: { current: Locale }) {
  const t = useTranslations("language");
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | FocusEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("focusin", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("focusin", close);
    };
  }, [open]);

  function choose(locale: Locale) {
    setOpen(false);
    if (locale === current) return;
    rememberLocale(locale);
    window.location.reload();
  }

  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        className="flex min-h-10 items-center gap-1.5 rounded-md px-2 text-sm font-medium hover:bg-black/10 focus-visible:outline-current"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
        </svg>
        <span className="sr-only">{t("label")}: </span>
        <span lang={current}>
          <span className="sm:hidden">{SHORT[current]}</span>
          <span className="hidden sm:inline">{LOCALE_NAMES[current]}</span>
        </span>
      </button>
      <ul id={listId} hidden={!open} className="absolute right-0 z-20 mt-1 min-w-36 rounded-md border border-slate-200 bg-white py-1 text-slate-900 shadow-lg">
        {LOCALES.map((locale) => (
          <li key={locale}>
            <button
              type="button"
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              onClick={() => choose(locale)}
              className="block w-full px-3 py-2 text-left text-sm hover:bg-slate-100 aria-[current]:font-semibold"
            >
              {LOCALE_NAMES[locale]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
