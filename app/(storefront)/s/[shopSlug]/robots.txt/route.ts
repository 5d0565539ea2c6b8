// /s/<shop>/robots.txt: what crawlers may visit in the shop, and where its sitemap is. Hosts
// read robots.txt at their root only; this one serves shops on their own domain (mini-program
// export) and is linked for crawlers that take per-path hints.
import { absoluteUrl, loadShop } from "@/lib/storefront/request";

// Read per request (its data is cached). Without this, Next treats a sitemap.xml/robots.txt
// route as a metadata file and tries to prerender it at build time, database included.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ shopSlug: string }> }) {
  const shop = await loadShop((await params).shopSlug);
  if (!shop) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const base = `/s/${shop.slug}`;
  const lines =
    shop.status === "ACTIVE"
      ? ["User-agent: *", `Allow: ${base}/`, `Disallow: ${base}/search`, `Disallow: ${base}/preview/`, "", `Sitemap: ${absoluteUrl(`${base}/sitemap.xml`)}`]
      : ["User-agent: *", `Disallow: ${base}/`];
  return new Response(`${lines.join("\n")}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=600" } });
}
