import { db } from "@/lib/db/client";
import Link from "next/link";
import { AccountMenu } from "@/components/account-menu";
import { AppHeader } from "@/components/app-header";
import { DashboardNav } from "@/components/dashboard/nav";
import { ShopSwitcher } from "@/components/dashboard/shop-switcher";
import { ReviewBanner } from "@/components/shops/review-banner";
import { isAdmin } from "@/app/_entry/session";
import { merchantPage } from "@/app/_entry/merchant";
import { listMyShops } from "@/lib/shops/access";
import { reviewBannerState } from "@/lib/shops/review-submission";
import { can } from "@/lib/shops/permissions";

// The merchant's frame for one shop. It checks membership for the page it wraps, but each
// page and server action checks again itself: a layout check alone doesn't guard actions.
export default async function ShopDashboardLayout({ children, params }: { children: React.ReactNode; params: Promise<{ shop: string }> }) {
  const { shop: slug } = await params;
  const { user, shop, role } = await merchantPage(slug, "catalog");
  const shops = await listMyShops(db, user.id);
  const base = `/dashboard/${shop.slug}`;
  const links = [
    { href: base, label: "Overview" },
    ...(can(role, "orders") ? [{ href: `${base}/orders`, label: "Orders" }] : []),
    { href: `${base}/products`, label: "Products" },
    { href: `${base}/collections`, label: "Collections" },
    ...(can(role, "orders") ? [{ href: `${base}/after-sales`, label: "After-sales" }] : []),
    ...(can(role, "discounts") ? [{ href: `${base}/discounts`, label: "Discounts" }] : []),
    ...(can(role, "settings") ? [{ href: `${base}/shipping`, label: "Shipping" }] : []),
    ...(can(role, "settings") ? [{ href: `${base}/settings`, label: "Settings" }] : []),
    ...(can(role, "settings") ? [{ href: `${base}/publish`, label: "Publish" }] : []),
    ...(can(role, "members") ? [{ href: `${base}/staff`, label: "Staff" }] : []),
    ...(can(role, "settings") ? [{ href: `${base}/review`, label: "Review" }] : []),
  ];
  const review = shop.status === "IN_REVIEW" ? await reviewBannerState(db, shop.id) : null;
  return (
    <>
      <AppHeader>
        <div className="flex items-center gap-4">
          <ShopSwitcher current={shop.slug} shops={shops.map((m) => ({ slug: m.shop.slug, name: m.shop.name }))} />
          <AccountMenu user={user} isAdmin={isAdmin(user)} />
        </div>
      </AppHeader>
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6 sm:px-6 md:flex-row">
        <aside className="md:w-48 md:shrink-0">
          <p className="mb-2 truncate text-sm font-semibold text-slate-900">{shop.name}</p>
          <DashboardNav links={links} />
          <Link href={`/s/${shop.slug}`} className="mt-4 inline-block text-sm text-teal-800 underline underline-offset-2">
            View shop <span aria-hidden>↗</span>
          </Link>
          {shop.status !== "ACTIVE" && (
            <p className="mt-3 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">
              {shop.status === "IN_REVIEW" ? "In review: not public yet" : `Shop is ${shop.status.toLowerCase()}`}
            </p>
          )}
        </aside>
        <main id="main" className="min-w-0 flex-1">
          {review && <ReviewBanner state={review.state} href={can(role, "settings") ? `${base}/review` : null} />}
          {children}
        </main>
      </div>
    </>
  );
}
