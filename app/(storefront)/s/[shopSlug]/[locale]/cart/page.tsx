// The shopper's cart (/s/<shop>/cart): dynamic, as it reads the cart cookie; never cached.
// ?payment=declined|cancelled: back from the test payment page or Stripe without paying.
import type { Metadata } from "next";
import { storefrontPage, storefrontPageMetadata } from "@/app/_entry/storefront";
import { CartView } from "@/components/cart/cart-view";
import { readCart } from "@/lib/cart/shopper-cart";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ shopSlug: string; locale: string }>; searchParams: Promise<{ payment?: string | string[] }> };

export function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return storefrontPageMetadata(params, "cart.title");
}

const NOTICES = { declined: "cart.paymentDeclined", cancelled: "cart.paymentCancelled" } as const;

export default async function CartPage({ params, searchParams }: Props) {
  const { shop, locale, t, cart: who } = await storefrontPage(params);
  const { cart } = await readCart(db, shop.id, who);
  const { payment } = await searchParams;
  const notice = typeof payment === "string" && payment in NOTICES ? NOTICES[payment as keyof typeof NOTICES] : null;

  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("cart.title")}</h1>
      {notice ? (
        <p role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          {t(notice)}
        </p>
      ) : null}
      <CartView shopId={shop.id} shopSlug={shop.slug} locale={locale} initialCart={cart} />
    </main>
  );
}
