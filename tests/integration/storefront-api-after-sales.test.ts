// The Storefront API's after-sales operations: an order's requests and a new one, with the order
// token as the only key; every answer checked against the OpenAPI document by ajv (api()).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { latestMailTo } from "@/lib/mail/outbox";
import { completePayment } from "@/lib/orders/status";
import { ADDRESS, makeOpenShop, makeProduct, makeShippingRate } from "@/tests/support/shop-fixtures";
import { API, api } from "@/tests/support/storefront-api";

vi.mock("next/cache", async () => (await import("@/tests/support/fake-next-cache")).fakeNextCacheModule());

let slug: string;
let otherSlug: string;
let orderToken: string;
let pendingToken: string;

async function checkout(variantId: string, email: string) {
  const token = (await api("POST", `${API}/shops/${slug}/carts`)).body!.token as string;
  await api("POST", `${API}/shops/${slug}/cart/lines`, { token, body: { variantId, quantity: 2 } });
  const rate = await db.shippingRate.findFirstOrThrow({ where: { shop: { slug } } });
  await api("PATCH", `${API}/shops/${slug}/cart`, { token, body: { email, shippingAddress: ADDRESS, shippingRateId: rate.id } });
  const order = await api("POST", `${API}/shops/${slug}/cart/checkout`, { token });
  expect(order.status).toBe(201);
  return order.body!.orderToken as string;
}

beforeAll(async () => {
  const shop = await makeOpenShop();
  slug = shop.slug;
  otherSlug = (await makeOpenShop()).slug;
  await makeShippingRate(shop.id, { countries: ["FR"] });
  const { variant } = await makeProduct(shop.id);
  orderToken = await checkout(variant!.id, "api-buyer@example.com");
  const payment = await db.payment.findFirstOrThrow({ where: { orderId: orderToken.split(".")[0] } });
  await completePayment(db, { provider: "test", providerPaymentId: payment.providerPaymentId });
  pendingToken = await checkout(variant!.id, "api-pending@example.com");
});

const url = (token: string, shop = slug) => `${API}/shops/${shop}/orders/${encodeURIComponent(token)}/after-sales-requests`;

describe("after-sales requests in the Storefront API", () => {
  it("lists the order's lines with what may be asked about, creates a request, then holds the line", async () => {
    const empty = await api("GET", url(orderToken));
    expect(empty.status).toBe(200);
    const lines = empty.body!.lines as { id: string; requestable: number }[];
    expect(empty.body).toMatchObject({ canRequest: true, requests: [] });
    expect(lines[0]!.requestable).toBe(2);

    const created = await api("POST", url(orderToken), {
      body: { kind: "return_and_refund", reason: "damaged", details: "Torn", lines: [{ lineId: lines[0]!.id, quantity: 1 }] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: "return_and_refund",
      status: "requested",
      reason: "damaged",
      details: "Torn",
      photoCount: 0,
      lines: [{ quantity: 1 }],
    });
    expect((await latestMailTo("api-buyer@example.com"))?.subject).toMatch(/request about order/);

    const again = await api("POST", url(orderToken), {
      body: { kind: "exchange", reason: "size_fit", lines: [{ lineId: lines[0]!.id, quantity: 1 }] },
      headers: { "Accept-Language": "fr" },
    });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: { code: "invalid", fields: { "lines.0": "Une demande est déjà en cours pour cet article." } } });

    const listed = await api("GET", url(orderToken));
    expect(listed.body).toMatchObject({ canRequest: false, requests: [{ id: created.body!.id, status: "requested" }] });
  });

  it("refuses a pending order, too many units, and any token that isn't this shop's order's", async () => {
    const lines = (await api("GET", url(pendingToken))).body!.lines as { id: string }[];
    const ask = (token: string, quantity = 1, shop = slug) =>
      api("POST", url(token, shop), { body: { kind: "refund_only", reason: "other", lines: [{ lineId: lines[0]!.id, quantity }] } });
    expect((await ask(pendingToken)).status).toBe(409);
    const [orderId, signature] = pendingToken.split(".");
    for (const bad of [`${orderId}.${"A".repeat(signature!.length)}`, orderId!, "garbage"]) {
      expect((await api("GET", url(bad))).status).toBe(404);
      expect((await ask(bad)).status).toBe(404);
    }
    expect((await api("GET", url(orderToken, otherSlug))).status).toBe(404);
    expect((await ask(orderToken, 1, otherSlug)).status).toBe(404);
    const paidLines = (await api("GET", url(orderToken))).body!.lines as { id: string }[];
    const tooMany = await api("POST", url(orderToken), { body: { kind: "refund_only", reason: "other", lines: [{ lineId: paidLines[0]!.id, quantity: 3 }] } });
    expect(tooMany.status).toBe(400);
    expect(await db.afterSalesRequest.count({ where: { orderId: orderId! } })).toBe(0);
  });
});
