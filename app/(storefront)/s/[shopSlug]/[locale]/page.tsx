// The shop's home: banner, featured collections, newest products. Cached (ISR) for every
// shopper: no cookies, headers or search params here; see lib/catalog/cache.ts for expiry.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProductGrid } from "@/components/storefront/product-card";
import type { FeaturedCollection } from "@/lib/storefront/storefront";
import { loadActiveShop, loadFeaturedCollections, loadProductList } from "@/lib/storefront/request";
import { localeFromSegment, type Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";
import { env } from "@/lib/env";
import { oembedDiscovery } from "@/lib/miniapp/embed";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ shopSlug: string; locale: string }> };

const NEWEST = { sort: "newest", page: 1, perPage: 12 } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shop = await loadActiveShop((await params).shopSlug);
  if (!shop) return {};
  return {
    title: { absolute: shop.name },
    description: shop.description || undefined,
    alternates: { canonical: `/s/${shop.slug}`, types: oembedDiscovery(new URL(env().APP_URL).origin, { slug: shop.slug }, shop.name) },
    openGraph: {
      title: shop.name,
      description: shop.description || undefined,
      url: `/s/${shop.slug}`,
      images: [{ url: `/s/${shop.slug}/og.png`, width: 1200, height: 630 }],
    },
  };
}

export default async function ShopHomePage({ params }: Props) {
  const { shopSlug, locale: segment } = await params;
  const shop = await loadActiveShop(shopSlug);
  if (!shop) notFound();
  const locale = localeFromSegment(segment, shop.defaultLocale)!;
  const t = getTranslator(locale);
  const [featured, newest] = await Promise.all([loadFeaturedCollections(shop.id), loadProductList(shop.id, NEWEST)]);

  return (
    <main id="main" className="flex-1">
      <section className="bg-[color-mix(in_srgb,var(--shop-accent)_10%,white)]">
        {shop.bannerUrl ? (
          // Decorative: the shop's name and description follow as text.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={shop.bannerUrl} alt="" fetchPriority="high" className="aspect-[2/1] max-h-[420px] w-full object-cover sm:aspect-[3/1]" />
        ) : null}
        <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{shop.name}</h1>
          {shop.description ? <p className="mt-3 max-w-2xl text-lg text-slate-800">{shop.description}</p> : null}
        </div>
      </section>

      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        {featured.length ? <FeaturedCollections shopSlug={shop.slug} collections={featured} locale={locale} /> : null}

        <section aria-labelledby="newest-heading" className="mt-10">
          <h2 id="newest-heading" className="text-xl font-semibold">
            {t("home.newArrivals")}
          </h2>
          {newest.products.length ? (
            <div className="mt-4">
              <ProductGrid products={newest.products} shopSlug={shop.slug} currency={shop.currency} locale={locale} />
            </div>
          ) : (
            <p className="mt-4 text-slate-700">{t("home.empty")}</p>
          )}
          {newest.total > newest.products.length ? (
            <p className="mt-8 text-center">
              <a
                href={`/s/${shop.slug}/search`}
                className="inline-block rounded-md bg-(--shop-accent) px-5 py-3 font-medium text-(--shop-on-accent) hover:opacity-90"
              >
                {t("home.seeAll")} ({t("home.productCount", { count: newest.total })})
              </a>
            </p>
          ) : null}
        </section>
      </div>
    </main>
  );
}

function FeaturedCollections({ shopSlug, collections, locale }: { shopSlug: string; collections: FeaturedCollection[]; locale: Locale }) {
  const t = getTranslator(locale);
  return (
    <section aria-labelledby="featured-heading" className="mt-10">
      <h2 id="featured-heading" className="text-xl font-semibold">
        {t("home.featured")}
      </h2>
      <ul className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3">
        {collections.map((c) => (
          <li key={c.id}>
            <a href={`/s/${shopSlug}/c/${c.handle}`} className="group block overflow-hidden rounded-lg border border-slate-200">
              <div className="aspect-[4/3] bg-slate-100">
                {c.image ? (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={c.image.url} alt="" width={c.image.width} height={c.image.height} className="size-full object-cover" />
                ) : null}
              </div>
              <div className="p-3">
                <h3 className="font-semibold text-slate-900 group-hover:underline">{c.title}</h3>
                <p className="text-sm text-slate-700">{t("home.productCount", { count: c.productCount })}</p>
              </div>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
