// After-sales requests end to end below the browser: the shopper's routes (by the order's signed
// link, or signed in as its owner), the merchant's actions and pages, the mails in the outbox,
// the money and stock a completed return moves, and everyone else refused with nothing changed.
import { renderToStaticMarkup } from "react-dom/server";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";
import { startCheckout } from "@/lib/checkout/checkout";
import { emptyFormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { latestMailTo, listOutbox } from "@/lib/mail/outbox";
import { countOpenAfterSalesRequests } from "@/lib/orders/after-sales-requests";
import { orderToken } from "@/lib/orders/link";
import { orderDetail } from "@/lib/orders/merchant-orders";
import { refundOrder } from "@/lib/orders/refunds";
import { completePayment } from "@/lib/orders/status";
import { testProvider } from "@/lib/payments/test-provider";
import { renderPage } from "@/tests/support/render-page";
import { session } from "@/tests/support/session";
import { cartWith, checkoutInput, makeMember, makeOpenShop, makeShippingRate, makeUser, makeVariant, stockOf } from "@/tests/support/shop-fixtures";

const createRoute = await import("@/app/api/shops/[shopId]/orders/[orderId]/after-sales/route");
const withdrawRoute = await import("@/app/api/shops/[shopId]/orders/[orderId]/after-sales/[requestId]/withdraw/route");
const shopperPhoto = await import("@/app/api/shops/[shopId]/orders/[orderId]/after-sales/photos/[photoId]/route");
const merchantPhoto = await import("@/app/api/shops/[shopId]/after-sales/photos/[photoId]/route");
const actions = await import("@/app/(merchant)/dashboard/[shop]/after-sales/actions");

let shop: Awaited<ReturnType<typeof makeOpenShop>>;
let other: Awaited<ReturnType<typeof makeOpenShop>>;
let owner: CurrentUser;
let staff: CurrentUser;
let outsiders: CurrentUser[];
let png: Buffer;

beforeAll(async () => {
  shop = await makeOpenShop();
  other = await makeOpenShop();
  owner = await makeMember(shop.id, "OWNER");
  staff = await makeMember(shop.id, "STAFF");
  outsiders = [await makeMember(other.id, "OWNER"), await makeMember(other.id, "STAFF")];
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c00" } })
    .png()
    .toBuffer();
});

/** A paid order of two lines (2 × 1500 and 1 × 900), optionally a signed-in shopper's. */
async function paidOrder(userId?: string) {
  const rate = await makeShippingRate(shop.id);
  const a = await makeVariant(shop.id, { stock: 5, priceAmount: 1500 });
  const b = await makeVariant(shop.id, { stock: 5, priceAmount: 900 });
  const cart = await cartWith(
    shop.id,
    [
      { variantId: a.id, quantity: 2 },
      { variantId: b.id, quantity: 1 },
    ],
    userId,
  );
  const checkout = await startCheckout(db, checkoutInput(shop.id, cart, rate.id, { userId }), { provider: testProvider });
  await completePayment(db, { provider: "test", providerPaymentId: checkout.providerPaymentId });
  const lines = await db.orderLine.findMany({ where: { orderId: checkout.orderId } });
  const lineOf = (variantId: string) => lines.find((l) => l.variantId === variantId)!;
  const order = await db.order.findUniqueOrThrow({ where: { id: checkout.orderId } });
  return { orderId: order.id, email: order.email, a: lineOf(a.id), b: lineOf(b.id), variantA: a.id };
}

type Ask = { token?: string; kind?: string; reason?: string; details?: string; qty?: Record<string, number>; photos?: Buffer[] };

function ask(orderId: string, { token, kind = "RETURN_AND_REFUND", reason = "damaged", details = "", qty = {}, photos = [] }: Ask, shopId = shop.id) {
  const form = new FormData();
  if (token) form.set("token", token);
  form.set("kind", kind);
  form.set("reason", reason);
  form.set("details", details);
  for (const [id, n] of Object.entries(qty)) form.set(`qty.${id}`, String(n));
  for (const p of photos) form.append("photos", new Blob([new Uint8Array(p)]), "photo.png");
  const request = new Request(`http://localhost/api/shops/${shopId}/orders/${orderId}/after-sales`, { method: "POST", body: form });
  return createRoute.POST(request, { params: Promise.resolve({ shopId, orderId }) });
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

const snapshot = async (orderId: string) => ({
  order: await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { refundedAmount: true, status: true } }),
  requests: await db.afterSalesRequest.findMany({ where: { orderId }, select: { id: true, status: true }, orderBy: { id: "asc" } }),
  lines: await db.orderLine.findMany({ where: { orderId }, select: { id: true, refundedQuantity: true }, orderBy: { id: "asc" } }),
  refunds: await db.refund.count({ where: { orderId } }),
});

describe("the shopper asks", () => {
  it("by the order's signed link, with photos: stored privately, on the order's timeline, mailed", async () => {
    session.user = null;
    const o = await paidOrder();
    const response = await ask(o.orderId, { token: orderToken(o.orderId), qty: { [o.a.id]: 1 }, details: "Cracked", photos: [png] });
    expect(response.status).toBe(201);
    const { requestId } = await response.json();
    const request = await db.afterSalesRequest.findUniqueOrThrow({ where: { id: requestId }, include: { lines: true, photos: true } });
    expect(request).toMatchObject({ status: "REQUESTED", kind: "RETURN_AND_REFUND", reason: "damaged", details: "Cracked", userId: null, shopId: shop.id });
    expect(request.lines).toMatchObject([{ orderLineId: o.a.id, quantity: 1, open: true }]);
    expect(request.photos[0].key).toMatch(/^private\/after-sales\/.+\.photo$/);
    expect((await latestMailTo(o.email))?.subject).toMatch(/request about order/);
    const { timeline } = await orderDetail(db, shop.id, o.orderId);
    expect(timeline.map((e) => e.action)).toEqual(expect.arrayContaining(["order.after_sales_requested", "order.after_sales_mailed"]));
    expect(await countOpenAfterSalesRequests(db, shop.id)).toBeGreaterThan(0);

    // The photo: to the link's holder and the shop's staff; to no one else.
    const photoId = request.photos[0].id;
    const get = (token: string | null) =>
      shopperPhoto.GET(new Request(`http://localhost/x${token ? `?token=${token}` : ""}`), {
        params: Promise.resolve({ shopId: shop.id, orderId: o.orderId, photoId }),
      });
    const seen = await get(orderToken(o.orderId));
    expect(seen.status).toBe(200);
    expect(seen.headers.get("content-type")).toBe("image/webp");
    expect((await get(null)).status).toBe(404);
    expect((await get("forged")).status).toBe(404);
    const merchantGet = () => merchantPhoto.GET(new Request("http://localhost/x"), { params: Promise.resolve({ shopId: shop.id, photoId }) });
    session.user = staff;
    expect((await merchantGet()).status).toBe(200);
    for (const user of outsiders) {
      session.user = user;
      expect((await merchantGet()).status).toBe(404);
    }
    session.user = null;
    expect((await merchantGet()).status).toBe(401);
  });

  it("as the signed-in owner of the order, without the link; nobody else's order", async () => {
    const buyer = await makeUser();
    const o = await paidOrder(buyer.id);
    session.user = { id: buyer.id, name: buyer.name, email: buyer.email, role: "USER" } as CurrentUser;
    expect((await ask(o.orderId, { kind: "REFUND_ONLY", qty: { [o.b.id]: 1 } })).status).toBe(201);

    const before = await snapshot(o.orderId);
    const stranger = await makeUser();
    session.user = { id: stranger.id, name: stranger.name, email: stranger.email, role: "USER" } as CurrentUser;
    expect((await ask(o.orderId, { qty: { [o.a.id]: 1 } })).status).toBe(404);
    session.user = null;
    expect((await ask(o.orderId, { qty: { [o.a.id]: 1 } })).status).toBe(404);
    expect((await ask(o.orderId, { token: "x".repeat(43), qty: { [o.a.id]: 1 } })).status).toBe(404);
    // Another shop's address with this order's link: not that shop's order.
    expect((await ask(o.orderId, { token: orderToken(o.orderId), qty: { [o.a.id]: 1 } }, other.id)).status).toBe(404);
    expect(await snapshot(o.orderId)).toEqual(before);
  });

  it("one open request per line, in code and in the database; again once the first is closed", async () => {
    session.user = null;
    const o = await paidOrder();
    const token = orderToken(o.orderId);
    const first = await (await ask(o.orderId, { token, qty: { [o.a.id]: 1 } })).json();
    const second = await ask(o.orderId, { token, qty: { [o.a.id]: 1 } });
    expect(second.status).toBe(400);
    expect((await second.json()).error.fields["lines.0"]).toBe("This item already has an open request.");
    // Two requests racing past the check: the partial unique index refuses the second line.
    const raced = await db.afterSalesRequest.create({ data: { shopId: shop.id, orderId: o.orderId, kind: "EXCHANGE", reason: "other" } });
    await expect(db.afterSalesRequestLine.create({ data: { shopId: shop.id, requestId: raced.id, orderLineId: o.a.id, quantity: 1 } })).rejects.toThrow();
    await db.afterSalesRequest.delete({ where: { id: raced.id } });

    // The other line is free; the first line again once its request is withdrawn.
    expect((await ask(o.orderId, { token, kind: "EXCHANGE", reason: "size_fit", qty: { [o.b.id]: 1 } })).status).toBe(201);
    const withdraw = (requestId: string) =>
      withdrawRoute.POST(
        new Request("http://localhost/x", { method: "POST", body: JSON.stringify({ token }), headers: { "content-type": "application/json" } }),
        { params: Promise.resolve({ shopId: shop.id, orderId: o.orderId, requestId }) },
      );
    expect((await withdraw(first.requestId)).status).toBe(200);
    expect((await withdraw(first.requestId)).status).toBe(409);
    expect((await ask(o.orderId, { token, qty: { [o.a.id]: 2 } })).status).toBe(201);
  });

  it("never more than bought minus refunded; only on a paid order; bad input and photos refused, nothing changed", async () => {
    session.user = null;
    const o = await paidOrder();
    const token = orderToken(o.orderId);
    const refused = async (a: Ask, status: number, field: string, message: RegExp) => {
      const response = await ask(o.orderId, { token, ...a });
      expect(response.status).toBe(status);
      const { error } = await response.json();
      expect(field === "form" ? error.message : error.fields[field]).toMatch(message);
    };
    await refused({ qty: { [o.a.id]: 3 } }, 400, "lines.0", /At most 2/);
    await refused({ qty: { [o.a.id]: 0 } }, 400, "form", /at least one item/);
    await refused({ qty: { nope: 1 } }, 400, "lines.0", /isn't in the order/);
    await refused({ kind: "GIFT", qty: { [o.a.id]: 1 } }, 400, "kind", /refund, a return or an exchange/);
    await refused({ reason: "bored", qty: { [o.a.id]: 1 } }, 400, "reason", /reason/);
    await refused({ qty: { [o.a.id]: 1 }, photos: [Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>")] }, 415, "photos", /isn't a photo/);
    await refused({ qty: { [o.a.id]: 1 }, photos: [Buffer.alloc(5 * 1024 * 1024 + 1)] }, 413, "photos", /at most 5 MB/);
    await refused({ qty: { [o.a.id]: 1 }, photos: [png, png, png, png, png] }, 400, "photos", /At most 4 photos/);
    expect(await db.afterSalesRequest.count({ where: { orderId: o.orderId } })).toBe(0);

    // After the merchant refunded one unit of line a, one is left to ask about.
    await refundOrder(db, { shopId: shop.id, userId: owner.id, role: "OWNER" }, o.orderId, { lines: [{ orderLineId: o.a.id, quantity: 1 }] });
    await refused({ qty: { [o.a.id]: 2 } }, 400, "lines.0", /At most 1/);
    expect((await ask(o.orderId, { token, qty: { [o.a.id]: 1 } })).status).toBe(201);

    const pending = await db.order.create({
      data: {
        shopId: shop.id,
        number: 90_000 + Math.floor(Math.random() * 9000),
        email: "p@example.com",
        currency: "EUR",
        subtotalAmount: 0,
        totalAmount: 0,
        shippingAddress: {},
      },
    });
    const response = await ask(pending.id, { token: orderToken(pending.id), qty: { x: 1 } });
    expect(response.status).toBe(409);
  });
});

describe("the merchant answers", () => {
  it("accepts a return with instructions and completes it with a refund and restock: stock and refunded total agree, each step mailed", async () => {
    session.user = null;
    const o = await paidOrder();
    const { requestId } = await (await ask(o.orderId, { token: orderToken(o.orderId), qty: { [o.a.id]: 2 } })).json();
    session.user = staff;
    expect(await actions.completeRequestAction(shop.slug, requestId, emptyFormState, form({}))).toMatchObject({
      form: "This request is waiting for an answer: it can't be completed.",
    });
    expect(await actions.acceptRequestAction(shop.slug, requestId, emptyFormState, form({}))).toMatchObject({
      fields: { returnInstructions: expect.stringMatching(/where and how/) },
    });
    expect(await actions.acceptRequestAction(shop.slug, requestId, emptyFormState, form({ returnInstructions: "Send to 1 Quai, Lyon" }))).toMatchObject({
      saved: "Request accepted. The shopper was mailed.",
    });
    expect((await latestMailTo(o.email))?.text).toContain("Send to 1 Quai, Lyon");

    const stockBefore = await stockOf(o.variantA);
    const orderBefore = await db.order.findUniqueOrThrow({ where: { id: o.orderId } });
    expect(await actions.completeRequestAction(shop.slug, requestId, emptyFormState, form({ restock: "on" }))).toMatchObject({
      saved: "Request completed. The shopper was mailed.",
    });
    const request = await db.afterSalesRequest.findUniqueOrThrow({ where: { id: requestId }, include: { lines: true } });
    const refund = await db.refund.findUniqueOrThrow({ where: { id: request.refundId! } });
    const order = await db.order.findUniqueOrThrow({ where: { id: o.orderId } });
    expect(request).toMatchObject({ status: "COMPLETED", restocked: true });
    expect(request.lines[0].open).toBe(false);
    expect(refund.amount).toBe(o.a.totalAmount); // both units of the line, exactly what they cost
    expect(order.refundedAmount).toBe(orderBefore.refundedAmount + o.a.totalAmount);
    expect((await stockOf(o.variantA)).stock).toBe(stockBefore.stock + 2);
    expect((await db.orderLine.findUniqueOrThrow({ where: { id: o.a.id } })).refundedQuantity).toBe(2);
    expect((await latestMailTo(o.email))?.text).toMatch(/completed your request[\s\S]*Refunded: €30\.00/);
    expect(await actions.rejectRequestAction(shop.slug, requestId, emptyFormState, form({ rejectionReason: "late" }))).toMatchObject({
      form: "This request is completed: it can't be rejected.",
    });
  });

  it("rejects with a reason; completes an exchange with a note and no money moved", async () => {
    session.user = null;
    const o = await paidOrder();
    const token = orderToken(o.orderId);
    const rejected = (await (await ask(o.orderId, { token, kind: "REFUND_ONLY", qty: { [o.a.id]: 1 } })).json()).requestId;
    const exchange = (await (await ask(o.orderId, { token, kind: "EXCHANGE", reason: "size_fit", qty: { [o.b.id]: 1 } })).json()).requestId;
    session.user = owner;
    expect(await actions.rejectRequestAction(shop.slug, rejected, emptyFormState, form({}))).toMatchObject({
      fields: { rejectionReason: "Tell the shopper why." },
    });
    expect(await actions.rejectRequestAction(shop.slug, rejected, emptyFormState, form({ rejectionReason: "Used item" }))).toMatchObject({ saved: /rejected/ });
    const mails = (await listOutbox()).filter((m) => m.to === o.email);
    expect(mails[0].text).toMatch(/declined your request[\s\S]*Used item/);

    expect(await actions.acceptRequestAction(shop.slug, exchange, emptyFormState, form({}))).toMatchObject({ saved: /accepted/ });
    expect(await actions.completeRequestAction(shop.slug, exchange, emptyFormState, form({}))).toMatchObject({ fields: { resolution: expect.any(String) } });
    expect(await actions.completeRequestAction(shop.slug, exchange, emptyFormState, form({ resolution: "Size L sent, tracking 123" }))).toMatchObject({
      saved: /completed/,
    });
    expect(await snapshot(o.orderId)).toMatchObject({ order: { refundedAmount: 0 }, refunds: 0 });
    expect((await latestMailTo(o.email))?.text).toContain("Size L sent, tracking 123");
    const { timeline } = await orderDetail(db, shop.id, o.orderId);
    expect(timeline.map((e) => e.action)).toEqual(
      expect.arrayContaining(["order.after_sales_rejected", "order.after_sales_accepted", "order.after_sales_completed"]),
    );
  });

  it("the order page links the order's requests and names their steps; the request page links the order by number; dates in the shop's time zone", async () => {
    session.user = null;
    const o = await paidOrder();
    const { requestId } = await (await ask(o.orderId, { token: orderToken(o.orderId), qty: { [o.b.id]: 1 } })).json();
    session.user = owner;
    await actions.acceptRequestAction(shop.slug, requestId, emptyFormState, form({ returnInstructions: "Send it back" }));
    const orderPage = (await import("@/app/(merchant)/dashboard/[shop]/orders/[number]/page")).default;
    const detailPage = (await import("@/app/(merchant)/dashboard/[shop]/after-sales/[requestId]/page")).default;
    const { number, createdAt } = await db.order.findUniqueOrThrow({ where: { id: o.orderId } });
    const { defaultLocale } = await db.shop.update({ where: { id: shop.id }, data: { timeZone: "Asia/Shanghai" } });
    try {
      const orderHtml = await renderPage(orderPage({ params: Promise.resolve({ shop: shop.slug, number: String(number) }) }));
      expect(orderHtml).toContain(`href="/dashboard/${shop.slug}/after-sales/${requestId}"`);
      expect(orderHtml).toMatch(/After-sales request received[\s\S]*After-sales request accepted/);
      const shanghai = new Intl.DateTimeFormat(defaultLocale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
      expect(orderHtml).toContain(shanghai.format(createdAt));
      const detail = await renderPage(detailPage({ params: Promise.resolve({ shop: shop.slug, requestId }) }));
      expect(detail).toContain(`href="/dashboard/${shop.slug}/orders/${number}"`);
    } finally {
      await db.shop.update({ where: { id: shop.id }, data: { timeZone: "UTC" } });
    }
  });

  it("another shop's owner and staff, and guests, reach none of this shop's requests: every action, page and photo tried", async () => {
    session.user = null;
    const o = await paidOrder();
    const { requestId } = await (await ask(o.orderId, { token: orderToken(o.orderId), qty: { [o.a.id]: 1 }, photos: [png] })).json();
    const before = await snapshot(o.orderId);
    const listPage = (await import("@/app/(merchant)/dashboard/[shop]/after-sales/page")).default;
    const detailPage = (await import("@/app/(merchant)/dashboard/[shop]/after-sales/[requestId]/page")).default;
    const calls = (slug: string) => [
      () => actions.acceptRequestAction(slug, requestId, emptyFormState, form({ returnInstructions: "x" })),
      () => actions.rejectRequestAction(slug, requestId, emptyFormState, form({ rejectionReason: "x" })),
      () => actions.completeRequestAction(slug, requestId, emptyFormState, form({ restock: "on" })),
    ];
    for (const user of outsiders) {
      session.user = user;
      for (const call of calls(other.slug)) expect((await call()).form).toMatch(/not found/i);
      for (const call of calls(shop.slug)) await expect(call()).rejects.toThrow();
      await expect(detailPage({ params: Promise.resolve({ shop: other.slug, requestId }) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
      await expect(detailPage({ params: Promise.resolve({ shop: shop.slug, requestId }) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
      await expect(listPage({ params: Promise.resolve({ shop: shop.slug }), searchParams: Promise.resolve({}) })).rejects.toThrow(
        /NEXT_HTTP_ERROR_FALLBACK;404/,
      );
      const own = renderToStaticMarkup(await listPage({ params: Promise.resolve({ shop: other.slug }), searchParams: Promise.resolve({}) }));
      expect(own).toContain("No after-sales requests yet");
    }
    session.user = null;
    for (const call of calls(shop.slug)) await expect(call()).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await snapshot(o.orderId)).toEqual(before);

    session.user = staff;
    const page = renderToStaticMarkup(await detailPage({ params: Promise.resolve({ shop: shop.slug, requestId }) }));
    expect(page).toContain(`/api/shops/${shop.id}/after-sales/photos/`);
    expect(page).toContain("Accept request");
    const list = renderToStaticMarkup(await listPage({ params: Promise.resolve({ shop: shop.slug }), searchParams: Promise.resolve({ status: "OPEN" }) }));
    expect(list).toContain(`/dashboard/${shop.slug}/after-sales/${requestId}`);
  });
});
