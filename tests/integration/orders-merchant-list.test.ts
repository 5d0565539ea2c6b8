// The merchant's order list (search, filters, keyset pages, CSV) and order page (timeline),
// each scoped to the shop: another shop's orders are never listed nor shown.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/db/client";
import { addOrderNote, fulfilOrder } from "@/lib/orders/after-sale";
import { ordersToFulfil } from "@/lib/orders/figures";
import { listOrders, orderDetail, ordersCsv } from "@/lib/orders/merchant-orders";
import { refundOrder } from "@/lib/orders/refunds";
import { makeMember, makeOpenShop } from "@/tests/support/shop-fixtures";

async function shopWithOrders() {
  const shop = await makeOpenShop();
  const owner = await makeMember(shop.id);
  const make = (n: number, data: { email: string; name: string; status?: "PENDING" | "PAID" | "CANCELLED"; at: string; total?: number }) =>
    db.order.create({
      data: {
        shopId: shop.id,
        number: n,
        email: data.email,
        status: data.status ?? "PAID",
        currency: "EUR",
        subtotalAmount: data.total ?? 1000,
        totalAmount: data.total ?? 1000,
        shippingAddress: { name: data.name, line1: "1 Rue", city: "Paris", postalCode: "75001", country: "FR" },
        createdAt: new Date(data.at),
        lines: {
          create: [
            { shopId: shop.id, title: "Tee", variantTitle: "Default", unitPriceAmount: data.total ?? 1000, quantity: 1, totalAmount: data.total ?? 1000 },
          ],
        },
      },
    });
  const orders = [
    await make(1001, { email: "ada@example.com", name: "Ada Lovelace", at: "2026-11-01T10:00:00Z" }),
    await make(1002, { email: "grace@example.com", name: "Grace Hopper", at: "2026-11-02T10:00:00Z", status: "PENDING" }),
    await make(1003, { email: "alan@example.com", name: "Alan Turing", at: "2026-11-03T10:00:00Z", status: "CANCELLED" }),
    await make(1004, { email: "ada.l@example.org", name: "Ada Byron", at: "2026-11-04T10:00:00Z" }),
  ];
  return { shop, owner, actor: { shopId: shop.id, userId: owner.id, role: "OWNER" as const }, orders };
}

const numbers = (r: { orders: { number: number }[] }) => r.orders.map((o) => o.number);

describe("merchant order list", () => {
  it("searches by number, email and name; filters by payment, fulfilment and dates", async () => {
    const { shop, orders } = await shopWithOrders();
    expect(numbers(await listOrders(db, shop.id, {}))).toEqual([1004, 1003, 1002, 1001]);
    expect(numbers(await listOrders(db, shop.id, { q: "#1002" }))).toEqual([1002]);
    expect(numbers(await listOrders(db, shop.id, { q: "ada" }))).toEqual([1004, 1001]);
    expect(numbers(await listOrders(db, shop.id, { q: "hopper" }))).toEqual([1002]);
    expect(numbers(await listOrders(db, shop.id, { q: "100%" }))).toEqual([]); // a wildcard is a character
    expect(numbers(await listOrders(db, shop.id, { payment: "pending" }))).toEqual([1002]);
    expect(numbers(await listOrders(db, shop.id, { payment: "cancelled" }))).toEqual([1003]);
    expect(numbers(await listOrders(db, shop.id, { from: "2026-11-02", to: "2026-11-03" }))).toEqual([1003, 1002]);
    await db.order.update({ where: { id: orders[3].id }, data: { fulfillmentStatus: "PARTIAL", refundedAmount: 400 } });
    await db.order.update({ where: { id: orders[0].id }, data: { refundedAmount: 1000 } });
    expect(numbers(await listOrders(db, shop.id, { fulfilment: "partial" }))).toEqual([1004]);
    expect(numbers(await listOrders(db, shop.id, { payment: "partially_refunded" }))).toEqual([1004]);
    expect(numbers(await listOrders(db, shop.id, { payment: "refunded" }))).toEqual([1001]);
    expect(numbers(await listOrders(db, shop.id, { payment: "paid" }))).toEqual([]);
    // Nonsense in the address bar is ignored, not a 500.
    expect(numbers(await listOrders(db, shop.id, { payment: "nope" as never, from: "yesterday", after: "garbage" }))).toEqual([1004, 1003, 1002, 1001]);
  });

  it("'to fulfil' lists exactly the orders the dashboard counts as waiting: paid, partly sent included, nothing left to send excluded", async () => {
    const { shop, orders } = await shopWithOrders();
    const line = (i: number) => db.orderLine.findFirstOrThrow({ where: { orderId: orders[i].id } });
    // 1001 paid, unsent; 1004 paid, partly sent and partly refunded (still a unit to send).
    await db.order.update({ where: { id: orders[3].id }, data: { fulfillmentStatus: "PARTIAL", refundedAmount: 400 } });
    await db.orderLine.update({ where: { id: (await line(3)).id }, data: { quantity: 3, fulfilledQuantity: 1, refundedQuantity: 1 } });
    const waiting = async () => ({
      listed: numbers(await listOrders(db, shop.id, { fulfilment: "to_fulfil" })),
      counted: await db.$transaction((tx) => ordersToFulfil(tx, shop.id)),
    });
    expect(await waiting()).toEqual({ listed: [1004, 1001], counted: 2 });
    // 1001 refunded in full before anything was sent: nothing left to send, in neither.
    await db.orderLine.update({ where: { id: (await line(0)).id }, data: { refundedQuantity: 1 } });
    await db.order.update({ where: { id: orders[0].id }, data: { refundedAmount: 1000 } });
    expect(await waiting()).toEqual({ listed: [1004], counted: 1 });
  });

  it("reads the date filter's days in the shop's time zone, as the list shows its dates", async () => {
    const { shop } = await shopWithOrders(); // 1001 at 2026-11-01 10:00 UTC … 1004 at 2026-11-04 10:00 UTC
    await db.shop.update({ where: { id: shop.id }, data: { timeZone: "Pacific/Kiritimati" } }); // UTC+14: 10:00 UTC is 00:00 the next day
    expect(numbers(await listOrders(db, shop.id, { from: "2026-11-02", to: "2026-11-02" }))).toEqual([1001]);
    expect(numbers(await listOrders(db, shop.id, { from: "2026-11-04" }))).toEqual([1004, 1003]);
    await db.shop.update({ where: { id: shop.id }, data: { timeZone: "America/Los_Angeles" } }); // UTC−8: still the same day
    expect(numbers(await listOrders(db, shop.id, { from: "2026-11-02", to: "2026-11-02" }))).toEqual([1002]);
  });

  it("pages by keyset without gaps or repeats", async () => {
    const { shop } = await shopWithOrders();
    const seen: number[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await listOrders(db, shop.id, { after }, 3);
      seen.push(...numbers(page));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toEqual([1004, 1003, 1002, 1001]);
  });

  it("pages back with the previous link: the same pages, newest first on each", async () => {
    const { shop } = await shopWithOrders();
    const first = await listOrders(db, shop.id, {}, 2);
    expect(first.prev).toBeNull();
    const second = await listOrders(db, shop.id, { after: first.next! }, 2);
    expect([numbers(second), second.next]).toEqual([[1002, 1001], null]);
    const back = await listOrders(db, shop.id, { before: second.prev! }, 2);
    expect([numbers(back), back.prev, back.next]).toEqual([[1004, 1003], null, first.next]);
    const middle = await listOrders(db, shop.id, { before: (await listOrders(db, shop.id, { after: back.next! }, 1)).prev! }, 1);
    expect([numbers(middle), Boolean(middle.prev)]).toEqual([[1003], true]);
  });

  it("exports the filtered list as CSV", async () => {
    const { shop } = await shopWithOrders();
    const csv = await ordersCsv(db, shop.id, { q: "ada" });
    expect(csv.trim().split("\n")).toEqual([
      "number,created_at,email,name,payment,fulfilment,currency,total,refunded",
      "1004,2026-11-04T10:00:00.000Z,ada.l@example.org,Ada Byron,PAID,UNFULFILLED,EUR,10.00,0.00",
      "1001,2026-11-01T10:00:00.000Z,ada@example.com,Ada Lovelace,PAID,UNFULFILLED,EUR,10.00,0.00",
    ]);
  });

  it("shows the order's timeline: created, fulfilled, mailed, refunded, notes", async () => {
    const { shop, actor, orders } = await shopWithOrders();
    const order = orders[0];
    const line = await db.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
    await db.payment.create({
      data: { shopId: shop.id, orderId: order.id, provider: "test", providerPaymentId: `test_${order.id}`, status: "SUCCEEDED", amount: 1000, currency: "EUR" },
    });
    await fulfilOrder(db, actor, order.id, { lines: [{ orderLineId: line.id, quantity: 1 }], trackingNumber: "T1" }, { send: async () => {} });
    await addOrderNote(db, actor, order.id, { body: "Gift wrap" });
    await refundOrder(db, actor, order.id, { lines: [{ orderLineId: line.id, quantity: 1 }] });
    const { timeline, order: detail } = await orderDetail(db, shop.id, order.id);
    expect(timeline.map((e) => e.action)).toEqual(["order.created", "order.fulfilled", "order.shipment_mailed", "note", "order.refunded"]);
    expect(timeline[3]).toMatchObject({ kind: "note", data: { body: "Gift wrap" } });
    expect(detail.fulfilments[0].trackingNumber).toBe("T1");
    expect(detail.refunds.map((r) => r.amount)).toEqual([1000]);
  });

  it("never lists nor shows another shop's orders", async () => {
    const mine = await shopWithOrders();
    const theirs = await shopWithOrders();
    expect(numbers(await listOrders(db, theirs.shop.id, { q: "ada" }))).toEqual([1004, 1001]);
    const listed = await listOrders(db, theirs.shop.id, {});
    expect(listed.orders.every((o) => theirs.orders.some((t) => t.id === o.id))).toBe(true);
    expect(await ordersCsv(db, theirs.shop.id, {})).not.toContain(mine.orders[0].id);
    const error = await orderDetail(db, theirs.shop.id, mine.orders[0].id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("not_found");
  });
});
