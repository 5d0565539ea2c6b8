// The order confirmation mail: order number, lines, totals and the signed status link, in the
// shop's language. Sent by afterSettlement (lib/orders/settled.ts) when a payment newly
// completes, which happens once per order (completePayment's "paid" / "paid_late").
import "server-only";
import { transaction, type Db } from "@/lib/checkout/db";
import { closestLocale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";
import { sendMail } from "@/lib/mail/send";
import { formatMoney } from "@/lib/money/format";
import { orderStatusUrl } from "./link";
import { getShopperOrder } from "./orders";

export async function sendOrderConfirmation(db: Db, orderId: string) {
  const [found, order] = await transaction(db, async (tx) => {
    const row = await tx.order.findUnique({ where: { id: orderId }, select: { shopId: true, shop: { select: { slug: true, name: true, defaultLocale: true } } } });
    return [row, row && (await getShopperOrder(tx, row.shopId, orderId))] as const;
  });
  if (!found || !order) return;
  const { shop } = found;
  const locale = closestLocale(shop.defaultLocale);
  const t = getTranslator(locale);
  const money = (amount: number) => formatMoney(amount, order.currency, locale);
  const url = orderStatusUrl(shop.slug, order.id);

  const lines = order.lines.map((l) => {
    const name = l.variantTitle && l.variantTitle !== "Default" ? `${l.title} (${l.variantTitle})` : l.title;
    return `${l.quantity} × ${name}: ${money(l.unitPriceAmount * l.quantity)}`;
  });
  const totals = [
    `${t("orders.subtotal")}: ${money(order.subtotalAmount)}`,
    ...(order.discountAmount ? [`${t("orders.discount")}${order.discountCodes.length ? ` (${order.discountCodes.join(", ")})` : ""}: −${money(order.discountAmount)}`] : []),
    `${t("orders.shipping")}${order.shippingRateName ? ` · ${order.shippingRateName}` : ""}: ${order.shippingAmount ? money(order.shippingAmount) : t("orders.free")}`,
    order.pricesIncludeTax ? t("orders.taxIncluded", { amount: money(order.taxAmount) }) : `${t("orders.tax")}: ${money(order.taxAmount)}`,
    `${t("orders.total")}: ${money(order.totalAmount)}`,
  ];
  const text = [
    t("mail.thanks", { shop: shop.name }),
    "",
    t("orders.number", { number: order.number }),
    "",
    ...lines,
    "",
    ...totals,
    "",
    t("mail.statusLink"),
    url,
    "",
    t("mail.keepLink"),
  ].join("\n");
  await sendMail({ to: order.email, subject: t("mail.subject", { number: order.number, shop: shop.name }), text });
}
