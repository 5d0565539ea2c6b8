// /s/<shop>/og.png: the picture shown when the shop's home is shared (Open Graph), drawn by
// lib/og/shop-card.tsx. Cached like the pages, expired with the shop's tag.
import { loadActiveShop } from "@/lib/storefront/request";
import { shopCard } from "@/lib/og/shop-card";

export const dynamic = "force-static";
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ shopSlug: string }> }) {
  const shop = await loadActiveShop((await params).shopSlug);
  if (!shop) return new Response("Not found", { status: 404 });
  return shopCard(shop);
}
