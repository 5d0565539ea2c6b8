// Reporting the shop, or one of its products (?product=<handle>), to the platform: dynamic (it
// reads the address), kept out of search engines, and usable without JavaScript.
import type { Metadata } from "next";
import { storefrontPage } from "@/app/_entry/storefront";
import { ReportForm } from "@/components/moderation/report-form";
import { REPORT_REASONS } from "@/lib/moderation/schemas";
import { loadProduct } from "@/lib/storefront/request";
import { reportAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ shopSlug: string; locale: string }>; searchParams: Promise<{ product?: string | string[] }> };

export default async function ReportPage({ params, searchParams }: Props) {
  const { shop, locale, t } = await storefrontPage(params);
  const { product: handle } = await searchParams;
  const found = typeof handle === "string" && handle.length <= 200 ? await loadProduct(shop.id, handle) : null;
  const product = found?.status === "ACTIVE" ? found : null;
  const back = product ? `/s/${shop.slug}/p/${product.handle}` : `/s/${shop.slug}`;
  return (
    <main id="main" className="mx-auto w-full max-w-2xl flex-1 space-y-5 px-4 py-6 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">
        {product ? t("report.titleProduct", { item: product.title }) : t("report.titleShop", { shop: shop.name })}
      </h1>
      <p className="text-slate-700">{t("report.intro")}</p>
      <ReportForm
        action={reportAction.bind(null, shop.id, locale, product?.id ?? null)}
        labels={{
          legend: t("report.reasonLegend"),
          reasons: Object.fromEntries(REPORT_REASONS.map((r) => [r.code, t("report.reason", { reason: r.code })])),
          details: t("report.detailsLabel"),
          detailsHint: t("report.detailsHint"),
          submit: t("report.submit"),
          sending: t("report.sending"),
        }}
      />
      <p>
        <a href={back} className="underline underline-offset-2">
          {t("report.back")}
        </a>
      </p>
    </main>
  );
}
