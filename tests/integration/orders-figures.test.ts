// The dashboard's figures against real orders: days in the shop's time zone, refunds by their
// own date, what is excluded (unpaid, cancelled, expired, other shops), week and month buckets,
// top products, low stock, orders to fulfil — and that each statement can use an index.
import { describe, expect, it } from "vitest";
import { startCheckout } from "@/lib/checkout/checkout";
import type { ShopActor } from "@/lib/core/actor";
import { db } from "@/lib/db/client";
import { cancelOrder } from "@/lib/orders/after-sale";
import { getDashboardFigures, lowStock, ordersToFulfil, salesOverTime, salesSummary, topProducts, type FigureShop } from "@/lib/orders/figures";
import type { FigureRange } from "@/lib/orders/figure-ranges";
import { refundOrder } from "@/lib/orders/refunds";
import { abandonCheckout, completePayment, expireReservations } from "@/lib/orders/status";
import { testProvider } from "@/lib/payments/test-provider";
import { cartWith, checkoutInput, makeMember, makeOpenShop, makeProduct, makeShippingRate } from "@/tests/support/shop-fixtures";
import { Prisma } from "@/lib/generated/prisma/client";
import { emptyFormState } from "@/lib/core/form-state";
import { session } from "@/tests/support/session";

const settings = await import("@/app/(merchant)/dashboard/[shop]/settings/actions");

async function shopIn(timeZone: string) {
  const shop = await makeOpenShop({ timeZone, currency: "EUR" });
  const rate = await makeShippingRate(shop.id, { amount: 0 });
  const owner = await makeMember(shop.id);
  const actor: ShopActor = { shopId: shop.id, userId: owner.id, role: "OWNER" };
  const figureShop: FigureShop = { id: shop.id, timeZone, currency: "EUR" };
  return { shop, rate, actor, figureShop };
}

type Shop = Awaited<ReturnType<typeof shopIn>>;

/** An order of these lines, through checkout; paid at `paidAt` unless `pay` is false. */
async function order(s: Shop, lines: { variantId: string; quantity: number }[], paidAt?: Date) {
  const started = await startCheckout(db, checkoutInput(s.shop.id, await cartWith(s.shop.id, lines), s.rate.id), { provider: testProvider });
  if (paidAt) await completePayment(db, { provider: "test", providerPaymentId: started.providerPaymentId, now: paidAt });
  return started;
}

const figures = (s: Shop, range: FigureRange) =>
  db.$transaction(async (tx) => ({
    series: await salesOverTime(tx, s.figureShop, range),
    summary: await salesSummary(tx, s.figureShop, range),
  }));

describe("dashboard figures", () => {
  it("counts an order paid at 23:30 UTC on the next day in Shanghai and the same day in UTC", async () => {
    const paidAt = new Date("2026-11-10T23:30:00Z");
    const range: FigureRange = { by: "day", from: "2026-11-10", to: "2026-11-11" };
    for (const [zone, day] of [
      ["UTC", "2026-11-10"],
      ["Asia/Shanghai", "2026-11-11"],
      ["America/New_York", "2026-11-10"],
    ] as const) {
      const s = await shopIn(zone);
      const { variant } = await makeProduct(s.shop.id, { variants: [{ priceAmount: 1500 }] });
      await order(s, [{ variantId: variant.id, quantity: 2 }], paidAt);
      const { series, summary } = await figures(s, range);
      expect(series, zone).toEqual([
        { bucket: "2026-11-10", orders: day === "2026-11-10" ? 1 : 0, revenue: day === "2026-11-10" ? 3000 : 0 },
        { bucket: "2026-11-11", orders: day === "2026-11-11" ? 1 : 0, revenue: day === "2026-11-11" ? 3000 : 0 },
      ]);
      expect(summary).toMatchObject({ orders: 1, gross: 3000 });
      // The range's own ends are local too: Shanghai's 10 November ends at 16:00 UTC.
      const tenth = await figures(s, { by: "day", from: "2026-11-10", to: "2026-11-10" });
      expect(tenth.summary.orders, zone).toBe(day === "2026-11-10" ? 1 : 0);
    }
  });

  it("takes refunds by their own date off net, and leaves out unpaid, cancelled, expired and other shops' orders", async () => {
    const s = await shopIn("Europe/Paris");
    const other = await shopIn("Europe/Paris");
    const { variant } = await makeProduct(s.shop.id, { variants: [{ priceAmount: 1000, stock: 50 }] });
    const { variant: theirs } = await makeProduct(other.shop.id, { variants: [{ priceAmount: 9900, stock: 50 }] });
    const day = (d: number) => new Date(Date.UTC(2026, 10, d, 12));

    const kept = await order(s, [{ variantId: variant.id, quantity: 3 }], day(2)); // 30.00
    await order(s, [{ variantId: variant.id, quantity: 1 }], day(3)); // 10.00
    const cancelled = await order(s, [{ variantId: variant.id, quantity: 5 }], day(3)); // paid, then cancelled by the merchant
    await cancelOrder(db, s.actor, cancelled.orderId, { provider: testProvider });
    const abandoned = await order(s, [{ variantId: variant.id, quantity: 4 }]);
    await abandonCheckout(db, { provider: "test", providerPaymentId: abandoned.providerPaymentId });
    await order(s, [{ variantId: variant.id, quantity: 6 }]); // still pending
    const late = await order(s, [{ variantId: variant.id, quantity: 7 }]);
    await db.order.update({ where: { id: late.orderId }, data: { reservationExpiresAt: day(1) } });
    await expireReservations(db, day(4), { shopId: s.shop.id });
    await order(other, [{ variantId: theirs.id, quantity: 1 }], day(2));

    // 10.00 refunded on the 20th, after the range below: it counts on its own day.
    const line = await db.orderLine.findFirstOrThrow({ where: { orderId: kept.orderId } });
    const refund = await refundOrder(db, s.actor, kept.orderId, { lines: [{ orderLineId: line.id, quantity: 1 }] }, { provider: testProvider });
    await db.refund.update({ where: { id: refund.refundId }, data: { createdAt: day(20) } });

    const early = await figures(s, { by: "day", from: "2026-11-01", to: "2026-11-10" });
    expect(early.summary).toEqual({ orders: 2, gross: 4000, refunds: 0, net: 4000, averageOrder: 2000 });
    expect(early.series.filter((b) => b.orders)).toEqual([
      { bucket: "2026-11-02", orders: 1, revenue: 3000 },
      { bucket: "2026-11-03", orders: 1, revenue: 1000 },
    ]);
    const month = await figures(s, { by: "month", from: "2026-11-01", to: "2026-11-30" });
    expect(month.summary).toEqual({ orders: 2, gross: 4000, refunds: 1000, net: 3000, averageOrder: 2000 });
    expect(month.series).toEqual([{ bucket: "2026-11-01", orders: 2, revenue: 4000 }]);
    const later = await figures(s, { by: "day", from: "2026-11-20", to: "2026-11-20" });
    expect(later.summary).toEqual({ orders: 0, gross: 0, refunds: 1000, net: -1000, averageOrder: null });
  });

  it("groups by ISO week and by month, with empty buckets as zero", async () => {
    const s = await shopIn("UTC");
    const { variant } = await makeProduct(s.shop.id, { variants: [{ priceAmount: 500, stock: 50 }] });
    await order(s, [{ variantId: variant.id, quantity: 1 }], new Date("2026-11-29T10:00:00Z")); // Sunday: week of 23 Nov
    await order(s, [{ variantId: variant.id, quantity: 2 }], new Date("2026-11-30T10:00:00Z")); // Monday: week of 30 Nov
    await order(s, [{ variantId: variant.id, quantity: 1 }], new Date("2026-12-02T10:00:00Z"));
    const weeks = await figures(s, { by: "week", from: "2026-11-16", to: "2026-12-06" });
    expect(weeks.series).toEqual([
      { bucket: "2026-11-16", orders: 0, revenue: 0 },
      { bucket: "2026-11-23", orders: 1, revenue: 500 },
      { bucket: "2026-11-30", orders: 2, revenue: 1500 },
    ]);
    const months = await figures(s, { by: "month", from: "2026-10-01", to: "2026-12-31" });
    expect(months.series).toEqual([
      { bucket: "2026-10-01", orders: 0, revenue: 0 },
      { bucket: "2026-11-01", orders: 2, revenue: 1500 },
      { bucket: "2026-12-01", orders: 1, revenue: 500 },
    ]);
    expect(months.summary.averageOrder).toBe(667); // 2000 / 3, half-up
  });

  it("ranks top products by units and by revenue, lists low stock and counts orders to fulfil", async () => {
    const s = await shopIn("UTC");
    const cheap = await makeProduct(s.shop.id, { title: "Sticker", variants: [{ priceAmount: 100, stock: 100 }] });
    const dear = await makeProduct(s.shop.id, {
      title: "Jacket",
      variants: [
        { priceAmount: 9000, stock: 4, title: "M" },
        { priceAmount: 9000, stock: 30, title: "L" },
      ],
    });
    const untracked = await makeProduct(s.shop.id, { title: "Download", variants: [{ priceAmount: 300, stock: 0, trackStock: false }] });
    await makeProduct(s.shop.id, { title: "Old", status: "ARCHIVED", variants: [{ stock: 0 }] });
    const when = new Date("2026-11-05T12:00:00Z");
    const first = await order(
      s,
      [
        { variantId: cheap.variant.id, quantity: 10 },
        { variantId: dear.variants[0].id, quantity: 1 },
      ],
      when,
    );
    await order(
      s,
      [
        { variantId: dear.variants[1].id, quantity: 1 },
        { variantId: untracked.variant.id, quantity: 2 },
      ],
      when,
    );
    await order(s, [{ variantId: dear.variants[0].id, quantity: 1 }]); // pending: holds one more "M"
    const range: FigureRange = { by: "day", from: "2026-11-01", to: "2026-11-30" };

    await db.$transaction(async (tx) => {
      expect(await topProducts(tx, s.figureShop, range, "units")).toEqual([
        { productId: cheap.product.id, title: "Sticker", units: 10, revenue: 1000 },
        { productId: dear.product.id, title: "Jacket", units: 2, revenue: 18000 },
        { productId: untracked.product.id, title: "Download", units: 2, revenue: 600 },
      ]);
      expect((await topProducts(tx, s.figureShop, range, "revenue")).map((p) => p.title)).toEqual(["Jacket", "Sticker", "Download"]);
      // "M": 4 − 1 sold − 1 held = 2 available, under the default threshold of 5; untracked and archived never listed.
      expect(await lowStock(tx, s.shop.id)).toEqual([
        { productId: dear.product.id, variantId: dear.variants[0].id, title: "Jacket", variantTitle: "M", sku: null, available: 2, threshold: 5 },
      ]);
      expect(await ordersToFulfil(tx, s.shop.id)).toBe(2);
    });

    await db.order.update({ where: { id: first.orderId }, data: { fulfillmentStatus: "PARTIAL" } });
    expect(await db.$transaction((tx) => ordersToFulfil(tx, s.shop.id))).toBe(2);
    await db.order.update({ where: { id: first.orderId }, data: { fulfillmentStatus: "FULFILLED" } });
    const all = await getDashboardFigures(db, s.figureShop, range);
    expect(all).toMatchObject({ currency: "EUR", toFulfil: 1, summary: { orders: 2, gross: 19600 } });
    expect(all.series).toHaveLength(30);
  });

  it("a new shop has zeros everywhere", async () => {
    const s = await shopIn("UTC");
    const all = await getDashboardFigures(db, s.figureShop, { by: "week", from: "2026-11-02", to: "2026-11-29" });
    expect(all.summary).toEqual({ orders: 0, gross: 0, refunds: 0, net: 0, averageOrder: null });
    expect(all.series.map((b) => b.orders)).toEqual([0, 0, 0, 0]);
    expect([all.topByUnits, all.topByRevenue, all.lowStock, all.toFulfil]).toEqual([[], [], [], 0]);
  });

  it("each figure's statement uses an index on a shop among 30,000 orders (EXPLAIN)", async () => {
    const s = await shopIn("Asia/Shanghai");
    const big = await shopIn("UTC");
    const { product, variant } = await makeProduct(s.shop.id);
    // 25,000 orders of another shop and 5,000 of this one over two years (most paid and sent), a line each, a few refunds.
    for (const [shopId, count] of [
      [big.shop.id, 25_000],
      [s.shop.id, 5_000],
    ] as const) {
      await db.$executeRaw`
        INSERT INTO "Order" (id, "shopId", number, email, status, "fulfillmentStatus", currency, "subtotalAmount", "totalAmount", "shippingAddress", "paidAt", "createdAt", "updatedAt")
        SELECT ${shopId} || '-' || i, ${shopId}, i, 'a@example.com',
          (CASE WHEN i % 10 = 0 THEN 'CANCELLED' WHEN i % 10 = 1 THEN 'PENDING' ELSE 'PAID' END)::"OrderStatus",
          (CASE WHEN i % 50 = 0 THEN 'UNFULFILLED' ELSE 'FULFILLED' END)::"FulfillmentStatus", 'EUR', 1000, 1000, '{}'::jsonb,
          CASE WHEN i % 10 > 1 THEN timestamp '2025-01-01' + i * (interval '2 years' / ${count}) END,
          timestamp '2025-01-01' + i * (interval '2 years' / ${count}), now()
        FROM generate_series(1, ${count}) i`;
      await db.$executeRaw`
        INSERT INTO "OrderLine" (id, "shopId", "orderId", "productId", "variantId", title, "variantTitle", "unitPriceAmount", quantity, "totalAmount")
        SELECT o.id || '-l', o."shopId", o.id, ${product.id}, ${variant.id}, 'Tee', 'Default', 1000, 1, 1000 FROM "Order" o WHERE o."shopId" = ${shopId}`;
      await db.$executeRaw`
        INSERT INTO "Refund" (id, "shopId", "orderId", amount, currency, lines, "createdAt")
        SELECT o.id || '-r', o."shopId", o.id, 100, 'EUR', '[]'::jsonb, o."paidAt" + interval '3 days' FROM "Order" o
        WHERE o."shopId" = ${shopId} AND o.status = 'PAID' AND o.number % 20 = 2`;
    }
    await db.$executeRawUnsafe(`ANALYZE "Order", "OrderLine", "Refund", "Variant", "Product"`);
    const range: FigureRange = { by: "day", from: "2026-11-01", to: "2026-11-30" };
    const plans = await db.$transaction(async (tx) => {
      const explain = async (run: (t: typeof tx) => Promise<unknown>) => {
        const captured: string[] = [];
        const spy = new Proxy(tx, {
          get(target, prop, receiver) {
            if (prop !== "$queryRaw") return Reflect.get(target, prop, receiver);
            return async (strings: TemplateStringsArray, ...values: unknown[]) => {
              const query = Prisma.sql(strings, ...values);
              const rows = await target.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${query.text}`, ...query.values);
              captured.push(rows.map((r) => r["QUERY PLAN"]).join("\n"));
              return [{ orders: 0, gross: 0n, refunds: 0n, count: 0 }];
            };
          },
        });
        await run(spy);
        return captured.join("\n");
      };
      return {
        series: await explain((t) => salesOverTime(t, s.figureShop, range)),
        summary: await explain((t) => salesSummary(t, s.figureShop, range)),
        top: await explain((t) => topProducts(t, s.figureShop, range, "units")),
        low: await explain((t) => lowStock(t, s.shop.id)),
        toFulfil: await explain((t) => ordersToFulfil(t, s.shop.id)),
      };
    });
    if (process.env.SHOW_PLANS)
      console.info(
        Object.entries(plans)
          .map(([k, v]) => `--- ${k}\n${v}`)
          .join("\n"),
      );
    for (const [name, plan] of Object.entries(plans)) expect(plan, name).not.toMatch(/Seq Scan on "(Order|OrderLine|Refund)"/);
    expect(plans.series).toMatch(/Order_shopId_status_paidAt_idx/);
    expect(plans.summary).toMatch(/Order_shopId_status_paidAt_idx/);
    expect(plans.summary).toMatch(/Refund_shopId_createdAt_idx/);
    expect(plans.top).toMatch(/Order_shopId_status_paidAt_idx/);
    expect(plans.toFulfil).toMatch(/Order_shopId_status_fulfillmentStatus_idx/);
  });

  it("the owner sets the shop's time zone in Settings; a zone outside the list is refused and changes nothing", async () => {
    const s = await shopIn("UTC");
    const owner = await db.user.findUniqueOrThrow({ where: { id: s.actor.userId }, select: { id: true, name: true, email: true, role: true } });
    const staff = await makeMember(s.shop.id, "STAFF");
    const form = (timeZone: string) => {
      const data = new FormData();
      for (const [k, v] of Object.entries({
        name: "Tea",
        contactEmail: "tea@example.com",
        themeColor: "#0f766e",
        defaultLocale: "en",
        currency: "EUR",
        taxRatePercent: "0",
        timeZone,
      }))
        data.set(k, v);
      return data;
    };
    const zone = async () => (await db.shop.findUniqueOrThrow({ where: { id: s.shop.id }, select: { timeZone: true } })).timeZone;
    session.user = owner;
    expect(await settings.updateSettingsAction(s.shop.slug, emptyFormState, form("Asia/Shanghai"))).toMatchObject({ saved: "Settings saved." });
    expect(await zone()).toBe("Asia/Shanghai");
    for (const bad of ["Mars/Olympus_Mons", 'UTC\'; DROP TABLE "Order"; --', ""]) {
      expect(await settings.updateSettingsAction(s.shop.slug, emptyFormState, form(bad))).toMatchObject({ fields: { timeZone: expect.any(String) } });
    }
    expect(await zone()).toBe("Asia/Shanghai");
    session.user = staff; // settings are the owner's
    const refused = await settings.updateSettingsAction(s.shop.slug, emptyFormState, form("Europe/Paris")).catch((e: unknown) => e);
    expect(refused).not.toMatchObject({ saved: expect.anything() });
    expect(await zone()).toBe("Asia/Shanghai");
  });
});
