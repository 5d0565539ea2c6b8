"use client";
// "Add to cart" on the product page (cached for everyone, so this runs in the browser): sends
// the chosen variant's id to the cart API, which checks price and stock itself.
import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { cartApi, setCartCount } from "./cart-count";
import { useHydrated } from "./use-hydrated";

type Props = { shopId: string; shopSlug: string; locale: string; variantId: string | null; canBuy: boolean };
type Status = { kind: "idle" } | { kind: "adding" } | { kind: "added" } | { kind: "error"; message: string };

export function AddToCart({ shopId, shopSlug, locale, variantId, canBuy }: Props) {
  const t = useTranslations("cart");
  const hydrated = useHydrated();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [shownFor, setShownFor] = useState(variantId);
  // Another variant chosen: the last message was about the previous one.
  if (shownFor !== variantId) {
    setShownFor(variantId);
    setStatus({ kind: "idle" });
  }

  async function add() {
    if (!variantId) return;
    setStatus({ kind: "adding" });
    try {
      // ?view=count: only the badge's count is needed back, not the whole priced cart.
      const response = await fetch(cartApi(shopId, "?view=count"), {
        method: "POST",
        // The page's language: the cart API answers its refusals ("Sold out") in it.
        headers: { "Content-Type": "application/json", "Accept-Language": locale },
        body: JSON.stringify({ variantId, quantity: 1 }),
      });
      const body = (await response.json()) as { itemCount?: number; error?: { message?: string } };
      if (!response.ok) return setStatus({ kind: "error", message: body.error?.message ?? t("addFailed") });
      setCartCount(shopId, body.itemCount ?? 0);
      setStatus({ kind: "added" });
    } catch {
      setStatus({ kind: "error", message: t("addFailed") });
    }
  }

  return (
    <div className="mt-6">
      <button
        type="button"
        onClick={add}
        disabled={!hydrated || !variantId || !canBuy || status.kind === "adding"}
        className="w-full rounded-md bg-(--shop-accent) px-6 py-3 text-base font-semibold text-(--shop-on-accent) hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-50 sm:w-auto"
      >
        {!canBuy ? t("soldOut") : status.kind === "adding" ? t("adding") : t("add")}
      </button>
      <p role="status" className="mt-2 min-h-6 text-sm">
        {status.kind === "added" ? (
          <>
            <span className="text-emerald-800">{t("added")}</span>{" "}
            <a href={`/s/${shopSlug}/cart`} className="font-medium underline underline-offset-2">
              {t("viewCart")}
            </a>
          </>
        ) : status.kind === "error" ? (
          <span className="text-red-700">{status.message}</span>
        ) : null}
      </p>
    </div>
  );
}
