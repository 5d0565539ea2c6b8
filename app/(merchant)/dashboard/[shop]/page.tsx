import type { Metadata } from "next";
import { DashboardFigures } from "@/components/figures/dashboard-figures";
import type { FigureCard } from "@/components/figures/figure-cards";
import { Checklist, type ChecklistStep } from "@/components/shops/checklist";
import { ShopStanding } from "@/components/shops/shop-standing";
import { TrustScoreCard } from "@/components/shops/trust-score";
import { db } from "@/lib/db/client";
import { merchantPage } from "@/app/_entry/merchant";
import { countOpenAfterSalesRequests } from "@/lib/orders/after-sales-requests";
import { getShopFigures } from "@/lib/orders/figures";
import { shopStanding } from "@/lib/shops/enforcement";
import { can } from "@/lib/shops/permissions";
import { getShopOverview } from "@/lib/shops/shops";

export const metadata: Metadata = { title: "Overview" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ShopOverviewPage({ params, searchParams }: { params: Promise<{ shop: string }>; searchParams: SearchParams }) {
  const { shop, role } = await merchantPage((await params).shop, "catalog");
  const [overview, standing] = await Promise.all([getShopOverview(db, shop.id), shopStanding(db, shop.id)]);
  // Owners and staff both hold "orders"; a role without it would still get the setup overview.
  const figures = can(role, "orders") ? await getShopFigures(db, shop.id, await searchParams) : null;
  const openRequests = figures ? await countOpenAfterSalesRequests(db, shop.id) : 0;
  const base = `/dashboard/${shop.slug}`;
  const orderCards: FigureCard[] = figures
    ? [
        {
          label: "Waiting to be fulfilled",
          value: String(figures.toFulfil),
          note: "Paid orders not yet (fully) sent, whenever paid",
          href: `${base}/orders?fulfilment=to_fulfil`, // the same rule as the count (lib/orders/merchant-orders.ts)
        },
        {
          label: "Open after-sales requests",
          value: String(openRequests),
          note: "Requested or accepted, waiting for you",
          href: `${base}/after-sales?status=OPEN`,
        },
      ]
    : [];
  const steps: ChecklistStep[] = [
    { label: "Add your logo", done: !!overview.logoUrl, href: `${base}/settings#look`, ownerOnly: true },
    { label: "Add your first product", done: overview.products > 0, href: `${base}/products` },
    { label: "Publish a product", done: overview.activeProducts > 0, href: `${base}/products`, note: "Drafts stay hidden from shoppers." },
    {
      label: "Set up shipping rates",
      done: overview.shippingRates > 0,
      href: `${base}/shipping`,
      ownerOnly: true,
      note: "Shoppers can't check out until one is offered.",
    },
    { label: "Describe shipping and returns", done: !!(overview.shippingPolicy && overview.returnsPolicy), href: `${base}/settings#policies`, ownerOnly: true },
    { label: "Invite your team (optional)", done: overview.members > 1, href: `${base}/staff`, ownerOnly: true },
  ];
  const ready = steps.every((step) => step.done);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">{shop.name}</h1>
      {shop.status === "IN_REVIEW" && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900">
          <strong>Your shop is in review; you can set it up meanwhile.</strong> The Minishop team checks new shops before shoppers can see them.
        </p>
      )}
      {shop.status === "SUSPENDED" && (
        <p role="status" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-red-900">
          Your shop is suspended: shoppers can&apos;t see it or start new orders. You can still send and refund paid orders. The reason is in the notices below.
        </p>
      )}
      {shop.status === "CLOSED" && (
        <p role="status" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-red-900">
          Your shop is closed: shoppers can no longer see it. You can still send and refund paid orders.
        </p>
      )}
      <ShopStanding notices={standing.notices} points={standing.points} activePoints={standing.activePoints} />
      <dl className="grid grid-cols-2 gap-4 sm:max-w-md">
        <div className="rounded-lg border border-slate-200 p-4">
          <dt className="text-sm text-slate-600">Products</dt>
          <dd className="text-2xl font-semibold">{overview.products}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 p-4">
          <dt className="text-sm text-slate-600">Published</dt>
          <dd className="text-2xl font-semibold">{overview.activeProducts}</dd>
        </div>
      </dl>
      {/* Until the shop is ready to sell, the checklist comes first; then the figures do. */}
      {!ready && <Checklist steps={steps} isOwner={role === "OWNER"} />}
      {figures && <DashboardFigures figures={figures} base={base} extraCards={orderCards} />}
      {ready && <Checklist steps={steps} isOwner={role === "OWNER"} />}
      <TrustScoreCard score={standing.trust.trustScore} parts={standing.trust.trustScoreParts} computedAt={standing.trust.trustScoreAt} />
    </div>
  );
}
