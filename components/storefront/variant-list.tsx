import { available, type ProductDetail } from "@/lib/catalog/storefront";
import { Price } from "./price";

type Variant = ProductDetail["variants"][number];

function stockLabel(v: Variant, lowStockThreshold: number) {
  if (!v.trackStock) return { text: "Made to order", tone: "text-slate-700" };
  const left = available(v);
  if (left <= 0) return { text: "Sold out", tone: "text-slate-500" };
  if (left <= lowStockThreshold) return { text: `Only ${left} left`, tone: "text-amber-800" };
  return { text: "In stock", tone: "text-emerald-800" };
}

// The product's variants with price and availability. Choosing one and adding it to the
// cart comes with the cart.
export function VariantList({ variants, lowStockThreshold, currency, locale }: { variants: Variant[]; lowStockThreshold: number; currency: string; locale: string }) {
  if (variants.length === 1 && variants[0]!.title === "Default") {
    const label = stockLabel(variants[0]!, lowStockThreshold);
    return <p className={`mt-4 text-sm font-medium ${label.tone}`}>{label.text}</p>;
  }
  return (
    <section aria-labelledby="variants-heading" className="mt-6">
      <h2 id="variants-heading" className="text-sm font-semibold text-slate-900">
        Options
      </h2>
      <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200">
        {variants.map((v) => {
          const label = stockLabel(v, lowStockThreshold);
          return (
            <li key={v.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-3 py-2 text-sm">
              <span className={available(v) <= 0 ? "text-slate-500" : "font-medium"}>{v.title}</span>
              <span className="ml-auto flex items-center gap-4">
                <Price amount={v.priceAmount} compareAt={v.compareAtAmount} currency={currency} locale={locale} />
                <span className={`w-28 text-right ${label.tone}`}>{label.text}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
