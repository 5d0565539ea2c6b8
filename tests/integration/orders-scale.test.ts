// 100,000 orders in one shop (and some in another): every view of the merchant's order list —
// first page, a page deep in the list, each filter, search by number, email or name fragment,
// a date range — is planned on indexes (no sequential scan of "Order") and answers fast. The
// plans are PostgreSQL's own (EXPLAIN ANALYZE of the very statement listOrders sends).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { listOrders, listOrdersSql, type OrderFilters } from "@/lib/orders/merchant-orders";
import { makeOpenShop } from "@/tests/support/shop-fixtures";

// The same 100,000 on the embedded database (a smaller table gets sequential plans there, rightly);
// its bound is looser: one single-threaded session.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const ORDERS = 100_000;
const BOUND_MS = onPostgres ? 250 : 1_000;

const FIRST = [
  "Ada",
  "Grace",
  "Alan",
  "Edsger",
  "Barbara",
  "Donald",
  "Frances",
  "John",
  "Katherine",
  "Ken",
  "Margaret",
  "Niklaus",
  "Radia",
  "Tim",
  "Whitfield",
  "Xiao",
  "Yuki",
  "Zhang",
  "Hedy",
  "Linus",
];
const LAST = Array.from({ length: 50 }, (_, i) => `Family${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}son`);

// Rows straight in SQL: a year-like spread of statuses, fulfilments, refunds, emails and names.
async function seed(shopId: string, count: number) {
  await db.$executeRaw`
    INSERT INTO "Order" (id, "shopId", number, email, status, "fulfillmentStatus", currency, "subtotalAmount", "totalAmount",
      "refundedAmount", "shippingAddress", "discountCodes", "createdAt", "updatedAt")
    SELECT ${shopId} || '-o' || i, ${shopId}, 1000 + i,
      'customer' || i || '@' || (ARRAY['gmail.com','example.org','mail.cn','free.fr'])[1 + i % 4],
      (CASE i % 10 WHEN 0 THEN 'PENDING' WHEN 1 THEN 'CANCELLED' WHEN 2 THEN 'EXPIRED' ELSE 'PAID' END)::"OrderStatus",
      (CASE WHEN i % 10 < 3 THEN 'UNFULFILLED' ELSE (ARRAY['UNFULFILLED','UNFULFILLED','UNFULFILLED','PARTIAL','FULFILLED','FULFILLED','DELIVERED'])[1 + i % 7] END)::"FulfillmentStatus",
      'EUR', 1000 + i % 9000, 1500 + i % 9000,
      CASE WHEN i % 10 >= 3 AND i % 13 = 0 THEN 1500 + i % 9000 WHEN i % 10 >= 3 AND i % 17 = 0 THEN 500 ELSE 0 END,
      jsonb_build_object('name', CASE WHEN i = 73737 THEN 'Zebulon Quartermaine' ELSE (${FIRST}::text[])[1 + i % 20] || ' ' || (${LAST}::text[])[1 + (i / 20) % 50] END,
        'line1', i || ' Main Street', 'city', 'Paris', 'postalCode', '75001', 'country', 'FR'),
      '{}', timestamp '2026-12-01 12:00' - (i || ' minutes')::interval, now()
    FROM generate_series(1, ${count}) i`;
  // A line each: sent where the order is fulfilled or delivered, one of three sent where partly ("to fulfil" reads the lines).
  await db.$executeRaw`
    INSERT INTO "OrderLine" (id, "shopId", "orderId", title, "variantTitle", "unitPriceAmount", quantity, "fulfilledQuantity", "totalAmount")
    SELECT o.id || '-l', o."shopId", o.id, 'Tee', 'Default', o."subtotalAmount", 3,
      CASE o."fulfillmentStatus" WHEN 'UNFULFILLED' THEN 0 WHEN 'PARTIAL' THEN 1 ELSE 3 END, o."subtotalAmount"
    FROM "Order" o WHERE o."shopId" = ${shopId}`;
}

let shopId: string;

beforeAll(async () => {
  shopId = (await makeOpenShop()).id;
  const started = performance.now();
  await seed(shopId, ORDERS);
  await seed((await makeOpenShop()).id, ORDERS / 20);
  await db.$executeRawUnsafe(`ANALYZE "Order", "OrderLine"`);
  console.log(`seeded ${ORDERS + ORDERS / 20} orders in ${Math.round(performance.now() - started)} ms`);
}, 300_000);

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };
const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

/** PostgreSQL's plan of the statement listOrders sends for these filters, and how long it took. */
async function explain(filters: OrderFilters) {
  const { sql } = listOrdersSql(shopId, filters);
  const [row] = await db.$transaction((tx) =>
    tx.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }[]>(Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`),
  );
  const [{ Plan, "Execution Time": executionMs }] = row["QUERY PLAN"];
  return { nodes: nodes(Plan), executionMs };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  await fn(); // warm: plans and caches
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

// Order i was placed i minutes before this; a day in the middle of the shop's history.
const NEWEST = Date.UTC(2026, 11, 1, 12);
const someDay = new Date(NEWEST - ORDERS * 0.3 * 60_000).toISOString().slice(0, 10);
const nextDay = new Date(NEWEST - ORDERS * 0.3 * 60_000 + 86_400_000).toISOString().slice(0, 10);

// A cursor deep in the list: the 40,000th newest order of the shop.
const deep = () => `${new Date(NEWEST - ORDERS * 0.4 * 60_000).toISOString()}_${shopId}-o${ORDERS * 0.4}`;

const views: Record<string, { filters: () => OrderFilters; index?: RegExp; found?: (numbers: number[]) => boolean }> = {
  "the first page": { filters: () => ({}) },
  "a page deep in the list (keyset)": { filters: () => ({ after: deep() }) },
  "the page before that (previous)": { filters: () => ({ before: deep() }) },
  "payment: awaiting payment": { filters: () => ({ payment: "pending" }) },
  "payment: paid": { filters: () => ({ payment: "paid" }) },
  "payment: partially refunded": { filters: () => ({ payment: "partially_refunded" }) },
  "payment: refunded": { filters: () => ({ payment: "refunded" }) },
  "payment: cancelled": { filters: () => ({ payment: "cancelled" }) },
  "payment: expired": { filters: () => ({ payment: "expired" }) },
  "fulfilment: to fulfil (the dashboard's count)": { filters: () => ({ fulfilment: "to_fulfil" }) },
  "fulfilment: unfulfilled": { filters: () => ({ fulfilment: "unfulfilled" }) },
  "fulfilment: partial": { filters: () => ({ fulfilment: "partial" }) },
  "fulfilment: fulfilled": { filters: () => ({ fulfilment: "fulfilled" }) },
  "fulfilment: delivered": { filters: () => ({ fulfilment: "delivered" }) },
  // (an email holding the same digits is found too)
  "search by number": { filters: () => ({ q: `#${1000 + ORDERS / 2}` }), index: /Order_shopId_number_key/, found: (n) => n.includes(1000 + ORDERS / 2) },
  "search by email fragment": { filters: () => ({ q: "customer4242" }), index: /Order_email_trgm_idx/, found: (n) => n.includes(1000 + 4242) },
  "search by name fragment": {
    filters: () => ({ q: "quartermain" }),
    index: /Order_shippingName_trgm_idx/,
    found: (n) => n.length === (ORDERS >= 73737 ? 1 : 0),
  },
  "date range": { filters: () => ({ from: someDay, to: nextDay }) },
  "filters together": { filters: () => ({ payment: "paid", fulfilment: "unfulfilled", from: "2026-10-01", to: "2026-11-30" }) },
};

describe(`the order list at ${ORDERS.toLocaleString("en")} orders in a shop`, () => {
  for (const [name, view] of Object.entries(views)) {
    it(`is planned on indexes and fast: ${name}`, async () => {
      const plan = await explain(view.filters());
      const [page, ms] = await timed(() => listOrders(db, shopId, view.filters()));
      console.log(
        `${name}: ${page.orders.length} rows, listOrders ${ms.toFixed(1)} ms, execution ${plan.executionMs.toFixed(1)} ms; ${plan.nodes.map((n) => n["Index Name"] ?? n["Node Type"]).join(" > ")}`,
      );
      expect(plan.nodes.filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "Order")).toEqual([]);
      if (view.index) expect(plan.nodes.map((n) => n["Index Name"] ?? "").join(" ")).toMatch(view.index);
      const numbers = page.orders.map((o) => o.number);
      expect(view.found ? view.found(numbers) : numbers.length === 50).toBe(true);
      expect(ms).toBeLessThan(BOUND_MS);
    });
  }
});
