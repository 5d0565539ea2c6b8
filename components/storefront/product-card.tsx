import type { ProductCard as Card } from "@/lib/storefront/storefront";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money/format";

type Props = { shopSlug: string; currency: string; locale: Locale };

/** On sale: the card's price is below its former (compare-at) price. */
export function isOnSale(product: Pick<Card, "priceMin" | "compareAt">): boolean {
  return product.compareAt !== null && product.compareAt > product.priceMin;
}

// Badges say it in words (screen readers read them as part of the link), not by colour alone.
const badge = "absolute top-2 rounded px-2 py-0.5 text-xs font-semibold text-white";

/**
 * A grid of product cards; the first row's pictures load eagerly (they are above the fold).
 * The markup is kept small: a grid of search results is rendered for every new search.
 */
export function ProductGrid({ products, headingLevel = 3, ...props }: Props & { products: Card[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product, i) => (
        <ProductCard key={product.id} product={product} eager={i < 4} headingLevel={headingLevel} {...props} />
      ))}
    </ul>
  );
}

function ProductCard({ shopSlug, product, currency, locale, eager, headingLevel }: Props & { product: Card; eager: boolean; headingLevel: 2 | 3 }) {
  const t = getTranslator(locale);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const price =
    product.priceMin === product.priceMax
      ? formatMoney(product.priceMin, currency, locale)
      : t("card.priceRange", { min: formatMoney(product.priceMin, currency, locale), max: formatMoney(product.priceMax, currency, locale) });
  return (
    <li>
      <a href={`/s/${shopSlug}/p/${product.handle}`} className="group block rounded-lg">
        <div className="relative aspect-square overflow-hidden rounded-lg bg-slate-100">
          {product.image ? (
            // Uploads are already resized WebP files served with immutable caching.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={product.image.url}
              alt={product.image.alt}
              width={product.image.width}
              height={product.image.height}
              loading={eager ? "eager" : "lazy"}
              className="size-full object-cover"
            />
          ) : null}
          {product.soldOut ? <span className={`${badge} left-2 bg-slate-900/85`}>{t("card.soldOut")}</span> : null}
          {isOnSale(product) ? <span className={`${badge} right-2 bg-red-700`}>{t("card.sale")}</span> : null}
        </div>
        <Heading className="mt-2 text-sm font-medium text-slate-900 group-hover:underline">{product.title}</Heading>
        <p className="text-sm text-slate-700">{price}</p>
      </a>
    </li>
  );
}
