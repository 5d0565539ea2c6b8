import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Price, PriceRange } from "@/components/storefront/price";
import { VariantList } from "@/components/storefront/variant-list";
import { renderMarkdown } from "@/lib/catalog/markdown";
import { loadActiveShop, loadProduct } from "@/lib/catalog/storefront-request";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ shopSlug: string; handle: string }> };

async function load(params: Props["params"]) {
  const { shopSlug, handle } = await params;
  const shop = await loadActiveShop(shopSlug);
  const product = shop ? await loadProduct(shop.id, handle) : null;
  return { shop, product };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { shop, product } = await load(params);
  if (!shop || !product) return { title: "Not found", robots: { index: false } };
  return { title: { absolute: `${product.title} – ${shop.name}` } };
}

export default async function ProductPage({ params }: Props) {
  const { shop, product } = await load(params);
  if (!shop || !product) notFound();
  const money = { currency: shop.currency, locale: shop.defaultLocale };
  // One price for all variants: show it with its compare-at price, like a single variant.
  const [first] = product.variants;
  const onePrice = first && product.variants.every((v) => v.priceAmount === first.priceAmount && v.compareAtAmount === first.compareAtAmount) ? first : undefined;

  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/s/${shop.slug}`} className="text-slate-700 underline underline-offset-2">
          All products
        </Link>
      </nav>

      <div className="mt-4 grid gap-8 md:grid-cols-2">
        <div className="flex flex-col gap-4">
          {product.images.map((image, i) => (
            // Uploads are already resized WebP files served with immutable caching.
            // eslint-disable-next-line @next/next/no-img-element
            <img key={image.url} src={image.url} alt={image.alt} width={image.width} height={image.height} loading={i === 0 ? "eager" : "lazy"} className="w-full rounded-lg bg-slate-100" />
          ))}
        </div>

        <div>
          <h1 className="text-3xl font-bold tracking-tight">{product.title}</h1>
          <p className="mt-2 text-xl">
            {onePrice ? <Price amount={onePrice.priceAmount} compareAt={onePrice.compareAtAmount} {...money} /> : <PriceRange min={product.price.min} max={product.price.max} {...money} />}
            {product.soldOut ? <span className="ml-3 rounded bg-slate-900 px-2 py-0.5 align-middle text-sm font-semibold text-white">Sold out</span> : null}
          </p>
          {shop.pricesIncludeTax && shop.taxRateBps > 0 ? <p className="mt-1 text-sm text-slate-600">Tax included.</p> : null}

          <VariantList variants={product.variants} lowStockThreshold={product.lowStockThreshold} {...money} />

          <section aria-labelledby="description-heading" className="mt-8">
            <h2 id="description-heading" className="sr-only">Description</h2>
            <div
              className="text-slate-800 [&_a]:underline [&_a]:underline-offset-2 [&_h2]:mt-6 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:font-semibold [&_li]:mt-1 [&_ol]:mt-2 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:mt-3 [&_ul]:mt-2 [&_ul]:list-disc [&_ul]:pl-6"
              // Rendered from Markdown and sanitised: see lib/catalog/markdown.ts.
              dangerouslySetInnerHTML={{ __html: renderMarkdown(product.descriptionMd) }}
            />
          </section>

          {shop.shippingPolicy || shop.returnsPolicy ? (
            <section aria-labelledby="policies-heading" className="mt-8 border-t border-slate-200 pt-6 text-sm text-slate-700">
              <h2 id="policies-heading" className="font-semibold text-slate-900">Shipping and returns</h2>
              {shop.shippingPolicy ? <p className="mt-2 whitespace-pre-line">{shop.shippingPolicy}</p> : null}
              {shop.returnsPolicy ? <p className="mt-2 whitespace-pre-line">{shop.returnsPolicy}</p> : null}
            </section>
          ) : null}
        </div>
      </div>
    </main>
  );
}
