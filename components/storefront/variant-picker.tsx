"use client";
// Choosing a variant: one group of choices per option, values that can't be bought with the
// earlier choices disabled, and the chosen variant's price and stock. The page itself is
// cached for every shopper, so the choice lives in the browser: read from ?variant=<id> after
// the first render and written back with history.replaceState (no request, no re-render).
import { useState, useSyncExternalStore } from "react";
import { useTranslations } from "use-intl/react";
import { AddToCart } from "@/components/cart/add-to-cart";
import { canBuy, choose, initialVariant, isValueAvailable, stockState, variantFor, type PickerVariant } from "@/lib/storefront/variants";
import { Price } from "./price";

type Props = {
  options: { name: string; values: string[] }[];
  variants: PickerVariant[];
  lowStockThreshold: number;
  currency: string;
  locale: string;
  /** The shop the "Add to cart" button adds to; none: no button (a product shoppers can't buy). */
  cart?: { shopId: string; shopSlug: string };
};

// The address changes only through this component (replaceState), so there is nothing to watch.
const subscribeToNothing = () => () => {};

const TONE = { in_stock: "text-emerald-800", low_stock: "text-amber-800", sold_out: "text-slate-600", made_to_order: "text-slate-700" };

export function VariantPicker({ options, variants, lowStockThreshold, currency, locale, cart }: Props) {
  const t = useTranslations("picker");
  // The page is the same for everyone: the server renders the default variant, the browser
  // then switches to the one in the address (React re-renders after hydration, no mismatch).
  const search = useSyncExternalStore(
    subscribeToNothing,
    () => window.location.search,
    () => "",
  );
  const [picked, setPicked] = useState<string[] | null>(null);
  const chosen = picked ?? initialVariant(variants, new URLSearchParams(search).get("variant"))?.values ?? [];
  const variant = variantFor(variants, chosen);

  function pick(index: number, value: string) {
    const next = choose(
      variants,
      options.map((o) => o.values),
      chosen,
      index,
      value,
    );
    setPicked(next);
    const picked = variantFor(variants, next);
    if (!picked) return;
    const url = new URL(window.location.href);
    url.searchParams.set("variant", picked.id);
    window.history.replaceState(null, "", url);
  }

  const stock = variant ? stockState(variant, lowStockThreshold) : { kind: "sold_out" as const, count: 0 };
  const stockText = {
    in_stock: t("inStock"),
    low_stock: t("onlyLeft", { count: stock.count ?? 0 }),
    sold_out: t("soldOut"),
    made_to_order: t("madeToOrder"),
  }[stock.kind];

  return (
    <div className="mt-3">
      <div aria-live="polite" aria-atomic="true">
        <p className="text-2xl text-slate-900">
          {variant ? (
            <Price
              amount={variant.priceAmount}
              compareAt={variant.compareAtAmount}
              currency={currency}
              locale={locale}
              labels={{ sale: t("salePrice"), regular: t("regularPrice") }}
            />
          ) : null}
        </p>
        <p className={`mt-1 text-sm font-medium ${TONE[stock.kind]}`}>{stockText}</p>
      </div>

      {options.map((option, index) => (
        <fieldset key={option.name} className="mt-5">
          <legend className="text-sm font-semibold text-slate-900">
            {option.name}
            {chosen[index] ? <span className="font-normal text-slate-700">: {chosen[index]}</span> : null}
          </legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {option.values.map((value) => {
              const enabled = isValueAvailable(variants, chosen, index, value);
              return (
                <label key={value} className="relative">
                  <input
                    type="radio"
                    name={`option-${index}`}
                    value={value}
                    checked={chosen[index] === value}
                    disabled={!enabled}
                    onChange={() => pick(index, value)}
                    // Transparent over its pill: clicks, taps and keyboard all reach the real radio.
                    className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0 disabled:cursor-not-allowed"
                  />
                  <span
                    className={
                      "block min-h-11 min-w-11 rounded-md border border-slate-300 px-4 py-2.5 text-center text-sm text-slate-900 " +
                      "peer-checked:border-(--shop-accent) peer-checked:bg-(--shop-accent) peer-checked:text-(--shop-on-accent) " +
                      "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-(--color-brand) " +
                      "peer-disabled:border-dashed peer-disabled:bg-slate-50 peer-disabled:text-slate-600 peer-disabled:line-through"
                    }
                  >
                    {value}
                    {enabled ? null : <span className="sr-only"> ({t("valueSoldOut")})</span>}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}

      {cart ? (
        <AddToCart shopId={cart.shopId} shopSlug={cart.shopSlug} locale={locale} variantId={variant?.id ?? null} canBuy={!!variant && canBuy(variant)} />
      ) : null}
    </div>
  );
}
