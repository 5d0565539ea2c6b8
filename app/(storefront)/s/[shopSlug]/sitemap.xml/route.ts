// /s/<shop>/sitemap.xml: the shop's home, collections and active products. A shop with more
// products than one file holds (SITEMAP_PAGE_SIZE in lib/storefront/storefront.ts) gets a sitemap
// index instead, pointing to ?page=1, ?page=2… Data comes from the storefront's cache.
import { absoluteUrl, loadActiveShop, loadCollections, loadSitemapPage } from "@/lib/storefront/request";

// Read per request (its data is cached). Without this, Next treats a sitemap.xml/robots.txt
// route as a metadata file and tries to prerender it at build time, database included.
export const dynamic = "force-dynamic";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function xml(body: string) {
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=600" },
  });
}

const url = (loc: string, lastmod?: string) => `<url><loc>${escape(absoluteUrl(loc))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}</url>`;

export async function GET(request: Request, { params }: { params: Promise<{ shopSlug: string }> }) {
  const shop = await loadActiveShop((await params).shopSlug);
  if (!shop) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const base = `/s/${shop.slug}`;
  const asked = new URL(request.url).searchParams.get("page");
  const page = asked === null ? null : Number(asked);
  if (page !== null && !(Number.isSafeInteger(page) && page >= 1)) return new Response("Not found", { status: 404 });

  const products = await loadSitemapPage(shop.id, page ?? 1);
  if (page === null && products.pageCount > 1) {
    const files = Array.from(
      { length: products.pageCount },
      (_, i) => `<sitemap><loc>${escape(absoluteUrl(`${base}/sitemap.xml?page=${i + 1}`))}</loc></sitemap>`,
    );
    return xml(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files.join("\n")}\n</sitemapindex>`);
  }
  if (page !== null && page > products.pageCount) return new Response("Not found", { status: 404 });

  // The shop's own pages go in the first file only.
  const first = (page ?? 1) === 1;
  const collections = first ? await loadCollections(shop.id) : [];
  const entries = [
    ...(first ? [url(base)] : []),
    ...collections.map((c) => url(`${base}/c/${c.handle}`)),
    ...products.products.map((p) => url(`${base}/p/${p.handle}`, p.updatedAt)),
  ];
  return xml(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</urlset>`);
}
