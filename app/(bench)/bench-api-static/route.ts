// The ceiling of the Storefront API benchmark (npm run bench:api, see BENCHMARKS.md): a JSON
// answer shaped and sized like the API's product detail (4 variants, the benchmark's
// description), prerendered at build time, so Next.js serves it without running any code of
// ours. Only a benchmark build (MINISHOP_BENCH_STATIC=1 at build time) has it; others answer 404.
import { BENCH_DESCRIPTION } from "@/scripts/bench/api-constants";

export const dynamic = "force-static";

const money = (amount: number) => ({ amount, currency: "EUR" });
const image = { url: "http://localhost:3900/uploads/images/0123456789abcdef0123456789abcdef.webp", alt: "Linen Tote Bag, photo", width: 800, height: 800 };
const variants = [
  ["S", "Sand"],
  ["S", "Ink"],
  ["M", "Sand"],
  ["M", "Ink"],
].map(([size, colour], i) => ({
  id: `cbenchvariant000000000000${i}`,
  title: `${size} / ${colour}`,
  sku: `API-0-${size}-${colour}`,
  options: [size, colour],
  price: money(2490 + i * 200),
  compareAtPrice: i === 0 ? money(3490) : null,
  available: true,
  quantityAvailable: 12 + i,
}));
const product = {
  id: "cbenchproduct000000000000",
  handle: "linen-tote-bag-terracotta-0",
  title: "Linen Tote Bag – Terracotta",
  url: "http://localhost:3900/s/bench-api/p/linen-tote-bag-terracotta-0",
  image,
  priceRange: { min: money(2490), max: money(3090) },
  compareAtPrice: money(3490),
  available: true,
  options: [
    { name: "Size", values: ["S", "M"] },
    { name: "Colour", values: ["Sand", "Ink"] },
  ],
  variants,
  description: BENCH_DESCRIPTION,
  descriptionHtml: `<p>${BENCH_DESCRIPTION}</p>`,
  tags: ["linen", "tote bag", "terracotta", "gift"],
  images: [image],
};

export function GET() {
  if (process.env.MINISHOP_BENCH_STATIC !== "1") return new Response("Not found", { status: 404 });
  return Response.json(product, { headers: { "Cache-Control": "public, no-cache" } });
}
