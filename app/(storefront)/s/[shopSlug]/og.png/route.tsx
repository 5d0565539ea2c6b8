// /s/<shop>/og.png: the picture shown when the shop's home is shared (Open Graph), drawn from
// the shop's name, description and colour. Cached like the pages, expired with the shop's tag.
import { ImageResponse } from "next/og";
import { shopTheme } from "@/lib/catalog/storefront";
import { loadActiveShop } from "@/lib/catalog/storefront-request";

export const dynamic = "force-static";
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ shopSlug: string }> }) {
  const shop = await loadActiveShop((await params).shopSlug);
  if (!shop) return new Response("Not found", { status: 404 });
  const theme = shopTheme(shop.themeColor);
  const description = shop.description.length > 160 ? `${shop.description.slice(0, 159)}…` : shop.description;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 80, background: theme.accent, color: theme.onAccent }}>
        <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
          <div style={{ fontSize: 80, fontWeight: 700, lineHeight: 1.1 }}>{shop.name}</div>
          {description ? <div style={{ fontSize: 36, lineHeight: 1.35, opacity: 0.9 }}>{description}</div> : null}
        </div>
        <div style={{ fontSize: 28, opacity: 0.8 }}>Minishop</div>
      </div>
    ),
    { width: 1200, height: 630 },
  );
}
