import Link from "next/link";
import type { ProductCard as Card } from "@/lib/catalog/storefront";
import { PriceRange } from "./price";

export function ProductCard({ shopSlug, product, currency, locale, eager }: { shopSlug: string; product: Card; currency: string; locale: string; eager?: boolean }) {
  return (
    <li>
      <Link href={`/s/${shopSlug}/p/${product.handle}`} className="group block rounded-lg">
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
              className="size-full object-cover transition-transform duration-300 group-hover:scale-105 motion-reduce:transition-none"
            />
          ) : null}
          {product.soldOut ? (
            <span className="absolute left-2 top-2 rounded bg-slate-900/85 px-2 py-0.5 text-xs font-semibold text-white">Sold out</span>
          ) : product.price.onSale ? (
            <span className="absolute left-2 top-2 rounded bg-white/90 px-2 py-0.5 text-xs font-semibold text-slate-900 ring-1 ring-slate-300">Sale</span>
          ) : null}
        </div>
        <h3 className="mt-2 text-sm font-medium text-slate-900 group-hover:underline">{product.title}</h3>
        <p className="text-sm text-slate-700">
          <PriceRange min={product.price.min} max={product.price.max} currency={currency} locale={locale} />
        </p>
      </Link>
    </li>
  );
}
