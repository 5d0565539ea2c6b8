// An order's status page (/s/<shop>/orders/<id>?token=…), also the confirmation after paying.
// Only the signed link opens it: a missing or wrong token is a 404, like an unknown order.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ShopperAfterSales } from "@/components/after-sales/shopper-requests";
import { OrderDetails } from "@/components/checkout/order-details";
import { ShopperShipments } from "@/components/orders/shopper-shipments";
import { loadShop } from "@/lib/storefront/request";
import { transaction } from "@/lib/core/db";
import { db } from "@/lib/db/client";
import { localeFromSegment } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";
import { orderAfterSales } from "@/lib/orders/after-sales-requests";
import { verifyOrderToken } from "@/lib/orders/link";
import { getShopperOrder } from "@/lib/orders/orders";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ shopSlug: string; locale: string; orderId: string }>; searchParams: Promise<{ token?: string | string[] }> };

// The address carries the order's key: never indexed, never sent on as a referrer.
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function OrderStatusPage({ params, searchParams }: Props) {
  const [{ shopSlug, locale: segment, orderId }, { token }] = await Promise.all([params, searchParams]);
  if (!verifyOrderToken(orderId, token)) notFound();
  const shop = await loadShop(shopSlug);
  const locale = shop && localeFromSegment(segment, shop.defaultLocale);
  if (!shop || !locale) notFound();
  // In a transaction: the shopper lands here while the payment may still be settling (lib/core/db.ts).
  const order = await transaction(db, (tx) => getShopperOrder(tx, shop.id, orderId));
  if (!order) notFound();
  const afterSales = await orderAfterSales(db, shop.id, order.id);
  const t = getTranslator(locale);

  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 sm:px-6">
      <p className="text-sm text-slate-700">{shop.name}</p>
      <h1 className="text-3xl font-bold tracking-tight">{t("orders.number", { number: order.number })}</h1>
      {order.status === "PAID" ? <p className="mt-2 text-slate-800">{t("orders.thanks", { email: order.email })}</p> : null}
      <OrderDetails order={order} locale={locale} />
      <ShopperShipments order={order} locale={locale} />
      <ShopperAfterSales order={order} afterSales={afterSales} token={String(token)} locale={locale} />
    </main>
  );
}
