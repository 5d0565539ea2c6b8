// The order page's after-sales section: the order's requests with the shop's answers, and the
// form to ask for another (while the order is paid and some units are left). Server component.
import { StorefrontIntl } from "@/components/storefront/intl-provider";
import type { Locale } from "@/lib/i18n/locales";
import { clientMessages, getTranslator } from "@/lib/i18n/messages";
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "@/lib/orders/after-sales-photos";
import { itemTitle, type OrderAfterSales } from "@/lib/orders/after-sales-requests";
import type { ShopperOrder } from "@/lib/orders/orders";
import { AfterSalesRequestForm } from "./request-form";
import { WithdrawButton } from "./withdraw-button";

const TONE: Record<string, string> = {
  REQUESTED: "bg-amber-100 text-amber-950",
  ACCEPTED: "bg-sky-100 text-sky-950",
  COMPLETED: "bg-emerald-100 text-emerald-950",
  REJECTED: "bg-slate-200 text-slate-900",
  WITHDRAWN: "bg-slate-200 text-slate-900",
};

type Props = { order: ShopperOrder; afterSales: OrderAfterSales; token: string; locale: Locale };

export function ShopperAfterSales({ order, afterSales, token, locale }: Props) {
  const t = getTranslator(locale);
  const date = (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(d);
  const base = `/api/shops/${encodeURIComponent(order.shopId)}/orders/${encodeURIComponent(order.id)}/after-sales`;
  const lines = order.lines.map((l) => ({ id: l.id, title: itemTitle(l), requestable: afterSales.requestable[l.id] ?? 0 }));
  const canAsk = afterSales.paid && lines.some((l) => l.requestable > 0);

  return (
    <section aria-labelledby="after-sales-heading" className="mt-10">
      <h2 id="after-sales-heading" className="text-lg font-semibold">
        {t("afterSales.title")}
      </h2>
      {afterSales.requests.length > 0 ? (
        <>
          <h3 className="mt-3 text-base font-medium">{t("afterSales.listTitle")}</h3>
          <ul className="mt-2 space-y-3">
            {afterSales.requests.map((r) => (
              <li key={r.id} className="rounded-lg border border-slate-200 p-4 text-sm">
                <div className="flex flex-wrap items-center gap-3">
                  <span className="font-semibold">{t("afterSales.kind", { kind: r.kind })}</span>
                  <span className={`rounded-full px-3 py-0.5 font-semibold ${TONE[r.status]}`}>{t("afterSales.status", { status: r.status })}</span>
                  <span className="text-slate-700">{t("afterSales.requestedOn", { date: date(r.createdAt) })}</span>
                </div>
                <ul className="mt-2 text-slate-800">
                  {r.lines.map((l) => (
                    <li key={l.orderLineId}>
                      {l.quantity} × {itemTitle(l.orderLine)}
                    </li>
                  ))}
                </ul>
                <p className="mt-1 text-slate-700">
                  {t("afterSales.reasonLabel")}: {t("afterSales.reason", { reason: r.reason })}
                </p>
                {r.details && <p className="mt-1 whitespace-pre-wrap text-slate-700">{r.details}</p>}
                {r.photos.length > 0 && (
                  <ul className="mt-2 flex flex-wrap gap-2">
                    {r.photos.map((p, i) => (
                      <li key={p.id}>
                        {/* eslint-disable-next-line @next/next/no-img-element -- a private photo behind an access-checked route */}
                        <img
                          src={`${base}/photos/${p.id}?token=${encodeURIComponent(token)}`}
                          alt={t("afterSales.photoAlt", { n: i + 1 })}
                          width={p.width}
                          height={p.height}
                          className="h-20 w-auto rounded border border-slate-200 object-cover"
                        />
                      </li>
                    ))}
                  </ul>
                )}
                {[
                  { label: t("afterSales.instructions"), text: r.status === "ACCEPTED" ? r.returnInstructions : "" },
                  { label: t("afterSales.rejection"), text: r.rejectionReason },
                  { label: t("afterSales.resolution"), text: r.resolution },
                ]
                  .filter((a) => a.text)
                  .map((a) => (
                    <div key={a.label} className="mt-2 rounded-md bg-slate-50 p-3">
                      <p className="font-medium">{a.label}</p>
                      <p className="mt-1 whitespace-pre-wrap">{a.text}</p>
                    </div>
                  ))}
                {r.status === "REQUESTED" && (
                  <StorefrontIntl locale={locale} messages={clientMessages(locale, ["afterSales"])}>
                    <WithdrawButton url={`${base}/${r.id}/withdraw`} token={token} locale={locale} />
                  </StorefrontIntl>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-700">{t("afterSales.none")}</p>
      )}
      {!afterSales.paid ? (
        <p className="mt-4 text-sm text-slate-700">{t("afterSales.notPaid")}</p>
      ) : canAsk ? (
        <StorefrontIntl locale={locale} messages={clientMessages(locale, ["afterSales"])}>
          <AfterSalesRequestForm
            shopId={order.shopId}
            orderId={order.id}
            token={token}
            locale={locale}
            lines={lines}
            maxPhotos={MAX_PHOTOS}
            maxMb={MAX_PHOTO_BYTES / 1024 / 1024}
          />
        </StorefrontIntl>
      ) : (
        <p className="mt-4 text-sm text-slate-700">{t("afterSales.nothingLeft")}</p>
      )}
    </section>
  );
}
