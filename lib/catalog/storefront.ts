// What shoppers may see: ACTIVE products of ACTIVE shops. Plain functions taking the
// database, with explicit selects, each list loaded in one call (no query per product).
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const PRODUCTS_PER_PAGE = 24;

type Db = Pick<PrismaClient, "shop" | "product">;

export type StockInfo = { trackStock: boolean; stock: number; reserved: number };

/** Units a shopper can still buy; Infinity when stock is not tracked (made to order). */
export function available(v: StockInfo): number {
  return v.trackStock ? Math.max(0, v.stock - v.reserved) : Number.POSITIVE_INFINITY;
}

export function isSoldOut(variants: StockInfo[]): boolean {
  return variants.every((v) => available(v) <= 0);
}

export function priceRange(variants: { priceAmount: number; compareAtAmount: number | null }[]) {
  const prices = variants.map((v) => v.priceAmount);
  const onSale = variants.some((v) => v.compareAtAmount !== null && v.compareAtAmount > v.priceAmount);
  return { min: Math.min(...prices), max: Math.max(...prices), onSale };
}

// A merchant-chosen colour goes into a style attribute: accept "#rrggbb" only.
export function safeThemeColor(value: string): string {
  return /^#[0-9a-f]{6}$/i.test(value) ? value : "#0f766e";
}

/** Black or white, whichever reads better on the theme colour (WCAG relative luminance). */
export function textColorOn(hex: string): "#ffffff" | "#111827" {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(safeThemeColor(hex).slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  // Contrast with white is 1.05 / (L + 0.05); with near-black about (L + 0.05) / 0.06.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0592 ? "#ffffff" : "#111827";
}

export async function getStorefrontShop(db: Db, slug: string) {
  return db.shop.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, name: true, description: true, status: true, currency: true, defaultLocale: true,
      themeColor: true, logoUrl: true, contactEmail: true, shippingPolicy: true, returnsPolicy: true,
      taxRateBps: true, pricesIncludeTax: true,
    },
  });
}

export type StorefrontShop = NonNullable<Awaited<ReturnType<typeof getStorefrontShop>>>;

const variantSelect = { priceAmount: true, compareAtAmount: true, trackStock: true, stock: true, reserved: true } as const;
const imageSelect = { url: true, alt: true, width: true, height: true } as const;

export async function listStorefrontProducts(db: Db, params: { shopId: string; page: number; perPage?: number }) {
  const perPage = params.perPage ?? PRODUCTS_PER_PAGE;
  const page = Math.max(1, Math.floor(params.page));
  const where = { shopId: params.shopId, status: "ACTIVE" as const };
  const [rows, total] = await Promise.all([
    db.product.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: {
        id: true,
        handle: true,
        title: true,
        variants: { select: variantSelect },
        images: { select: imageSelect, orderBy: { position: "asc" }, take: 1 },
      },
    }),
    db.product.count({ where }),
  ]);
  const products = rows.map((p) => ({
    id: p.id,
    handle: p.handle,
    title: p.title,
    image: p.images[0] ?? null,
    price: priceRange(p.variants),
    soldOut: isSoldOut(p.variants),
  }));
  return { products, page, pageCount: Math.max(1, Math.ceil(total / perPage)), total };
}

export type ProductCard = Awaited<ReturnType<typeof listStorefrontProducts>>["products"][number];

export async function getStorefrontProduct(db: Db, params: { shopId: string; handle: string }) {
  const product = await db.product.findFirst({
    where: { shopId: params.shopId, handle: params.handle, status: "ACTIVE" },
    select: {
      id: true,
      handle: true,
      title: true,
      descriptionMd: true,
      tags: true,
      lowStockThreshold: true,
      options: { select: { name: true, values: true }, orderBy: { position: "asc" } },
      variants: { select: { id: true, title: true, sku: true, ...variantSelect }, orderBy: { position: "asc" } },
      images: { select: imageSelect, orderBy: { position: "asc" } },
    },
  });
  if (!product) return null;
  return { ...product, price: priceRange(product.variants), soldOut: isSoldOut(product.variants) };
}

export type ProductDetail = NonNullable<Awaited<ReturnType<typeof getStorefrontProduct>>>;
