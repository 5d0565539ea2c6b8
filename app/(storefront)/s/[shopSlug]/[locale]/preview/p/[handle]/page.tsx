// The merchant's preview of a product in any status (drafts included), as shoppers will see
// it. Only the shop's owners and staff get in; read straight from the database, never cached.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { merchantPage } from "@/app/_entry/merchant";
import { ProductView } from "@/components/storefront/product-view";
import { loadProductForPreview, loadShop } from "@/lib/storefront/request";
import { localeFromSegment } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { params: Promise<{ shopSlug: string; locale: string; handle: string }> };

export default async function ProductPreviewPage({ params }: Props) {
  const { shopSlug, locale: segment, handle } = await params;
  const access = await merchantPage(shopSlug, "catalog");
  const [shop, product] = await Promise.all([loadShop(shopSlug), loadProductForPreview(access.shop.id, handle)]);
  if (!shop || !product) notFound();
  const locale = localeFromSegment(segment, shop.defaultLocale)!;
  const t = getTranslator(locale);
  const live = product.status === "ACTIVE" && shop.status === "ACTIVE";
  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">
      <p role="status" className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
        {product.status === "ACTIVE" ? t("preview.published") : t("preview.banner", { status: product.status })}{" "}
        {live ? (
          <a href={`/s/${shop.slug}/p/${product.handle}`} className="font-medium underline underline-offset-2">
            {t("preview.publicPage")}
          </a>
        ) : null}
      </p>
      <ProductView shop={shop} product={product} locale={locale} />
    </main>
  );
}
