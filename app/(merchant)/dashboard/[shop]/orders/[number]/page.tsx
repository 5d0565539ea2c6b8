import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { OrderRequests } from "@/components/after-sales/order-requests";
import { FulfilmentBadge, PaymentBadge } from "@/components/orders/badges";
import { FulfilForm } from "@/components/orders/fulfil-form";
import { NoteForm } from "@/components/orders/note-form";
import { OrderSummary } from "@/components/orders/order-summary";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { RefundForm } from "@/components/orders/refund-form";
import { CancelOrderButton, MarkDeliveredButton } from "@/components/orders/status-actions";
import type { ShippingAddress } from "@/lib/checkout/address";
import { db } from "@/lib/db/client";
import { formatMoney } from "@/lib/money/format";
import { itemTitle, orderAfterSales } from "@/lib/orders/after-sales-requests";
import { orderDetail } from "@/lib/orders/merchant-orders";
import { shopDateTime } from "@/lib/shops/time-zones";
import { merchantPage, orNotFound } from "@/app/_entry/merchant";
import { addOrderNoteAction, cancelOrderAction, fulfilOrderAction, markDeliveredAction, refundOrderAction } from "../actions";

type Props = { params: Promise<{ shop: string; number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Order #${(await params).number}` };
}

const PAYMENT_STATUS: Record<string, string> = { PENDING: "pending", SUCCEEDED: "succeeded", FAILED: "failed", CANCELLED: "cancelled" };

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`; // one token: aria-labelledby reads spaces as a list of ids
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 p-4">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

// The order by its number within the shop (another shop's number is simply not found).
export default async function OrderPage({ params }: Props) {
  const { shop: slug, number: raw } = await params;
  const { shop } = await merchantPage(slug, "orders");
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const { order, timeline, left } = await orNotFound(orderDetail(db, shop.id, { number: Number(raw) }));
  const { requests } = await orderAfterSales(db, shop.id, order.id);
  const locale = shop.defaultLocale;
  const money = (amount: number) => formatMoney(amount, order.currency, locale);
  const dates = shopDateTime(shop);
  const a = order.shippingAddress as ShippingAddress;
  const country = new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(a.country) ?? a.country;
  const paid = order.payments.filter((p) => p.status === "SUCCEEDED").reduce((sum, p) => sum + p.amount, 0);
  const act = <A extends unknown[], R>(action: (slug: string, orderId: string, ...args: A) => R) => action.bind(null, shop.slug, order.id);

  const isPaid = order.status === "PAID";
  const canFulfil = isPaid && Object.values(left.toFulfil).some((n) => n > 0) && order.fulfillmentStatus !== "DELIVERED";
  const canRefund = isPaid && paid > 0 && left.amount > 0;
  const canCancel = (order.status === "PENDING" || isPaid) && order.fulfillmentStatus === "UNFULFILLED";

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/dashboard/${shop.slug}/orders`} className="text-sm text-teal-800 underline underline-offset-2">
          <span aria-hidden>←</span> Orders
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold tracking-tight">Order #{order.number}</h1>
          <PaymentBadge status={order.status} totalAmount={order.totalAmount} refundedAmount={order.refundedAmount} />
          <FulfilmentBadge status={order.fulfillmentStatus} />
        </div>
        <p className="mt-1 text-sm text-slate-600">
          Placed <time dateTime={order.createdAt.toISOString()}>{dates.format(order.createdAt)}</time>
        </p>
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section title="Items">
            <OrderSummary
              lines={order.lines.map((l) => ({
                id: l.id,
                title: itemTitle(l),
                sku: l.sku,
                quantity: l.quantity,
                fulfilled: l.fulfilledQuantity,
                refunded: l.refundedQuantity,
                price: money(l.unitPriceAmount),
                total: money(l.totalAmount),
              }))}
              totals={{
                subtotal: money(order.subtotalAmount),
                discount: order.discountAmount ? money(order.discountAmount) : null,
                shipping: `${money(order.shippingAmount)}${order.shippingRateName ? ` · ${order.shippingRateName}` : ""}`,
                tax: money(order.taxAmount),
                taxIncluded: order.pricesIncludeTax,
                total: money(order.totalAmount),
                paid: money(paid),
                refunded: order.refundedAmount ? money(order.refundedAmount) : null,
              }}
            />
          </Section>

          {requests.length > 0 && (
            <Section title="After-sales requests">
              <OrderRequests requests={requests} base={`/dashboard/${shop.slug}/after-sales`} dates={dates} />
            </Section>
          )}

          {order.fulfilments.length > 0 && (
            <Section title="Parcels">
              <ul className="space-y-3 text-sm">
                {order.fulfilments.map((f, i) => (
                  <li key={f.id}>
                    <p className="font-medium">
                      Parcel {i + 1} · <time dateTime={f.createdAt.toISOString()}>{dates.format(f.createdAt)}</time>
                    </p>
                    <p className="text-slate-700">
                      {f.lines
                        .map((fl) => `${fl.quantity} × ${itemTitle(order.lines.find((l) => l.id === fl.orderLineId) ?? { title: "Item", variantTitle: "" })}`)
                        .join(", ")}
                    </p>
                    <p className="text-slate-700">
                      {[f.carrier, f.trackingNumber && `Tracking ${f.trackingNumber}`].filter(Boolean).join(" · ") || "No tracking"}
                      {f.trackingUrl ? (
                        <>
                          {" · "}
                          <a href={f.trackingUrl} target="_blank" rel="noopener noreferrer" className="text-teal-800 underline underline-offset-2">
                            Track parcel<span className="sr-only"> (opens in a new tab)</span>
                          </a>
                        </>
                      ) : null}
                    </p>
                    <p className="text-xs text-slate-600">{f.mailSentAt ? "Shopper mailed" : "Shipment mail not sent"}</p>
                  </li>
                ))}
              </ul>
            </Section>
          )}

          {canFulfil && (
            <Section title="Fulfil">
              <FulfilForm action={act(fulfilOrderAction)} lines={order.lines.map((l) => ({ id: l.id, title: itemTitle(l), left: left.toFulfil[l.id] ?? 0 }))} />
            </Section>
          )}

          {canRefund && (
            <Section title="Refund">
              <RefundForm
                action={act(refundOrderAction)}
                lines={order.lines.map((l) => ({ id: l.id, title: itemTitle(l), left: left.toRefund[l.id] ?? 0 }))}
                left={money(left.amount)}
                shipping={left.shipping > 0 ? money(left.shipping) : null}
              />
            </Section>
          )}

          <Section title="Timeline">
            <OrderTimeline entries={timeline} dates={dates} money={money} />
            <div className="mt-4 border-t border-slate-200 pt-4">
              <NoteForm action={act(addOrderNoteAction)} />
            </div>
          </Section>
        </div>

        <div className="space-y-6">
          <Section title="Customer">
            <p className="text-sm">{a.name}</p>
            <p className="text-sm break-all">
              <a href={`mailto:${order.email}`} className="text-teal-800 underline underline-offset-2">
                {order.email}
              </a>
            </p>
            <h3 className="mt-3 text-sm font-semibold">Shipping address</h3>
            <address className="mt-1 text-sm leading-relaxed text-slate-800 not-italic">
              {[a.name, a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(" "), a.region, country, a.phone].filter(Boolean).map((part, i) => (
                <span key={i} className="block">
                  {part}
                </span>
              ))}
            </address>
          </Section>

          <Section title="Payment">
            {order.payments.length ? (
              <ul className="space-y-1 text-sm">
                {order.payments.map((p, i) => (
                  <li key={i}>
                    {money(p.amount)} · {p.provider === "stripe" ? "Stripe" : p.provider === "test" ? "Test payment" : p.provider} ·{" "}
                    {PAYMENT_STATUS[p.status] ?? p.status}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-700">{order.totalAmount === 0 ? "Free order: nothing to pay." : "No payment yet."}</p>
            )}
          </Section>

          {(canCancel || (isPaid && order.fulfillmentStatus === "FULFILLED")) && (
            <Section title="Status">
              <div className="space-y-3">
                {isPaid && order.fulfillmentStatus === "FULFILLED" && <MarkDeliveredButton action={act(markDeliveredAction)} />}
                {canCancel && <CancelOrderButton action={act(cancelOrderAction)} paid={isPaid && paid > 0} amount={money(left.amount)} />}
              </div>
            </Section>
          )}
        </div>
      </div>
    </div>
  );
}
