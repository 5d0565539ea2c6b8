// A product page, cached (ISR) for every shopper. The chosen variant lives in the address
// (?variant=) and is read by the picker in the browser, so this page never reads searchParams.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProductView } from "@/components/storefront/product-view";
import { markdownToText } from "@/lib/catalog/markdown";
import { env } from "@/lib/env";
import { oembedDiscovery } from "@/lib/miniapp/embed";
import { loadActiveShop, loadProduct } from "@/lib/storefront/request";
import { localeFromSegment } from "@/lib/i18n/locales";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ shopSlug: string; locale: string; handle: string }> };

async function load(params: Props["params"]) {
  const { shopSlug, locale, handle } = await params;
  const shop = await loadActiveShop(shopSlug);
  const product = shop ? await loadProduct(shop.id, handle) : null;
  // Shoppers see published products only; the merchant previews the rest at /preview/p/<handle>.
  return shop && product?.status === "ACTIVE" ? { shop, product, locale: localeFromSegment(locale, shop.defaultLocale)! } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { shop, product } = found;
  const description = markdownToText(product.descriptionMd, 160) || undefined;
  const url = `/s/${shop.slug}/p/${product.handle}`;
  const image = product.images[0];
  return {
    title: product.title,
    description,
    alternates: { canonical: url, types: oembedDiscovery(new URL(env().APP_URL).origin, { slug: shop.slug, handle: product.handle }, product.title) },
    openGraph: {
      title: product.title,
      description,
      url,
      images: image ? [{ url: image.url, width: image.width, height: image.height, alt: image.alt || product.title }] : undefined,
    },
  };
}

export default async function ProductPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">
      <ProductView shop={found.shop} product={found.product} locale={found.locale} />
    </main>
  );
}
