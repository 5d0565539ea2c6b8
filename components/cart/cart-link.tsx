"use client";
// The header's link to the cart, with the number of items once the cart API answered.
import { useTranslations } from "use-intl/react";
import { useCartCount } from "./cart-count";

export function CartLink({ shopId, shopSlug }: { shopId: string; shopSlug: string }) {
  const t = useTranslations("cart");
  const count = useCartCount(shopId);
  return (
    <a
      href={`/s/${shopSlug}/cart`}
      aria-label={count ? t("linkWithCount", { count }) : t("link")}
      className="relative flex min-h-10 min-w-10 items-center justify-center rounded-md px-2 hover:bg-black/10 focus-visible:outline-current"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round">
        <path d="M5 8h14l-1.2 12H6.2L5 8z" />
        <path d="M9 10V6a3 3 0 0 1 6 0v4" strokeLinecap="round" />
      </svg>
      {count ? (
        <span
          aria-hidden="true"
          className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-white px-1 text-center text-xs leading-5 font-bold text-slate-900 ring-1 ring-slate-300"
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </a>
  );
}
