// The order confirmation mail: order number, lines, totals and the signed status link, in the
// shop's language. At least once: the payment's transaction queues a job (lib/jobs, queue
// order-confirmation) that sends it and marks the order mailed; pg-boss retries a failed send
// with a growing pause (queues.ts) and shows the last failure to admins. A server dying between
// sending and marking sends that mail again later (never lost; rarely twice).
import "server-only";
import type { Db } from "@/lib/core/db";
import { closestLocale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";
import { sendMail, type Mail } from "@/lib/mail/send";
import { formatMoney } from "@/lib/money/format";
import { orderStatusUrl } from "./link";

type Send = (mail: Mail) => Promise<void>;

type Unsent = {
  id: string;
  number: number;
  email: string;
  currency: string;
  subtotalAmount: number;
  discountAmount: number;
  shippingAmount: number;
  taxAmount: number;
  totalAmount: number;
  pricesIncludeTax: boolean;
  shippingRateName: string | null;
  discountCodes: string[];
  shopSlug: string;
  shopName: string;
  shopLocale: string;
  lines: { title: string; variantTitle: string; quantity: number; unitPriceAmount: number }[];
};

/**
 * The paid order and what its mail needs, in one statement; null when it isn't paid or was mailed
 * already. Single statements, outside a transaction: the job runs alone, not among the checkout's
 * concurrent transactions (and the embedded database's pool is one connection).
 */
async function unsentOrder(db: Db, orderId: string) {
  const rows = await db.$queryRaw<Unsent[]>`
    SELECT o.id, o.number, o.email, o.currency, o."subtotalAmount", o."discountAmount", o."shippingAmount", o."taxAmount", o."totalAmount",
      o."pricesIncludeTax", o."shippingRateName", o."discountCodes", s.slug AS "shopSlug", s.name AS "shopName", s."defaultLocale" AS "shopLocale",
      COALESCE((SELECT json_agg(json_build_object('title', l.title, 'variantTitle', l."variantTitle", 'quantity', l.quantity,
        'unitPriceAmount', l."unitPriceAmount") ORDER BY l.id)
        FROM "OrderLine" l WHERE l."orderId" = o.id AND l."shopId" = o."shopId"), '[]'::json) AS lines
    FROM "Order" o JOIN "Shop" s ON s.id = o."shopId"
    WHERE o.id = ${orderId} AND o.status = 'PAID' AND o."confirmationSentAt" IS NULL`;
  return rows[0] ?? null;
}

/**
 * The job's work: sends the order's confirmation unless it went out already ("not_due": not
 * paid, or mailed). A failed send throws, so the queue tries again later.
 */
export async function sendOrderConfirmation(db: Db, orderId: string, options: { send?: Send } = {}): Promise<"sent" | "not_due"> {
  const order = await unsentOrder(db, orderId);
  if (!order) return "not_due";
  await (options.send ?? sendMail)(confirmationMail(order));
  await db.$executeRaw`UPDATE "Order" SET "confirmationSentAt" = now() WHERE id = ${orderId} AND "confirmationSentAt" IS NULL`;
  return "sent";
}

function confirmationMail(order: Unsent): Mail {
  const shop = { slug: order.shopSlug, name: order.shopName };
  const locale = closestLocale(order.shopLocale);
  const t = getTranslator(locale);
  const money = (amount: number) => formatMoney(amount, order.currency, locale);
  const url = orderStatusUrl(shop.slug, order.id);

  const lines = order.lines.map((l) => {
    const name = l.variantTitle && l.variantTitle !== "Default" ? `${l.title} (${l.variantTitle})` : l.title;
    return `${l.quantity} × ${name}: ${money(l.unitPriceAmount * l.quantity)}`;
  });
  const totals = [
    `${t("orders.subtotal")}: ${money(order.subtotalAmount)}`,
    ...(order.discountAmount
      ? [`${t("orders.discount")}${order.discountCodes.length ? ` (${order.discountCodes.join(", ")})` : ""}: −${money(order.discountAmount)}`]
      : []),
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
  return { to: order.email, subject: t("mail.subject", { number: order.number, shop: shop.name }), text };
}
