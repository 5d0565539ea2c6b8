// The web embed: the snippet a merchant pastes, the framing policy of /embed/*, and oEmbed
// (https://oembed.com) answers for shop and product links.

/** `<script>` + `<minishop-shop>`: the whole shop, or one product's buy button with `handle`. */
export function embedSnippet(platformOrigin: string, slug: string, handle?: string) {
  const product = handle ? ` product="${escapeAttribute(handle)}"` : "";
  return `<script src="${platformOrigin}/embed.js" async></script>\n<minishop-shop shop="${escapeAttribute(slug)}"${product}></minishop-shop>`;
}

function escapeAttribute(value: string) {
  return value.replace(/[&"<>]/g, (c) => ({ "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" })[c]!);
}

/** A CSP origin source is scheme://host[:port] and nothing else (no path, wildcard or quote). */
export function isOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value.replace(/\/$/, "");
}

/**
 * The Content-Security-Policy of the embed pages: framed by the platform itself (the Publish
 * page's preview) and the shop's allowed origins, nobody else. Scripts, styles, pictures and
 * API calls stay on the platform.
 */
export function embedPolicy(allowedOrigins: readonly string[], pictureOrigin = "") {
  const ancestors = ["'self'", ...allowedOrigins.filter(isOrigin).map((o) => o.replace(/\/$/, ""))].join(" ");
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${pictureOrigin ? ` ${pictureOrigin}` : ""}`,
    "connect-src 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

export type ShopLink = { slug: string; handle?: string };

/** A shop or product link of this platform: /s/<slug>[/<locale>][/p/<handle>]; else null. */
export function parseShopLink(link: string, platformOrigin: string): ShopLink | null {
  if (!URL.canParse(link)) return null;
  const url = new URL(link);
  if (url.origin !== new URL(platformOrigin).origin) return null;
  const match = /^\/s\/([a-z0-9-]+)(?:\/(?:en|fr|zh-CN))?(?:\/p\/([^/]+))?\/?$/.exec(url.pathname);
  if (!match) return null;
  return match[2] ? { slug: match[1], handle: decodeURIComponent(match[2]) } : { slug: match[1] };
}

/**
 * oEmbed discovery for a shop or product page (https://oembed.com/#section4), as Next's
 * `metadata.alternates.types`: `<link rel="alternate" type="application/json+oembed"
 * href="/api/oembed?url=<the page>">`. Built from the page's own data only, so the page stays cacheable.
 */
export function oembedDiscovery(platformOrigin: string, link: ShopLink, title: string) {
  const page = new URL(`/s/${link.slug}${link.handle ? `/p/${encodeURIComponent(link.handle)}` : ""}`, platformOrigin);
  return { "application/json+oembed": [{ url: `/api/oembed?url=${encodeURIComponent(page.href)}`, title }] };
}

export const EMBED_SIZE = { width: 400, height: 640, productHeight: 560 } as const;

/** The oEmbed "rich" answer for a shop or product link. */
export function oembedFor(input: {
  platformOrigin: string;
  link: ShopLink;
  title: string;
  shopName: string;
  thumbnail?: { url: string; width: number; height: number } | null;
  maxwidth?: number;
  maxheight?: number;
}) {
  const height = input.link.handle ? EMBED_SIZE.productHeight : EMBED_SIZE.height;
  const width = Math.min(EMBED_SIZE.width, input.maxwidth ?? Infinity);
  return {
    version: "1.0",
    type: "rich",
    title: input.title,
    author_name: input.shopName,
    author_url: `${input.platformOrigin}/s/${input.link.slug}`,
    provider_name: "Minishop",
    provider_url: input.platformOrigin,
    cache_age: 3600,
    html: embedSnippet(input.platformOrigin, input.link.slug, input.link.handle),
    width,
    height: Math.min(height, input.maxheight ?? Infinity),
    ...(input.thumbnail ? { thumbnail_url: input.thumbnail.url, thumbnail_width: input.thumbnail.width, thumbnail_height: input.thumbnail.height } : {}),
  };
}
