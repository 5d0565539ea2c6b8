// The ceiling of the storefront benchmark (npm run bench:storefront, see BENCHMARKS.md): a
// product page from the storefront's own components (frame and product view), with fixed data
// shaped like the benchmark's products, prerendered at build time. Serving it costs Next.js no
// rendering and no database: as fast as a page of this size gets on the machine.
// Only a benchmark build (MINISHOP_BENCH_STATIC=1 at build time) has it; others answer 404.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProductView } from "@/components/storefront/product-view";
import { StorefrontFrame } from "@/components/storefront/shop-chrome";
import type { CollectionLink, ProductDetail, StorefrontShop } from "@/lib/storefront/storefront";

export const dynamic = "force-static";

// The same tags as a product page's (its generateMetadata and the shop layout's), and noindex.
const description =
  "A linen tote bag in terracotta, made in small batches by a family workshop. Every piece is finished by hand, so no two are exactly alike, and it is built…";
export const metadata: Metadata = {
  metadataBase: new URL(process.env.APP_URL ?? "http://localhost:3000"),
  title: { absolute: "Linen Tote Bag – Terracotta · Bench Shop 1" },
  description,
  robots: { index: false, follow: false },
  alternates: { canonical: "/s/bench-001/p/linen-tote-bag-terracotta-0" },
  openGraph: {
    siteName: "Bench Shop 1",
    title: "Linen Tote Bag – Terracotta",
    description,
    url: "/s/bench-001/p/linen-tote-bag-terracotta-0",
    images: [{ url: "/uploads/images/bench.webp", width: 800, height: 800, alt: "Linen Tote Bag, photo" }],
  },
};

const shop = {
  id: "bench",
  slug: "bench-001",
  name: "Bench Shop 1",
  status: "ACTIVE",
  currency: "EUR",
  defaultLocale: "en",
  themeColor: "#1d4ed8",
  logoUrl: "/uploads/images/bench.webp",
  bannerUrl: null,
  contactEmail: "hello-1@bench.minishop.local",
  taxRateBps: 2000,
  pricesIncludeTax: true,
  description: "Small-batch goods for home and everyday carry, made by independent makers.",
  shippingPolicy: "We ship within 2 working days. Standard delivery (3–5 days) costs €4.90 and is free above €50; Express (1–2 days) costs €9.90.",
  returnsPolicy: "Return unused items within 30 days for a full refund. Made-to-order items cannot be returned unless faulty.",
} as StorefrontShop;

const collections: CollectionLink[] = ["New arrivals", "Bestsellers", "Home and living", "Gifts under €30", "Essentials", "Last chance"].map((title, i) => ({
  id: `c${i}`,
  handle: title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
  title,
}));

const product = {
  id: "bench",
  handle: "linen-tote-bag-terracotta-0",
  title: "Linen Tote Bag – Terracotta",
  status: "ACTIVE",
  tags: ["linen", "tote bag", "terracotta", "gift"],
  lowStockThreshold: 5,
  options: [{ name: "Size", values: ["S", "M"] }],
  variants: ["S", "M"].map((size, i) => ({
    id: `cbenchvariant${i}`,
    title: size,
    sku: `B1-0-${size}`,
    option1: size,
    option2: null,
    option3: null,
    priceAmount: 990 + i * 200,
    compareAtAmount: 1990 + i * 200,
    trackStock: false,
    stock: 0,
    reserved: 0,
  })),
  images: [{ url: "/uploads/images/bench.webp", alt: "Linen Tote Bag, photo", width: 800, height: 800 }],
  descriptionMd: `A linen tote bag in terracotta, made in small batches by a family workshop. Every piece is finished by hand, so no two are exactly alike, and it is built to be used every day for years.

## Details

- Material: linen, responsibly sourced
- Colour: terracotta, dyed with low-impact dyes
- Care: wipe or wash gently, dry flat, keep away from direct heat
- Made in Portugal; ships in recycled packaging

## Why we like it

The tote bag is a quiet, useful thing: it looks good on a shelf and better when it is used. It makes an easy **gift**, and the terracotta shade goes with almost anything.

Questions? [Write to us](mailto:hello@bench.minishop.local).`,
} as ProductDetail;

export default function BenchStaticPage() {
  if (process.env.MINISHOP_BENCH_STATIC !== "1") notFound();
  return (
    <StorefrontFrame shop={shop} locale="en" collections={collections}>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">
        <ProductView shop={shop} product={product} locale="en" />
      </main>
    </StorefrontFrame>
  );
}
