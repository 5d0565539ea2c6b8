// Every page of a shop, in the shop's header, footer and colour. Pages call notFound() for
// unknown and for closed shops alike (status 404); for a closed shop this layout tells
// not-found.tsx to say "This shop is unavailable" instead of "Page not found".
import type { CSSProperties, ReactNode } from "react";
import { ShopFooter, ShopHeader } from "@/components/storefront/shop-chrome";
import { UnavailableShopProvider } from "@/components/storefront/shop-not-found";
import { safeThemeColor } from "@/lib/catalog/storefront";
import { loadShop } from "@/lib/catalog/storefront-request";

export const dynamic = "force-dynamic"; // caching comes later; the build never touches the database

export default async function ShopLayout({ children, params }: { children: ReactNode; params: Promise<{ shopSlug: string }> }) {
  const shop = await loadShop((await params).shopSlug);
  if (!shop) return children;
  if (shop.status !== "ACTIVE") return <UnavailableShopProvider name={shop.name}>{children}</UnavailableShopProvider>;
  // --color-brand drives the focus ring (app/globals.css) inside the shop.
  const style = { "--color-brand": safeThemeColor(shop.themeColor) } as CSSProperties;
  return (
    <div style={style} className="flex min-h-screen flex-col">
      <ShopHeader shop={shop} />
      {children}
      <ShopFooter shop={shop} />
    </div>
  );
}
