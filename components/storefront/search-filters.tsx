// The search form with its filters: a plain GET form, so it works before (and without) JavaScript.
import type { CollectionLink, StorefrontShop } from "@/lib/storefront/storefront";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";

export type SearchForm = {
  q: string;
  collection: string;
  min: string;
  max: string;
  sort: "relevance" | "newest" | "price_asc" | "price_desc";
  errors: { min?: string; max?: string };
};

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 sm:text-sm aria-[invalid=true]:border-red-700";

export function SearchFilters({
  shop,
  locale,
  form,
  collections,
}: {
  shop: Pick<StorefrontShop, "slug" | "currency">;
  locale: Locale;
  form: SearchForm;
  collections: CollectionLink[];
}) {
  const t = getTranslator(locale);
  const priceHint = t("search.priceIn", { currency: shop.currency });
  // Folded on arrival so results come first on a phone; open when a filter is in use.
  const open = Boolean(form.collection || form.min || form.max || form.sort !== "relevance");
  return (
    <form action={`/s/${shop.slug}/search`} className="mt-6">
      <label htmlFor="search-q" className="text-sm font-medium text-slate-900">
        {t("search.query")}
      </label>
      <div className="mt-1 flex gap-2">
        {/* Search ignores case; no capital from the phone's keyboard means no redirect to the lower-case address. */}
        <input id="search-q" type="search" name="q" defaultValue={form.q} maxLength={200} autoCapitalize="none" className={`${input} mt-0 flex-1`} />
        <button type="submit" className="shrink-0 rounded-md bg-(--shop-accent) px-4 py-2 font-medium text-(--shop-on-accent) hover:opacity-90">
          {t("shop.searchButton")}
        </button>
      </div>
      <details open={open} className="group mt-3 rounded-lg border border-slate-200">
        <summary className="cursor-pointer px-4 py-3 text-sm font-semibold text-slate-900">{t("search.filters")}</summary>
        <div className="grid grid-cols-2 items-start gap-4 border-t border-slate-200 p-4 md:grid-cols-4">
          {collections.length ? (
            <div className="col-span-2 md:col-span-1">
              <label htmlFor="search-collection" className="text-sm font-medium text-slate-900">
                {t("search.collection")}
              </label>
              <select id="search-collection" name="collection" defaultValue={form.collection} className={input}>
                <option value="">{t("search.anyCollection")}</option>
                {collections.map((c) => (
                  <option key={c.id} value={c.handle}>
                    {c.title}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <PriceField name="min" label={t("search.minPrice")} hint={priceHint} currency={shop.currency} value={form.min} error={form.errors.min} />
          <PriceField name="max" label={t("search.maxPrice")} hint={priceHint} currency={shop.currency} value={form.max} error={form.errors.max} />
          <div className="col-span-2 md:col-span-1">
            <label htmlFor="search-sort" className="text-sm font-medium text-slate-900">
              {t("search.sort")}
            </label>
            {/* The default sends no value, so the address stays the canonical one (lib/catalog/search-key.ts). */}
            <select id="search-sort" name="sort" defaultValue={form.sort === "relevance" ? "" : form.sort} className={input}>
              <option value="">{t("search.sortRelevance")}</option>
              <option value="newest">{t("search.sortNewest")}</option>
              <option value="price_asc">{t("search.sortPriceAsc")}</option>
              <option value="price_desc">{t("search.sortPriceDesc")}</option>
            </select>
          </div>
          <div className="col-span-2 flex flex-wrap items-center gap-4 md:col-span-4">
            <button type="submit" className="rounded-md bg-(--shop-accent) px-4 py-2 font-medium text-(--shop-on-accent) hover:opacity-90">
              {t("search.apply")}
            </button>
            <a href={`/s/${shop.slug}/search`} className="text-sm font-medium text-slate-800 underline underline-offset-2">
              {t("search.clear")}
            </a>
          </div>
        </div>
      </details>
    </form>
  );
}

function PriceField({
  name,
  label,
  hint,
  currency,
  value,
  error,
}: {
  name: string;
  label: string;
  hint: string;
  currency: string;
  value: string;
  error?: string;
}) {
  const id = `search-${name}`;
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium text-slate-900">
        {label}
        <span className="sr-only"> ({hint})</span>
      </label>
      <div className="relative">
        <input
          id={id}
          name={name}
          defaultValue={value}
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${input} pr-14`}
        />
        <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-slate-700">
          {currency}
        </span>
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
