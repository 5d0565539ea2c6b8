// Malformed input against every operation of the Storefront API's OpenAPI document: wrong
// types, out-of-range and huge numbers, missing fields, 1 MB+ bodies, bad UTF-8, bad JSON,
// wrong content types, NUL characters, unknown slugs and ids, forged and another shop's cart
// tokens. Every answer must be a 4xx the document describes (never a 5xx), and nothing a
// shopper or merchant could see may change.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ADDRESS, makeCollection, makeDiscount, makeOpenShop, makeProduct, makeShippingRate } from "@/tests/support/shop-fixtures";
import { API, api, document } from "@/tests/support/storefront-api";

process.env.STOREFRONT_API_WRITES_PER_MINUTE = "1000000"; // the sweep sends thousands of writes from one address

vi.mock("next/cache", async () => (await import("@/tests/support/fake-next-cache")).fakeNextCacheModule());

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; $ref?: string; anyOf?: Schema[]; maximum?: number };
type Operation = {
  operationId: string;
  security?: Record<string, unknown>[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  parameters?: { name: string; in: string }[];
};

const components = (document.components as { schemas: Record<string, Schema> }).schemas;
const resolve = (schema: Schema): Schema => (schema.$ref ? resolve(components[schema.$ref.split("/").at(-1)!]!) : schema);

let valid: Record<string, string>; // a value per path parameter that names something real
let token: string;
let otherToken: string;
let slug: string;

async function snapshot() {
  const byId = { orderBy: { id: "asc" as const } };
  return JSON.stringify({
    shops: await db.shop.findMany({ ...byId, select: { id: true, status: true, allowedOrigins: true, nextOrderNumber: true } }),
    carts: await db.cart.findMany({
      ...byId,
      select: { id: true, shopId: true, email: true, shippingAddress: true, shippingRateId: true, discountCodes: true },
    }),
    lines: await db.cartLine.findMany({ ...byId, select: { id: true, cartId: true, variantId: true, quantity: true } }),
    variants: await db.variant.findMany({ ...byId, select: { id: true, stock: true, reserved: true, priceAmount: true } }),
    orders: await db.order.findMany({ ...byId, select: { id: true, status: true } }),
    discounts: await db.discount.findMany({ ...byId, select: { id: true, usedCount: true } }),
    products: await db.product.findMany({ ...byId, select: { id: true, status: true, title: true } }),
    afterSalesRequests: await db.afterSalesRequest.findMany({ ...byId, select: { id: true, status: true } }),
  });
}

beforeAll(async () => {
  const shop = await makeOpenShop({ allowedOrigins: ["https://shop.example"] });
  const other = await makeOpenShop();
  slug = shop.slug;
  const collection = await makeCollection(shop.id);
  const { product, variant } = await makeProduct(shop.id, { collectionIds: [collection.id] });
  const rate = await makeShippingRate(shop.id, { countries: ["FR"] });
  await makeDiscount(shop.id, { code: "SAVE10" });
  token = (await api("POST", `${API}/shops/${slug}/carts`)).body!.token as string;
  otherToken = (await api("POST", `${API}/shops/${other.slug}/carts`)).body!.token as string;
  const cart = await api("POST", `${API}/shops/${slug}/cart/lines`, { token, body: { variantId: variant!.id, quantity: 2 } });
  await api("POST", `${API}/shops/${slug}/cart/discount-codes`, { token, body: { code: "SAVE10" } });
  await api("PATCH", `${API}/shops/${slug}/cart`, { token, body: { email: "a@example.com", shippingAddress: ADDRESS, shippingRateId: rate.id } });
  // An order to read the status of, from a cart of its own.
  const buyer = (await api("POST", `${API}/shops/${slug}/carts`)).body!.token as string;
  await api("POST", `${API}/shops/${slug}/cart/lines`, { token: buyer, body: { variantId: variant!.id } });
  await api("PATCH", `${API}/shops/${slug}/cart`, { token: buyer, body: { email: "b@example.com", shippingAddress: ADDRESS, shippingRateId: rate.id } });
  const order = await api("POST", `${API}/shops/${slug}/cart/checkout`, { token: buyer });
  expect(order.status).toBe(201);
  valid = {
    slug,
    handle: product.handle,
    lineId: (cart.body!.lines as { id: string }[])[0]!.id,
    code: "SAVE10",
    orderToken: order.body!.orderToken as string,
  };
  // The collection's handle for getCollection.
  valid.collectionHandle = collection.handle;
});

const HUGE = "x".repeat(5000);
const BAD_PATH_VALUES = ["nope", HUGE, "\u0000", "../../etc/passwd", "😀", " ", "%", "null"];
const BAD_TOKENS = [undefined, "", "garbage", "a.b", `${"A".repeat(24)}.${"B".repeat(22)}`, HUGE, "\u00e9\u00e9"];
const WRONG_TYPES: Record<string, unknown[]> = {
  string: [12345, true, {}, [], 1e308],
  integer: ["1", 1.5, -1, 1e308, -1e308, 2 ** 53 + 1, NaN, true, {}, null],
  object: ["text", 42, [], true],
  boolean: ["yes", 1],
};
const RAW_BODIES: { body: BodyInit; type?: string; what: string }[] = [
  { body: "not json", type: "application/json", what: "bad JSON" },
  { body: "{", type: "application/json", what: "truncated JSON" },
  { body: "[1,2]", type: "application/json", what: "an array" },
  { body: "null", type: "application/json", what: "null" },
  { body: '"text"', type: "application/json", what: "a string" },
  { body: "[".repeat(50_000) + "]".repeat(50_000), type: "application/json", what: "deep nesting" },
  { body: `{"x":"${"a".repeat(1_100_000)}"}`, type: "application/json", what: "1 MB+ body" },
  {
    body: new Uint8Array([0x7b, 0x22, 0x63, 0x6f, 0x64, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]),
    type: "application/json",
    what: "bad UTF-8",
  },
  { body: '{"code":"a\\u0000b","variantId":"a\\u0000b","email":"\\u0000"}', type: "application/json", what: "NUL characters" },
  { body: '{"variantId":"x","quantity":1}', type: "text/plain", what: "text/plain" },
  { body: "variantId=x&quantity=1", type: "application/x-www-form-urlencoded", what: "a form" },
  { body: '{"variantId":"x"}', type: "application/json; charset=iso-8859-1", what: "another charset" },
  { body: '{"variantId":"x"}', what: "no content type" },
];
const BAD_QUERIES: Record<string, string[]> = {
  listProducts: [
    "limit=abc",
    "limit=0",
    "limit=51",
    "limit=1e400",
    "limit=-1",
    "limit=1.5",
    "cursor=garbage",
    "cursor=dnYxOjA6MA",
    `cursor=${HUGE}`,
    "sort=bogus",
    "collection=nope",
    `collection=${HUGE}`,
    `q=${HUGE}`,
    "q=%00",
    "limit=5&limit=x",
  ],
  listShippingRates: ["", "country=", "country=FRA", "country=12", `country=${HUGE}`, "country=%00"],
};

type Request = { method: string; url: string; body?: unknown; raw?: BodyInit; headers?: Record<string, string>; token?: string; what: string };

function pathWith(template: string, override: Record<string, string> = {}) {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = override[name] ?? (name === "handle" && template.includes("/collections/") ? valid.collectionHandle! : valid[name]!);
    return encodeURIComponent(value);
  });
}

function requestsFor(template: string, method: string, op: Operation): Request[] {
  const requests: Request[] = [];
  const upper = method.toUpperCase();
  const url = pathWith(template);
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const needsCart = !!op.security?.some((s) => "cartToken" in s);
  const base = { method: upper, token: needsCart ? token : undefined };
  // Unknown or malformed path parameters, one at a time.
  for (const name of names)
    for (const value of BAD_PATH_VALUES)
      requests.push({ ...base, url: pathWith(template, { [name]: value }), what: `${name}=${JSON.stringify(value.slice(0, 20))}` });
  // Cart tokens: missing, forged, another shop's.
  if (needsCart)
    for (const bad of [...BAD_TOKENS, otherToken])
      requests.push({ ...base, url, token: bad, what: `token ${bad === otherToken ? "of another shop" : JSON.stringify(bad?.slice(0, 20))}` });
  for (const query of BAD_QUERIES[op.operationId] ?? []) requests.push({ ...base, url: `${url}?${query}`, what: `query ${query.slice(0, 40)}` });
  if (upper !== "GET") {
    for (const raw of RAW_BODIES) requests.push({ ...base, url, raw: raw.body, headers: raw.type ? { "Content-Type": raw.type } : {}, what: raw.what });
    const schema = op.requestBody ? resolve(op.requestBody.content["application/json"]!.schema) : { properties: {} };
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const resolved = resolve(property.anyOf?.find((s) => !s.type || s.type !== "null") ?? property);
      const types = [resolved.type ?? "object"].flat().filter((t) => t !== "null");
      for (const type of types)
        for (const value of WRONG_TYPES[type] ?? []) requests.push({ ...base, url, body: { [name]: value }, what: `${name}: ${JSON.stringify(value)}` });
      if (resolved.properties)
        for (const inner of Object.keys(resolved.properties)) requests.push({ ...base, url, body: { [name]: { [inner]: 42 } }, what: `${name}.${inner}: 42` });
    }
    if (schema.required?.length) requests.push({ ...base, url, body: {}, what: "required fields missing" });
  }
  return requests;
}

const operations = Object.entries(document.paths).flatMap(([template, methods]) =>
  Object.entries(methods as unknown as Record<string, Operation>).map(([method, op]) => ({ template, method, op })),
);

describe("malformed input against every operation", () => {
  it("covers every operation of the document", () => {
    expect(operations.length).toBeGreaterThanOrEqual(15);
  });

  it("never answers 5xx, answers what the document describes, and changes nothing", async () => {
    const before = await snapshot();
    const serverErrors: string[] = [];
    let sent = 0;
    for (const { template, method, op } of operations) {
      for (const request of requestsFor(template, method, op)) {
        sent++;
        const answer = await api(request.method, `${API}${request.url.slice(API.length)}`, {
          body: request.body,
          raw: request.raw,
          headers: request.headers,
          token: request.token,
        });
        if (answer.status >= 500) serverErrors.push(`${op.operationId} ${request.what} → ${answer.status}`);
        else expect(answer.status, `${op.operationId} ${request.what}`).toBeGreaterThanOrEqual(400);
      }
    }
    expect(serverErrors).toEqual([]);
    expect(sent).toBeGreaterThan(400);
    expect(await snapshot()).toBe(before);
  });
});
