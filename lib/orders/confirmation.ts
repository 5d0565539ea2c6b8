// The order confirmation mail: order number, lines, totals and the signed status link, in the
// shop's language. At least once, never twice at the same time: each attempt first claims the
// order (one conditional UPDATE), then sends, then marks it sent. afterSettlement tries right
// after payment; the scheduled job (lib/orders/scheduled.ts) retries a paid order whose mail
// isn't marked sent, after a pause that doubles with each attempt, a few times, for a few days.
// A process that dies between sending and marking sends that mail again later (never lost).
import "server-only";
import { transaction, type Db } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { closestLocale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";
import { sendMail, type Mail } from "@/lib/mail/send";
import { formatMoney } from "@/lib/money/format";
import { orderStatusUrl } from "./link";

export const CONFIRMATION_RETRY = {
  maxAttempts: 8,
  /** After attempt n the next waits firstPause × 2^(n-1): 10, 20, 40… minutes (≈ 21 h in all). Also how long an attempt holds its claim. */
  firstPauseMinutes: 10,
  /** Orders paid longer ago than this are no longer mailed. */
  maxAgeHours: 72,
};

type Send = (mail: Mail) => Promise<void>;
export type ConfirmationOptions = { now?: Date; send?: Send };
export type ConfirmationResult = "sent" | "failed" | "not_due";

/** Minutes an order waits after its `attempts`-th attempt before the next. */
export function retryPauseMinutes(attempts: number) {
  return CONFIRMATION_RETRY.firstPauseMinutes * 2 ** Math.min(Math.max(attempts - 1, 0), 10);
}

/** A paid order whose mail is unsent, with attempts left and its pause over at `at`. */
const due = (at: string) => Prisma.sql`status = 'PAID' AND "confirmationSentAt" IS NULL AND "confirmationAttempts" < ${CONFIRMATION_RETRY.maxAttempts}::int
  AND ("confirmationAttemptedAt" IS NULL OR "confirmationAttemptedAt" <= ${at}::timestamptz
    - make_interval(mins => ${CONFIRMATION_RETRY.firstPauseMinutes}::int * (1 << LEAST(GREATEST("confirmationAttempts" - 1, 0), 10))))`;

type Claimed = {
  attempts: number;
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
 * Takes this attempt and reads what the mail needs, in one statement: null when the order isn't
 * due (not paid, mailed, out of attempts, or another attempt is recent). In a transaction, as
 * every read on the payment paths (see lib/core/db.ts).
 */
async function claim(db: Db, orderId: string, now: Date) {
  const at = now.toISOString();
  const rows = await transaction(
    db,
    (tx) => tx.$queryRaw<Claimed[]>`
    WITH claimed AS (
      UPDATE "Order" SET "confirmationAttempts" = "confirmationAttempts" + 1, "confirmationAttemptedAt" = ${at}::timestamptz
      WHERE id = ${orderId} AND ${due(at)}
      RETURNING id, "shopId", "confirmationAttempts", number, email, currency, "subtotalAmount", "discountAmount", "shippingAmount",
        "taxAmount", "totalAmount", "pricesIncludeTax", "shippingRateName", "discountCodes")
    SELECT c."confirmationAttempts" AS attempts, c.id, c.number, c.email, c.currency, c."subtotalAmount", c."discountAmount",
      c."shippingAmount", c."taxAmount", c."totalAmount", c."pricesIncludeTax", c."shippingRateName", c."discountCodes",
      s.slug AS "shopSlug", s.name AS "shopName", s."defaultLocale" AS "shopLocale",
      COALESCE((SELECT json_agg(json_build_object('title', l.title, 'variantTitle', l."variantTitle", 'quantity', l.quantity,
        'unitPriceAmount', l."unitPriceAmount") ORDER BY l.id)
        FROM "OrderLine" l WHERE l."orderId" = c.id AND l."shopId" = c."shopId"), '[]'::json) AS lines
    FROM claimed c JOIN "Shop" s ON s.id = c."shopId"`,
  );
  return rows[0] ?? null;
}

/** Sends the order's confirmation unless it went out already or another attempt is under way. */
export async function sendOrderConfirmation(db: Db, orderId: string, options: ConfirmationOptions = {}): Promise<ConfirmationResult> {
  const now = options.now ?? new Date();
  const claimed = await claim(db, orderId, now);
  if (!claimed) return "not_due";
  try {
    await (options.send ?? sendMail)(confirmationMail(claimed));
  } catch (error) {
    const last = claimed.attempts >= CONFIRMATION_RETRY.maxAttempts;
    console.error(
      `Order ${orderId}: confirmation mail attempt ${claimed.attempts} failed${last ? ", giving up" : `, retrying in ${retryPauseMinutes(claimed.attempts)} min`}`,
      error,
    );
    return "failed";
  }
  await transaction(db, (tx) => tx.$executeRaw`UPDATE "Order" SET "confirmationSentAt" = now() WHERE id = ${orderId} AND "confirmationSentAt" IS NULL`);
  return "sent";
}

/** Retries every paid order whose mail is unsent and whose pause is over, oldest first. */
export async function sendDueConfirmations(db: Db, options: ConfirmationOptions & { batchSize?: number } = {}) {
  const now = options.now ?? new Date();
  const at = now.toISOString();
  const oldest = new Date(now.getTime() - CONFIRMATION_RETRY.maxAgeHours * 3_600_000).toISOString();
  // paidAt is a timestamp in UTC (Prisma's DateTime): compared as such.
  const orders = await transaction(
    db,
    (tx) => tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Order" WHERE "confirmationSentAt" IS NULL AND "paidAt" >= (${oldest}::timestamptz AT TIME ZONE 'UTC') AND ${due(at)}
    ORDER BY "paidAt" LIMIT ${options.batchSize ?? 50}::int`,
  );
  const counts = { sent: 0, failed: 0 };
  for (const order of orders) {
    const result = await sendOrderConfirmation(db, order.id, options);
    if (result !== "not_due") counts[result]++;
  }
  return counts;
}

function confirmationMail(order: Claimed): Mail {
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
