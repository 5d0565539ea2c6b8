"use client";
// The cart page's lines: quantity stepper, remove, line totals and, for a line that can't be
// bought as it is, why. Every change goes to the cart API, which answers the cart priced anew.
import { useState } from "react";
import { useTranslations } from "use-intl/react";
import type { PricedCart } from "@/lib/cart/price-cart";
import { Price } from "@/components/storefront/price";
import { formatMoney } from "@/lib/money/format";
import { cartApi, setCartCount } from "./cart-count";
import { useHydrated } from "./use-hydrated";
import { LineProblemText } from "./line-problem";
import { QuantityStepper } from "./quantity-stepper";

type Props = { shopId: string; shopSlug: string; locale: string; initialCart: PricedCart | null };

export function CartView({ shopId, shopSlug, locale, initialCart }: Props) {
  const t = useTranslations("cart");
  const [cart, setCart] = useState(initialCart);
  const hydrated = useHydrated();
  const [busy, setBusy] = useState<string | null>(null);
  const locked = busy !== null || !hydrated;
  const [error, setError] = useState<string | null>(null);

  async function change(lineId: string, quantity: number) {
    setBusy(lineId);
    setError(null);
    try {
      const response = await fetch(cartApi(shopId, `/lines/${encodeURIComponent(lineId)}`), {
        method: quantity === 0 ? "DELETE" : "PATCH",
        headers: { "Content-Type": "application/json", "Accept-Language": locale },
        body: quantity === 0 ? undefined : JSON.stringify({ quantity }),
      });
      const body = (await response.json()) as { cart?: PricedCart | null; itemCount?: number; error?: { message?: string } };
      if (!response.ok) return setError(body.error?.message ?? t("updateFailed"));
      setCart(body.cart ?? null);
      setCartCount(shopId, body.itemCount ?? 0);
    } catch {
      setError(t("updateFailed"));
    } finally {
      setBusy(null);
    }
  }

  if (!cart?.lines.length) {
    return (
      <div className="mt-8 rounded-lg border border-dashed border-slate-300 p-8 text-center">
        <p className="text-lg font-semibold">{t("empty")}</p>
        <a href={`/s/${shopSlug}`} className="mt-4 inline-block font-medium underline underline-offset-2">
          {t("continueShopping")}
        </a>
      </div>
    );
  }

  const money = (amount: number) => formatMoney(amount, cart.currency, locale);
  return (
    <>
      <p role="alert" className="mt-4 text-sm text-red-700 empty:hidden">
        {error}
      </p>
      <ul className="mt-6 divide-y divide-slate-200 border-y border-slate-200">
        {cart.lines.map((line) => (
          <li key={line.id} className="flex gap-4 py-4" aria-busy={busy === line.id}>
            {line.imageUrl ? (
              // Uploads are already resized WebP files served with immutable caching.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={line.imageUrl} alt="" width={96} height={96} className="size-20 shrink-0 rounded-md bg-slate-100 object-cover sm:size-24" />
            ) : (
              <div className="size-20 shrink-0 rounded-md bg-slate-100 sm:size-24" />
            )}
            <div className="min-w-0 flex-1">
              <div className="flex justify-between gap-3">
                <div className="min-w-0">
                  <a href={`/s/${shopSlug}/p/${line.handle}`} className="font-medium underline-offset-2 hover:underline">
                    {line.title}
                  </a>
                  {line.variantTitle !== "Default" ? <p className="text-sm text-slate-700">{line.variantTitle}</p> : null}
                  <p className="text-sm text-slate-700">
                    <Price amount={line.unitPriceAmount} compareAt={line.compareAtAmount} currency={cart.currency} locale={locale} />
                  </p>
                </div>
                <p className="font-semibold whitespace-nowrap">{money(line.lineAmount)}</p>
              </div>
              <LineProblemText problem={line.problem} className="mt-1 text-sm font-medium text-red-700" />
              <div className="mt-2 flex items-center gap-4">
                <QuantityStepper
                  label={line.title + (line.variantTitle !== "Default" ? `, ${line.variantTitle}` : "")}
                  quantity={line.quantity}
                  disabled={locked}
                  onChange={(quantity) => change(line.id, quantity)}
                />
                <button
                  type="button"
                  onClick={() => change(line.id, 0)}
                  disabled={locked}
                  className="text-sm text-slate-700 underline underline-offset-2 hover:text-slate-950 disabled:opacity-50"
                >
                  {t("remove")}
                  <span className="sr-only">: {line.title}</span>
                </button>
              </div>
            </div>
          </li>
        ))}
      </ul>
      <div className="mt-6 flex flex-col items-end gap-2">
        <p className="text-lg">
          {t("subtotal")}: <span className="font-semibold">{money(cart.subtotalAmount)}</span>
        </p>
        <p className="text-sm text-slate-700">{t("atCheckout")}</p>
        {cart.canCheckout ? (
          <a
            href={`/s/${shopSlug}/checkout`}
            className="mt-2 w-full rounded-md bg-(--shop-accent) px-6 py-3 text-center font-semibold text-(--shop-on-accent) hover:opacity-90 sm:w-auto"
          >
            {t("checkout")}
          </a>
        ) : (
          <>
            <button type="button" disabled className="mt-2 w-full cursor-not-allowed rounded-md bg-slate-300 px-6 py-3 font-semibold text-slate-700 sm:w-auto">
              {t("checkout")}
            </button>
            <p className="text-sm text-red-700">{t("fixLines")}</p>
          </>
        )}
      </div>
    </>
  );
}
