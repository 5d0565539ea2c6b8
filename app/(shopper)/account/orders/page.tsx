// A signed-in shopper's orders in every shop, newest first, each linking to its status page.
// In the shopper's language (the storefront's language cookie), like the shops they bought from.
import type { Metadata } from "next";
import { AccountMenu } from "@/components/account-menu";
import { AppHeader } from "@/components/app-header";
import { isAdmin, requireUser } from "@/app/_entry/session";
import { chosenLocale } from "@/app/_entry/storefront";
import { db } from "@/lib/db/client";
import { getTranslator } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money/format";
import { orderStatusPath } from "@/lib/orders/link";
import { ACCOUNT_ORDERS_PAGE, listShopperOrders } from "@/lib/orders/orders";

export const metadata: Metadata = { title: "Your orders", robots: { index: false } };

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export default async function AccountOrdersPage({ searchParams }: Props) {
  const user = await requireUser("/account/orders");
  const { page: pageParam } = await searchParams;
  const page = Math.min(1000, Math.max(1, Number.parseInt(typeof pageParam === "string" ? pageParam : "1", 10) || 1));
  const locale = (await chosenLocale()) ?? "en";
  const t = getTranslator(locale);
  const rows = await listShopperOrders(db, user.id, page);
  const orders = rows.slice(0, ACCOUNT_ORDERS_PAGE);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });

  return (
    <>
      <AppHeader home="/account/orders">
        <AccountMenu user={user} isAdmin={isAdmin(user)} />
      </AppHeader>
      <main id="main" lang={locale} className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">{t("account.title")}</h1>
        {orders.length === 0 ? (
          <p className="mt-6 text-slate-700">{t("account.empty")}</p>
        ) : (
          <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200">
            {orders.map((order) => (
              <li key={order.id} className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-3">
                <div>
                  <a href={orderStatusPath(order.shop.slug, order.id)} className="font-medium text-teal-800 underline underline-offset-2">
                    {t("account.order", { number: order.number, shop: order.shop.name })}
                  </a>
                  <p className="text-sm text-slate-700">
                    {date.format(order.createdAt)} · {t("account.items", { count: order._count.lines })}
                  </p>
                </div>
                <div className="text-right">
                  <p className="font-medium">{formatMoney(order.totalAmount, order.currency, locale)}</p>
                  <p className="text-sm text-slate-700">
                    {t("orders.status", { status: order.status })}
                    {order.status === "PAID" ? ` · ${t("orders.fulfillment", { status: order.fulfillmentStatus })}` : ""}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
        <nav aria-label={t("pagination.label")} className="mt-6 flex justify-between text-sm">
          {page > 1 ? (
            <a href={`/account/orders?page=${page - 1}`} className="underline underline-offset-2">
              {t("pagination.previous")}
            </a>
          ) : (
            <span />
          )}
          {rows.length > ACCOUNT_ORDERS_PAGE ? (
            <a href={`/account/orders?page=${page + 1}`} className="underline underline-offset-2">
              {t("pagination.next")}
            </a>
          ) : null}
        </nav>
      </main>
    </>
  );
}
