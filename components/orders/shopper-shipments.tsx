// What the shopper sees of the order after the sale: each parcel (carrier, tracking number, the
// carrier's tracking page in a new tab) and each refund. Server component, in the shop's language.
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money/format";
import type { ShopperOrder } from "@/lib/orders/orders";

export function ShopperShipments({ order, locale }: { order: ShopperOrder; locale: Locale }) {
  const t = getTranslator(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const money = (amount: number) => formatMoney(amount, order.currency, locale);
  const title = (id: string) => {
    const line = order.lines.find((l) => l.id === id);
    return line ? (line.variantTitle && line.variantTitle !== "Default" ? `${line.title} (${line.variantTitle})` : line.title) : "";
  };
  if (!order.fulfilments.length && !order.refunds.length) return null;
  return (
    <>
      {order.fulfilments.length > 0 && (
        <section aria-labelledby="order-parcels">
          <h2 id="order-parcels" className="mt-8 text-lg font-semibold">
            {t("orders.parcels")}
          </h2>
          <ul className="mt-2 space-y-3">
            {order.fulfilments.map((f, i) => (
              <li key={f.id} className="rounded-lg border border-slate-200 p-4 text-sm">
                <p className="font-medium">
                  {t("orders.parcel", { index: i + 1 })} · <time dateTime={f.createdAt.toISOString()}>{date.format(f.createdAt)}</time>
                </p>
                <p className="mt-1 text-slate-700">{f.lines.map((l) => `${l.quantity} × ${title(l.orderLineId)}`).join(", ")}</p>
                <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
                  {f.carrier ? (
                    <div>
                      <dt className="text-slate-700">{t("orders.carrier")}</dt>
                      <dd className="font-medium">{f.carrier}</dd>
                    </div>
                  ) : null}
                  {f.trackingNumber ? (
                    <div>
                      <dt className="text-slate-700">{t("orders.trackingNumber")}</dt>
                      <dd className="font-medium break-all">{f.trackingNumber}</dd>
                    </div>
                  ) : null}
                </dl>
                {f.trackingUrl ? (
                  <a
                    href={f.trackingUrl}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="mt-2 inline-block font-medium text-teal-800 underline underline-offset-2"
                  >
                    {t("orders.trackParcel")} <span className="sr-only">{t("orders.newTab")}</span>
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      )}
      {order.refunds.length > 0 && (
        <section aria-labelledby="order-refunds">
          <h2 id="order-refunds" className="mt-8 text-lg font-semibold">
            {t("orders.refunds")}
          </h2>
          <ul className="mt-2 divide-y divide-slate-200 border-y border-slate-200 text-sm">
            {order.refunds.map((r) => (
              <li key={r.id} className="flex justify-between gap-4 py-2">
                <time dateTime={r.createdAt.toISOString()}>{date.format(r.createdAt)}</time>
                <span className="font-medium">{money(r.amount)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
