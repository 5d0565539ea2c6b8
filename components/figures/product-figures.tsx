// The period's best sellers and the variants running low, each linking to its product.
import Link from "next/link";
import type { LowStockVariant, TopProduct } from "@/lib/orders/figures";

const cell = "px-3 py-2";
const head = `${cell} text-left font-medium text-slate-600`;

export function TopProducts({ title, products, base, money }: { title: string; products: TopProduct[]; base: string; money: (minor: number) => string }) {
  const id = `top-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200">
      <h3 id={id} className="border-b border-slate-200 px-3 py-2 font-semibold">
        {title}
      </h3>
      {products.length ? (
        <table className="w-full text-sm">
          <thead>
            <tr>
              <th scope="col" className={head}>
                Product
              </th>
              <th scope="col" className={`${head} text-right`}>
                Units
              </th>
              <th scope="col" className={`${head} text-right`}>
                Sales
              </th>
            </tr>
          </thead>
          <tbody>
            {products.map((p) => (
              <tr key={p.productId ?? p.title} className="border-t border-slate-100">
                <th scope="row" className={`${cell} text-left font-normal`}>
                  {p.productId ? (
                    <Link href={`${base}/products/${p.productId}`} className="text-teal-800 underline underline-offset-2">
                      {p.title}
                    </Link>
                  ) : (
                    p.title
                  )}
                </th>
                <td className={`${cell} text-right tabular-nums`}>{p.units}</td>
                <td className={`${cell} text-right tabular-nums`}>{money(p.revenue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="px-3 py-4 text-sm text-slate-600">Nothing sold in this period.</p>
      )}
    </section>
  );
}

export function LowStock({ variants, base }: { variants: LowStockVariant[]; base: string }) {
  return (
    <section aria-labelledby="low-stock" className="rounded-lg border border-slate-200">
      <h3 id="low-stock" className="border-b border-slate-200 px-3 py-2 font-semibold">
        Low stock
      </h3>
      {variants.length ? (
        <ul className="divide-y divide-slate-100 text-sm">
          {variants.map((v) => (
            <li key={v.variantId} className="flex items-center justify-between gap-3 px-3 py-2">
              <Link href={`${base}/products/${v.productId}`} className="text-teal-800 underline underline-offset-2">
                {v.title}
                {v.variantTitle !== "Default" && <span className="text-slate-600"> — {v.variantTitle}</span>}
              </Link>
              <span className={`tabular-nums ${v.available <= 0 ? "font-semibold text-red-700" : "text-slate-700"}`}>
                {v.available <= 0 ? "Out of stock" : `${v.available} left`}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="px-3 py-4 text-sm text-slate-600">Every tracked item is above its low-stock level.</p>
      )}
    </section>
  );
}
