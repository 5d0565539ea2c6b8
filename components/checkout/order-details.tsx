// An order as its shopper sees it: status, lines, totals and where it goes. Server component.
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money/format";
import type { ShopperOrder } from "@/lib/orders/orders";

const TONE = { PENDING: "bg-amber-100 text-amber-950", PAID: "bg-emerald-100 text-emerald-950", CANCELLED: "bg-slate-200 text-slate-900", EXPIRED: "bg-slate-200 text-slate-900" };

export function OrderDetails({ order, locale }: { order: ShopperOrder; locale: Locale }) {
  const t = getTranslator(locale);
  const money = (amount: number) => formatMoney(amount, order.currency, locale);
  const date = (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(d);
  const a = order.shippingAddress;
  const country = new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(a.country) ?? a.country;

  return (
    <>
      <dl className="mt-4 flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <div>
          <dt className="text-slate-700">{t("orders.statusLabel")}</dt>
          <dd className={`mt-1 inline-block rounded-full px-3 py-0.5 font-semibold ${TONE[order.status]}`}>{t("orders.status", { status: order.status })}</dd>
        </div>
        {order.status === "PAID" ? (
          <div>
            <dt className="text-slate-700">{t("orders.fulfillmentLabel")}</dt>
            <dd className="mt-1 font-medium">{t("orders.fulfillment", { status: order.fulfillmentStatus })}</dd>
          </div>
        ) : null}
        <div>
          <dt className="text-slate-700">{t("orders.placed")}</dt>
          <dd className="mt-1 font-medium">{date(order.createdAt)}</dd>
        </div>
      </dl>

      <h2 className="mt-8 text-lg font-semibold">{t("orders.items")}</h2>
      <ul className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
        {order.lines.map((line) => (
          <li key={line.id} className="flex justify-between gap-4 py-3">
            <div>
              <p className="font-medium">{line.title}</p>
              <p className="text-sm text-slate-700">
                {line.variantTitle !== "Default" ? `${line.variantTitle} · ` : ""}
                {t("orders.quantityAt", { count: line.quantity, price: money(line.unitPriceAmount) })}
              </p>
            </div>
            <p className="font-medium">{money(line.unitPriceAmount * line.quantity)}</p>
          </li>
        ))}
      </ul>

      <dl className="mt-4 ml-auto max-w-sm space-y-2 text-sm">
        <Row label={t("orders.subtotal")} value={money(order.subtotalAmount)} />
        {order.discountAmount ? <Row label={`${t("orders.discount")}${order.discountCodes.length ? ` (${order.discountCodes.join(", ")})` : ""}`} value={`−${money(order.discountAmount)}`} /> : null}
        <Row label={`${t("orders.shipping")}${order.shippingRateName ? ` · ${order.shippingRateName}` : ""}`} value={order.shippingAmount ? money(order.shippingAmount) : t("orders.free")} />
        {order.pricesIncludeTax ? null : <Row label={t("orders.tax")} value={money(order.taxAmount)} />}
        <div className="flex justify-between border-t border-slate-200 pt-2 text-base font-semibold">
          <dt>{t("orders.total")}</dt>
          <dd>{money(order.totalAmount)}</dd>
        </div>
        {order.pricesIncludeTax && order.taxAmount ? <p className="text-right text-slate-700">{t("orders.taxIncluded", { amount: money(order.taxAmount) })}</p> : null}
        {order.refundedAmount ? <Row label={t("orders.refunded")} value={`−${money(order.refundedAmount)}`} /> : null}
      </dl>

      <h2 className="mt-8 text-lg font-semibold">{t("orders.shipTo")}</h2>
      <address className="mt-2 not-italic leading-relaxed text-slate-800">
        {[a.name, a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(" "), a.region, country, a.phone].filter(Boolean).map((part, i) => (
          <span key={i} className="block">
            {part}
          </span>
        ))}
      </address>
    </>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex justify-between gap-4">
      <dt className="text-slate-700">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
