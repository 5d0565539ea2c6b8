// An order as its shopper sees it: status, lines, totals and where it goes. Server component.
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money/format";
import type { ShopperOrder } from "@/lib/orders/orders";
import { AmountRow, OrderLine, TotalRow } from "./order-lines";

const TONE = {
  PENDING: "bg-amber-100 text-amber-950",
  PAID: "bg-emerald-100 text-emerald-950",
  CANCELLED: "bg-slate-200 text-slate-900",
  EXPIRED: "bg-slate-200 text-slate-900",
};

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
          <OrderLine
            key={line.id}
            title={line.title}
            variantTitle={line.variantTitle}
            detail={t("orders.quantityAt", { count: line.quantity, price: money(line.unitPriceAmount) })}
            amount={money(line.unitPriceAmount * line.quantity)}
          />
        ))}
      </ul>

      <dl className="mt-4 ml-auto max-w-sm space-y-2 text-sm">
        <AmountRow label={t("orders.subtotal")} value={money(order.subtotalAmount)} />
        {order.discountAmount ? (
          <AmountRow
            label={`${t("orders.discount")}${order.discountCodes.length ? ` (${order.discountCodes.join(", ")})` : ""}`}
            value={`−${money(order.discountAmount)}`}
          />
        ) : null}
        <AmountRow
          label={`${t("orders.shipping")}${order.shippingRateName ? ` · ${order.shippingRateName}` : ""}`}
          value={order.shippingAmount ? money(order.shippingAmount) : t("orders.free")}
        />
        {order.pricesIncludeTax ? null : <AmountRow label={t("orders.tax")} value={money(order.taxAmount)} />}
        <TotalRow
          label={t("orders.total")}
          value={money(order.totalAmount)}
          taxIncluded={order.pricesIncludeTax && order.taxAmount ? t("orders.taxIncluded", { amount: money(order.taxAmount) }) : null}
        />
        {order.refundedAmount ? <AmountRow label={t("orders.refunded")} value={`−${money(order.refundedAmount)}`} /> : null}
      </dl>

      <h2 className="mt-8 text-lg font-semibold">{t("orders.shipTo")}</h2>
      <address className="mt-2 leading-relaxed text-slate-800 not-italic">
        {[a.name, a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(" "), a.region, country, a.phone].filter(Boolean).map((part, i) => (
          <span key={i} className="block">
            {part}
          </span>
        ))}
      </address>
    </>
  );
}
