// Enforcement on shops through the console's action, as Next.js calls it: every legal and
// illegal transition (audit row, notice, mail, cache expiry; nothing changed when refused), the
// effects of a suspension on shoppers (storefront, Storefront API, carts and checkouts) and
// on the merchant (still refunds paid orders), penalty points expiring, and trust scores
// computed in SQL from seeded orders matching the formula.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";
import { startCheckout } from "@/lib/checkout/checkout";
import { emptyFormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { latestMailTo } from "@/lib/mail/outbox";
import { completePayment } from "@/lib/orders/status";
import { testProvider } from "@/lib/payments/test-provider";
import { ENFORCEMENT_ACTIONS, type EnforcementAction } from "@/lib/shops/enforcement-schemas";
import { TRUST, trustScore } from "@/lib/shops/trust-score";
import { session } from "@/tests/support/session";
import { cartWith, checkoutInput, makeMember, makeOpenShop, makeProduct, makeShippingRate, makeUser, makeVariant } from "@/tests/support/shop-fixtures";
import { API, api } from "@/tests/support/storefront-api";

process.env.APP_URL = "http://localhost:3000";
process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "minishop-enforcement-"));
vi.mock("next/cache", async () => {
  const fake = (await import("@/tests/support/fake-next-cache")).fakeNextCache();
  return { unstable_cache: fake.unstable_cache, revalidateTag: vi.fn((tag: string) => fake.revalidateTag(tag)), refresh: fake.refresh };
});

const { revalidateTag } = await import("next/cache");
const { enforceShopAction } = await import("@/app/(admin)/admin/shops/actions");
const orderActions = await import("@/app/(merchant)/dashboard/[shop]/orders/actions");
const storefrontHome = (await import("@/app/(storefront)/s/[shopSlug]/[locale]/page")).default;
const { enforce, shopStanding } = await import("@/lib/shops/enforcement");
const { computeTrustScores } = await import("@/lib/shops/trust-score-run");
const { jobDefinitions } = await import("@/lib/jobs/jobs");
const { QUEUES } = await import("@/lib/jobs/queues");
const { loadActiveShop } = await import("@/lib/storefront/request");

const suffix = () => Math.random().toString(36).slice(2, 8);
const page404 = { digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) };
const DAY = 86_400_000;

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}
const REASON = "Three shoppers reported parcels that never came.";
const fieldsFor = (action: EnforcementAction): Record<string, string> =>
  action === "penalty" ? { action, rule: "late_fulfilment", points: "2", reason: REASON } : { action, reason: REASON };

async function platformUser(role: "admin" | "moderator"): Promise<CurrentUser> {
  const user = await makeUser(`${role}-${suffix()}@example.test`);
  await db.user.update({ where: { id: user.id }, data: { role } });
  return { id: user.id, name: `${role} ${suffix()}`, email: user.email, role };
}

async function shopWithOwner(status: ShopStatus = "ACTIVE") {
  const shop = await makeOpenShop({ status, name: `Shop ${suffix()}` });
  const owner = await makeMember(shop.id, "OWNER");
  return { shop, owner };
}

const statusOf = async (shopId: string) => (await db.shop.findUniqueOrThrow({ where: { id: shopId }, select: { status: true } })).status;
const rowsOf = async (shopId: string) => ({
  audit: await db.auditLog.count({ where: { shopId } }),
  notices: await db.shopNotice.count({ where: { shopId } }),
  points: await db.penaltyPoint.count({ where: { shopId } }),
});

let moderator: CurrentUser;
beforeEach(async () => {
  moderator ??= await platformUser("moderator");
  session.user = moderator;
  vi.mocked(revalidateTag).mockClear();
});

// The whole status machine, from every status, as the moderator.
const LEGAL: Record<ShopStatus, Partial<Record<EnforcementAction, ShopStatus>>> = {
  IN_REVIEW: { warn: "IN_REVIEW", penalty: "IN_REVIEW", close: "CLOSED" },
  ACTIVE: { warn: "ACTIVE", penalty: "ACTIVE", suspend: "SUSPENDED", close: "CLOSED" },
  SUSPENDED: { warn: "SUSPENDED", penalty: "SUSPENDED", reinstate: "ACTIVE", close: "CLOSED" },
  CLOSED: {},
};
const AUDIT = { warn: "shop.warned", penalty: "shop.penalised", suspend: "shop.suspended", reinstate: "shop.reinstated", close: "shop.closed" };

describe("transitions", () => {
  for (const [from, legal] of Object.entries(LEGAL) as [ShopStatus, (typeof LEGAL)[ShopStatus]][])
    for (const action of ENFORCEMENT_ACTIONS) {
      const to = legal[action];
      if (to)
        it(`${action} from ${from} → ${to}: audited, noticed, mailed, pages expired`, async () => {
          const { shop, owner } = await shopWithOwner(from);
          const answer = await enforceShopAction(shop.id, emptyFormState, form(fieldsFor(action)));
          expect(answer.saved).toEqual(expect.any(String));
          expect(answer.fields).toEqual({});
          expect(await statusOf(shop.id)).toBe(to);
          const entry = await db.auditLog.findFirstOrThrow({ where: { shopId: shop.id } });
          expect(entry).toMatchObject({ action: AUDIT[action], actorId: moderator.id, reason: REASON, before: { status: from }, after: { status: to } });
          const notice = await db.shopNotice.findFirstOrThrow({ where: { shopId: shop.id } });
          expect(notice.body).toContain(REASON);
          expect(await latestMailTo(owner.email)).toMatchObject({ subject: `${shop.name}: ${notice.title}`, text: expect.stringContaining(REASON) });
          expect(await db.penaltyPoint.count({ where: { shopId: shop.id } })).toBe(action === "penalty" ? 1 : 0);
          expect(revalidateTag).toHaveBeenCalledWith(`shop:${shop.id}`, { expire: 0 });
          expect(revalidateTag).toHaveBeenCalledWith(`shop-slug:${shop.slug}`, { expire: 0 });
          // Rescored after the action.
          expect((await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).trustScoreAt).not.toBeNull();
        });
      else
        it(`${action} from ${from} is refused (409) and changes nothing`, async () => {
          const { shop, owner } = await shopWithOwner(from);
          const before = await rowsOf(shop.id);
          await expect(enforce(db, moderator.id, shop.id, action, fieldsFor(action))).rejects.toMatchObject({ code: "conflict", status: 409 });
          expect(await enforceShopAction(shop.id, emptyFormState, form(fieldsFor(action)))).toMatchObject({ form: expect.stringMatching(/only|closed/i) });
          expect(await statusOf(shop.id)).toBe(from);
          expect(await rowsOf(shop.id)).toEqual(before);
          expect(await latestMailTo(owner.email)).toBeNull();
        });
    }

  it("refuses bad input field by field, an unknown shop, and changes nothing", async () => {
    const { shop } = await shopWithOwner();
    expect(await enforceShopAction(shop.id, emptyFormState, form({ action: "suspend", reason: "short" }))).toMatchObject({
      fields: { reason: "Give the reason the merchant will read (at least 10 characters)" },
    });
    expect(await enforceShopAction(shop.id, emptyFormState, form({ action: "penalty", rule: "jaywalking", points: "99", reason: REASON }))).toMatchObject({
      fields: { rule: "Choose the rule that was broken", points: "Enter the points, from 1 to 10" },
    });
    expect(await enforceShopAction(shop.id, emptyFormState, form({ action: "delete", reason: REASON }))).toMatchObject({
      fields: { action: "Choose an action" },
    });
    expect((await enforceShopAction("no-such-shop", emptyFormState, form(fieldsFor("warn")))).form).toBeTruthy();
    expect(await statusOf(shop.id)).toBe("ACTIVE");
    expect(await rowsOf(shop.id)).toEqual({ audit: 0, notices: 0, points: 0 });
  });

  it("re-checks the permission inside the write: a demoted moderator is refused", async () => {
    const { shop } = await shopWithOwner();
    const demoted = await platformUser("moderator");
    await db.user.update({ where: { id: demoted.id }, data: { role: "user" } });
    await expect(enforce(db, demoted.id, shop.id, "suspend", { reason: REASON })).rejects.toMatchObject({ code: "forbidden" });
    expect(await statusOf(shop.id)).toBe("ACTIVE");
  });
});

/** A paid order of the shop through a real checkout; its line for refunds. */
async function paidOrder(shopId: string) {
  const rate = await makeShippingRate(shopId);
  const variant = await makeVariant(shopId, { stock: 5 });
  const checkout = await startCheckout(db, checkoutInput(shopId, await cartWith(shopId, [{ variantId: variant.id, quantity: 2 }]), rate.id), {
    provider: testProvider,
  });
  await completePayment(db, { provider: "test", providerPaymentId: checkout.providerPaymentId });
  return { orderId: checkout.orderId, variant, rate, line: await db.orderLine.findFirstOrThrow({ where: { orderId: checkout.orderId } }) };
}

describe("a suspended shop", () => {
  it("is hidden from shoppers, refuses carts and checkouts, and its merchant still fulfils and refunds", async () => {
    const { shop, owner } = await shopWithOwner();
    await makeProduct(shop.id, { title: "Linen Tee" });
    const { orderId, line, variant, rate } = await paidOrder(shop.id);
    // A cart opened before the suspension, ready to check out.
    const created = await api("POST", `${API}/shops/${shop.slug}/carts`);
    expect(created.status).toBe(201);
    const token = created.body!.token as string;
    const cartId = await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]);
    // Shoppers saw it (and the reads are now cached).
    expect(await loadActiveShop(shop.slug)).toMatchObject({ id: shop.id });
    expect((await api("GET", `${API}/shops/${shop.slug}`)).status).toBe(200);

    expect(await enforceShopAction(shop.id, emptyFormState, form(fieldsFor("suspend")))).toMatchObject({ saved: `${shop.name} is suspended.` });

    // The storefront: the cached shop was expired, pages answer "unavailable" (404 page).
    expect(await loadActiveShop(shop.slug)).toBeNull();
    await expect(storefrontHome({ params: Promise.resolve({ shopSlug: shop.slug, locale: "en" }) })).rejects.toMatchObject(page404);
    // The Storefront API: catalogue gone, no new cart, no checkout of an old one, each a clear 4xx.
    expect((await api("GET", `${API}/shops/${shop.slug}`)).status).toBe(404);
    expect((await api("GET", `${API}/shops/${shop.slug}/products`)).status).toBe(404);
    expect(await api("POST", `${API}/shops/${shop.slug}/carts`)).toMatchObject({
      status: 409,
      body: { error: { code: "unavailable", message: "This shop isn't taking orders right now." } },
    });
    expect(await api("POST", `${API}/shops/${shop.slug}/cart/checkout`, { token })).toMatchObject({ status: 409, body: { error: { code: "unavailable" } } });
    // The cart and checkout code the storefront's own pages use refuses too.
    await expect(startCheckout(db, checkoutInput(shop.id, cartId, rate.id), { provider: testProvider })).rejects.toMatchObject({
      code: "unavailable",
      status: 409,
    });

    // The merchant: still sends and refunds the paid order.
    session.user = owner;
    expect(await orderActions.fulfilOrderAction(shop.slug, orderId, emptyFormState, form({ [`qty.${line.id}`]: "1" }))).toMatchObject({
      saved: expect.any(String),
    });
    expect(await orderActions.refundOrderAction(shop.slug, orderId, emptyFormState, form({ [`qty.${line.id}`]: "1" }))).toMatchObject({
      saved: expect.any(String),
    });
    expect(await db.refund.count({ where: { orderId } })).toBe(1);
    // The notice is on their dashboard.
    expect((await shopStanding(db, shop.id)).notices).toEqual([expect.objectContaining({ kind: "SUSPENDED", title: "Your shop is suspended" })]);

    // Reinstated: shoppers see it again at once.
    session.user = moderator;
    expect(await enforceShopAction(shop.id, emptyFormState, form(fieldsFor("reinstate")))).toMatchObject({ saved: `${shop.name} is open again.` });
    expect(await loadActiveShop(shop.slug)).toMatchObject({ id: shop.id });
    expect((await api("POST", `${API}/shops/${shop.slug}/carts`)).status).toBe(201);
  });

  it("a closed shop stays closed and hidden", async () => {
    const { shop } = await shopWithOwner();
    expect(await enforceShopAction(shop.id, emptyFormState, form(fieldsFor("close")))).toMatchObject({ saved: `${shop.name} is closed.` });
    expect(await loadActiveShop(shop.slug)).toBeNull();
    expect((await api("POST", `${API}/shops/${shop.slug}/carts`)).status).toBe(409);
    expect(await enforceShopAction(shop.id, emptyFormState, form(fieldsFor("reinstate")))).toMatchObject({ form: "Only a suspended shop can be reinstated." });
    expect(await statusOf(shop.id)).toBe("CLOSED");
  });
});

describe("penalty points", () => {
  it("count for a year, then expire from the standing and the score", async () => {
    const { shop } = await shopWithOwner();
    const given = new Date("2026-01-10T12:00:00Z");
    await enforce(db, moderator.id, shop.id, "penalty", { rule: "counterfeit", points: 8, reason: REASON }, given);
    await enforce(db, moderator.id, shop.id, "penalty", { rule: "late_fulfilment", points: 2, reason: REASON }, new Date(given.getTime() + 100 * DAY));
    const point = await db.penaltyPoint.findFirstOrThrow({ where: { shopId: shop.id, rule: "counterfeit" } });
    expect(point.expiresAt).toEqual(new Date(given.getTime() + 365 * DAY));

    const during = new Date(given.getTime() + 200 * DAY);
    expect(await shopStanding(db, shop.id, during)).toMatchObject({ activePoints: 10 });
    await computeTrustScores(db, { now: during, shopIds: [shop.id] });
    expect((await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).trustScoreParts).toMatchObject({ inputs: { activePoints: 10 } });

    const after = new Date(given.getTime() + 366 * DAY); // the first has expired, the second hasn't
    expect(await shopStanding(db, shop.id, after)).toMatchObject({ activePoints: 2, points: [expect.objectContaining({ rule: "late_fulfilment" })] });
    await computeTrustScores(db, { now: after, shopIds: [shop.id] });
    expect((await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).trustScoreParts).toMatchObject({ inputs: { activePoints: 2 } });
  });
});

describe("trust scores", () => {
  const now = new Date("2026-06-01T00:00:00Z");
  let number = 5000;

  /** An order paid `paidDaysAgo` days before `now`, first sent `sentAfterDays` after payment (null: not sent). */
  async function seedOrder(
    shopId: string,
    o: { paidDaysAgo: number; sentAfterDays: number | null; refunded?: boolean; status?: "PAID" | "CANCELLED" | "PENDING" },
  ) {
    const paidAt = o.status === "PENDING" ? null : new Date(now.getTime() - o.paidDaysAgo * DAY);
    const order = await db.order.create({
      data: {
        shopId,
        number: number++,
        email: "ada@example.test",
        status: o.status ?? "PAID",
        currency: "EUR",
        subtotalAmount: 2000,
        totalAmount: 2000,
        refundedAmount: o.refunded ? 500 : 0,
        shippingAddress: {},
        paidAt,
        createdAt: new Date(now.getTime() - o.paidDaysAgo * DAY),
      },
    });
    if (o.sentAfterDays !== null && paidAt)
      await db.fulfilment.create({ data: { shopId, orderId: order.id, createdAt: new Date(paidAt.getTime() + o.sentAfterDays * DAY) } });
  }

  it("are computed in SQL from the shop's orders, reports and points, as the formula says", async () => {
    const { shop } = await shopWithOwner();
    // 8 orders due (paid ≥ 3 days ago): 6 sent in time, 1 late, 1 never; 2 paid yesterday (not due yet).
    for (let i = 0; i < 6; i++) await seedOrder(shop.id, { paidDaysAgo: 10 + i, sentAfterDays: 1, refunded: i === 0 });
    await seedOrder(shop.id, { paidDaysAgo: 20, sentAfterDays: 5 });
    await seedOrder(shop.id, { paidDaysAgo: 30, sentAfterDays: null, status: "CANCELLED", refunded: true });
    await seedOrder(shop.id, { paidDaysAgo: 1, sentAfterDays: null });
    await seedOrder(shop.id, { paidDaysAgo: 1, sentAfterDays: 0 });
    // Not counted: older than the window, and never paid.
    await seedOrder(shop.id, { paidDaysAgo: TRUST.windowDays + 5, sentAfterDays: null, refunded: true });
    await seedOrder(shop.id, { paidDaysAgo: 5, sentAfterDays: null, status: "PENDING" });
    // One upheld report, one rejected, one open; one of another kind.
    const resolvedAt = new Date(now.getTime() - 10 * DAY);
    await db.moderationCase.createMany({
      data: [
        { shopId: shop.id, kind: "REPORT", status: "APPROVED", reason: "Fake", resolvedAt },
        { shopId: shop.id, kind: "REPORT", status: "REJECTED", reason: "Meh", resolvedAt },
        { shopId: shop.id, kind: "REPORT", status: "OPEN", reason: "Hmm" },
        { shopId: shop.id, kind: "TAKEDOWN", status: "APPROVED", reason: "Banned", resolvedAt },
      ],
    });
    await db.penaltyPoint.create({ data: { shopId: shop.id, rule: "late_fulfilment", points: 3, reason: REASON, expiresAt: new Date(now.getTime() + DAY) } });
    await db.penaltyPoint.create({ data: { shopId: shop.id, rule: "other", points: 5, reason: REASON, expiresAt: new Date(now.getTime() - DAY) } });
    const quiet = await shopWithOwner(); // no orders at all

    await computeTrustScores(db, { now, shopIds: [shop.id, quiet.shop.id] });
    const inputs = { dueOrders: 8, onTimeOrders: 6, paidOrders: 10, refundedOrders: 2, upheldReports: 1, activePoints: 3 };
    const expected = trustScore(inputs);
    // 40 × 6/8 = 30; 25 × (1 − 0.2/0.2) = 0; 15 × 4/5 = 12; 20 × 9/12 = 15 → 57.
    expect(expected.score).toBe(57);
    const stored = await db.shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(stored).toMatchObject({ trustScore: 57, trustScoreAt: now, trustScoreParts: { parts: expected.parts, inputs } });
    const none = trustScore({ dueOrders: 0, onTimeOrders: 0, paidOrders: 0, refundedOrders: 0, upheldReports: 0, activePoints: 0 });
    expect(await db.shop.findUniqueOrThrow({ where: { id: quiet.shop.id } })).toMatchObject({ trustScore: none.score });
  });

  it("are recomputed for every open shop by the daily trust-scores job", async () => {
    const { shop } = await shopWithOwner();
    const closed = await shopWithOwner("CLOSED");
    expect(QUEUES.trustScores).toMatchObject({ name: "trust-scores", cron: "30 3 * * *" });
    const job = jobDefinitions.find((j) => j.name === QUEUES.trustScores.name)!;
    const result = (await job.work({})) as { scored: number };
    expect(result.scored).toBeGreaterThanOrEqual(1);
    expect((await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).trustScore).not.toBeNull();
    expect((await db.shop.findUniqueOrThrow({ where: { id: closed.shop.id } })).trustScore).toBeNull();
  });
});

describe("the audit viewer", () => {
  it("filters by action (exact or prefix), shop, actor and days, pages, and exports the filtered list as CSV", async () => {
    const { listAudit, auditFilters } = await import("@/lib/audit/viewer");
    const { GET } = await import("@/app/api/admin/audit/export/route");
    const { shop } = await shopWithOwner();
    await enforce(db, moderator.id, shop.id, "warn", { reason: REASON });
    await enforce(db, moderator.id, shop.id, "suspend", { reason: 'Suspended, with a comma, and "quotes".' });
    const other = await shopWithOwner();
    await enforce(db, moderator.id, other.shop.id, "warn", { reason: REASON });

    const byShop = await listAudit(db, auditFilters({ shop: shop.slug }));
    expect(byShop.entries.map((e) => e.action)).toEqual(["shop.suspended", "shop.warned"]);
    expect((await listAudit(db, auditFilters({ shop: shop.id, action: "shop.warned" }))).total).toBe(1);
    expect((await listAudit(db, auditFilters({ shop: shop.id, action: "shop." }))).total).toBe(2);
    expect((await listAudit(db, auditFilters({ shop: shop.id, actor: moderator.email.toUpperCase() }))).total).toBe(2);
    expect((await listAudit(db, auditFilters({ shop: shop.id, actor: "someone@else.test" }))).total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAudit(db, auditFilters({ shop: shop.id, from: today, to: today }))).total).toBe(2);
    expect((await listAudit(db, auditFilters({ shop: shop.id, to: "2020-01-01" }))).total).toBe(0);
    // Junk in the address is ignored, never an error.
    expect(auditFilters({ from: "yesterday", page: "-3", action: "x".repeat(500) })).toEqual({});
    expect((await listAudit(db, auditFilters({ shop: shop.id, page: "2" }))).entries).toEqual([]);

    session.user = moderator;
    const response = await GET(new Request(`http://localhost/api/admin/audit/export?shop=${shop.id}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const csv = await response.text();
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe("created_at,action,shop_id,shop,actor_id,actor_email,target_type,target_id,reason,before,after,data");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`shop.suspended,${shop.id},${shop.slug},${moderator.id},${moderator.email}`);
    expect(lines[1]).toContain('"Suspended, with a comma, and ""quotes""."');
    expect(lines[1]).toContain('"{""status"":""ACTIVE""}","{""status"":""SUSPENDED""}"');
  });
});

describe("the console home", () => {
  it("counts queues with their oldest case, and paid orders and GMV per day and currency", async () => {
    const { consoleHome } = await import("@/lib/admin/console");
    const now = new Date();
    const before = await consoleHome(db, now);
    const { shop } = await shopWithOwner();
    const old = new Date("2020-01-01T00:00:00Z");
    await db.moderationCase.create({ data: { shopId: shop.id, kind: "REPORT", reason: "Fake", createdAt: old } });
    const usd = await makeOpenShop({ currency: "USD" });
    await db.order.create({
      data: {
        shopId: usd.id,
        number: 1,
        email: "a@b.test",
        status: "PAID",
        currency: "USD",
        subtotalAmount: 1234,
        totalAmount: 1234,
        shippingAddress: {},
        paidAt: now,
      },
    });
    const after = await consoleHome(db, now);
    expect(after.byStatus.ACTIVE).toBe(before.byStatus.ACTIVE + 2);
    expect(after.queues.find((q) => q.key === "REPORT")).toEqual({ key: "REPORT", waiting: expect.any(Number), oldest: old });
    const dollars = after.sales.currencies.find((c) => c.currency === "USD")!;
    const was = before.sales.currencies.find((c) => c.currency === "USD");
    expect(dollars.gross - (was?.gross ?? 0)).toBe(1234);
    expect(dollars.series).toHaveLength(30);
    expect(dollars.series.at(-1)).toMatchObject({ bucket: now.toISOString().slice(0, 10) });
  });
});
