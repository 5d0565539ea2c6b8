// A product page's content: pictures, title, variant picker, description, policies and the
// structured data search engines read. Shared by the public page and the merchant's preview.
import { markdownToText, renderMarkdown } from "@/lib/catalog/markdown";
import type { ProductDetail, StorefrontShop } from "@/lib/storefront/storefront";
import { absoluteUrl } from "@/lib/storefront/request";
import { canBuy, toPickerVariant } from "@/lib/storefront/variants";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";
import { minorToDecimal } from "@/lib/money/format";
import { VariantPicker } from "./variant-picker";

type Shop = Pick<StorefrontShop, "id" | "slug" | "name" | "currency" | "taxRateBps" | "pricesIncludeTax" | "shippingPolicy" | "returnsPolicy">;

export function ProductView({ shop, product, locale }: { shop: Shop; product: ProductDetail; locale: Locale }) {
  const t = getTranslator(locale);
  const variants = product.variants.map((v) => toPickerVariant(v, product.options.length));
  return (
    <>
      <nav aria-label={t("product.breadcrumb")} className="text-sm">
        <ol className="flex flex-wrap items-center gap-1 text-slate-700">
          <li>
            <a href={`/s/${shop.slug}`} className="underline underline-offset-2">
              {t("shop.home")}
            </a>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="truncate">
            {product.title}
          </li>
        </ol>
      </nav>

      <div className="mt-4 grid gap-8 md:grid-cols-2">
        <Gallery images={product.images} title={product.title} label={t("product.images")} />

        <div>
          <h1 className="text-3xl font-bold tracking-tight text-balance">{product.title}</h1>
          <VariantPicker
            options={product.options}
            variants={variants}
            lowStockThreshold={product.lowStockThreshold}
            currency={shop.currency}
            locale={locale}
            cart={product.status === "ACTIVE" ? { shopId: shop.id, shopSlug: shop.slug } : undefined}
          />
          {shop.taxRateBps > 0 ? (
            <p className="mt-3 text-sm text-slate-700">{t(shop.pricesIncludeTax ? "product.taxIncluded" : "product.taxExcluded")}</p>
          ) : null}

          <section aria-labelledby="description-heading" className="mt-8">
            <h2 id="description-heading" className="sr-only">
              {t("product.description")}
            </h2>
            <div
              className="text-slate-800 [&_a]:underline [&_a]:underline-offset-2 [&_h2]:mt-6 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:font-semibold [&_li]:mt-1 [&_ol]:mt-2 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:mt-3 [&_ul]:mt-2 [&_ul]:list-disc [&_ul]:pl-6"
              // Rendered from Markdown and sanitised: see lib/catalog/markdown.ts.
              dangerouslySetInnerHTML={{ __html: renderMarkdown(product.descriptionMd) }}
            />
          </section>

          {shop.shippingPolicy || shop.returnsPolicy ? (
            <section aria-labelledby="policies-heading" className="mt-8 border-t border-slate-200 pt-6 text-sm text-slate-700">
              <h2 id="policies-heading" className="font-semibold text-slate-900">
                {t("product.shippingAndReturns")}
              </h2>
              {shop.shippingPolicy ? <p className="mt-2 whitespace-pre-line">{shop.shippingPolicy}</p> : null}
              {shop.returnsPolicy ? <p className="mt-2 whitespace-pre-line">{shop.returnsPolicy}</p> : null}
            </section>
          ) : null}
          {product.status === "ACTIVE" ? (
            <p className="mt-8 text-sm">
              <a href={`/s/${shop.slug}/report?product=${encodeURIComponent(product.handle)}`} className="text-slate-700 underline underline-offset-2">
                {t("report.productLink")}
              </a>
            </p>
          ) : null}
        </div>
      </div>
      <ProductJsonLd shop={shop} product={product} available={variants.map(canBuy)} />
    </>
  );
}

function Gallery({ images, title, label }: { images: ProductDetail["images"]; title: string; label: string }) {
  if (!images.length) return <div className="aspect-square rounded-lg bg-slate-100" />;
  return (
    // On phones the pictures scroll sideways (the next one peeks in); from md up they stack.
    // Focusable so the scroll works from the keyboard too.
    <ul
      aria-label={label}
      tabIndex={0}
      className="-mx-4 flex snap-x snap-mandatory scroll-px-4 gap-3 overflow-x-auto px-4 md:mx-0 md:flex-col md:overflow-visible md:px-0"
    >
      {images.map((image, i) => (
        <li key={image.url} className={`${images.length > 1 ? "w-[85%]" : "w-full"} shrink-0 snap-start md:w-full`}>
          {/* Uploads are already resized WebP files served with immutable caching. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={image.url}
            alt={image.alt || title}
            width={image.width}
            height={image.height}
            loading={i === 0 ? "eager" : "lazy"}
            fetchPriority={i === 0 ? "high" : undefined}
            className="w-full rounded-lg bg-slate-100"
          />
        </li>
      ))}
    </ul>
  );
}

/** schema.org Product with one Offer per variant: prices as decimal strings, never floats. */
function ProductJsonLd({ shop, product, available }: { shop: Shop; product: ProductDetail; available: boolean[] }) {
  const url = absoluteUrl(`/s/${shop.slug}/p/${product.handle}`);
  const data = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: markdownToText(product.descriptionMd, 5000) || undefined,
    image: product.images.map((image) => absoluteUrl(image.url)),
    url,
    brand: { "@type": "Brand", name: shop.name },
    offers: product.variants.map((v, i) => ({
      "@type": "Offer",
      name: product.variants.length > 1 ? v.title : undefined,
      sku: v.sku ?? undefined,
      url: product.variants.length > 1 ? `${url}?variant=${v.id}` : url,
      price: minorToDecimal(v.priceAmount, shop.currency),
      priceCurrency: shop.currency,
      availability: available[i] ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      itemCondition: "https://schema.org/NewCondition",
    })),
  };
  // "<" escaped: the merchant's text must not be able to close the script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
