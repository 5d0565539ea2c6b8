// Product moderation end to end against PostgreSQL: the platform's rules (administrators only),
// the publish gate on every path that makes a product ACTIVE (editor, bulk, CSV import),
// the admins' review queue, takedowns with one appeal, and shoppers' reports grouped by target
// and rate-limited per address. Storefront reads, the Storefront API and the cart must never
// show or sell a held product.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";
import { bulkSetStatus } from "@/lib/catalog/bulk";
import { CSV_COLUMNS } from "@/lib/catalog/csv";
import { importCsvForShop } from "@/lib/catalog/csv-import";
import { saveProductFromEditor } from "@/lib/catalog/product-editor";
import { addLine, createCart } from "@/lib/cart/cart";
import type { ShopActor } from "@/lib/core/actor";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/db/client";
import { latestMailTo } from "@/lib/mail/outbox";
import { decideCase, takeDownProduct } from "@/lib/moderation/cases";
import { appealTakedown, productHolds } from "@/lib/moderation/merchant";
import { listModerationQueue } from "@/lib/moderation/queue";
import { createRule, deleteRule, updateRule } from "@/lib/moderation/rule-edits";
import { REPORTS_PER_MINUTE, submitReport } from "@/lib/moderation/reports";
import { findProductId, getStorefrontProduct, listStorefrontProducts } from "@/lib/storefront/storefront";
import { session } from "@/tests/support/session";
import { makeMember, makeOpenShop, makeProduct, makeUser } from "@/tests/support/shop-fixtures";
import { API, api } from "@/tests/support/storefront-api";

process.env.APP_URL = "http://localhost:3000";
vi.mock("next/cache", async () => (await import("@/tests/support/fake-next-cache")).fakeNextCacheModule());
// The report page's server action reads the client's address from the request's headers.
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.10" }),
}));

const moderationActions = await import("@/app/(admin)/admin/moderation/actions");
const ruleActions = await import("@/app/(admin)/admin/rules/actions");
const merchantActions = await import("@/app/(merchant)/dashboard/[shop]/products/moderation-actions");
const empty = { fields: {} };
const form = (fields: Record<string, string> = {}) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const page = (status: 403 | 404) => ({ digest: expect.stringMatching(new RegExp(`^NEXT_HTTP_ERROR_FALLBACK;${status}`)) });

beforeAll(() => {
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "minishop-moderation-"));
});
beforeEach(() => {
  session.user = null;
});

const suffix = () => Math.random().toString(36).slice(2, 8);
/** A word no other test's rule or product uses: the rules are platform-wide. */
const word = (stem: string) => `${stem}${suffix().replace(/\d/g, "x")}`;

async function platformUser(role: "admin" | "moderator"): Promise<CurrentUser> {
  const user = await makeUser(`${role}-${suffix()}@example.test`);
  await db.user.update({ where: { id: user.id }, data: { role } });
  return { id: user.id, name: `${role} ${suffix()}`, email: user.email, role };
}

async function shopWithOwner() {
  const shop = await makeOpenShop({ name: `Shop ${suffix()}` });
  const owner = await makeMember(shop.id, "OWNER");
  const actor: ShopActor = { shopId: shop.id, userId: owner.id, role: "OWNER" };
  return { shop, owner, actor };
}

const product = (id: string) => db.product.findUniqueOrThrow({ where: { id }, select: { status: true, moderationState: true, title: true } });
const casesOf = (productId: string) => db.moderationCase.findMany({ where: { productId }, orderBy: { createdAt: "asc" } });
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => {
      if (!(error instanceof AppError)) throw error;
      return { status: error.status, message: error.message };
    },
  );

let admin: CurrentUser;
let moderator: CurrentUser;
beforeAll(async () => {
  admin = await platformUser("admin");
  moderator = await platformUser("moderator");
});

async function rule(level: "PROHIBITED" | "RESTRICTED", stem: string, kind: "TERM" | "CATEGORY" = "TERM") {
  const value = word(stem);
  await createRule(db, admin.id, { kind, value, level, reason: `${stem} is ${level.toLowerCase()} on Minishop` });
  return value;
}

async function isOnStorefront(shop: { id: string; slug: string }, productId: string, handle: string) {
  const list = await listStorefrontProducts(db, shop.id, { page: 1, sort: "newest" } as never);
  const apiProduct = await api("GET", `${API}/shops/${shop.slug}/products/${handle}`);
  // The product page shows a product only when this says ACTIVE (p/[handle]/page.tsx).
  const page = await getStorefrontProduct(db, shop.id, (await findProductId(db, shop.id, handle))!);
  return { listed: list.products.some((p) => p.id === productId), found: page?.status === "ACTIVE", api: apiProduct.status };
}

describe("rules (administrators only)", () => {
  it("an administrator adds, changes and deletes rules, each audited with before/after", async () => {
    const value = word("Ivory");
    const created = await createRule(db, admin.id, { kind: "TERM", value: `  ${value} `, level: "PROHIBITED", reason: "Ivory trade is banned" });
    expect(created).toMatchObject({ value, key: value.toLowerCase(), active: true });
    expect(await refusal(createRule(db, admin.id, { kind: "TERM", value: value.toUpperCase(), level: "RESTRICTED", reason: "Again here" }))).toMatchObject({
      status: 409,
    });
    expect(await refusal(createRule(db, admin.id, { kind: "TERM", value: "", level: "LOUD", reason: "" }))).toMatchObject({ status: 400 });
    await updateRule(db, admin.id, created.id, { level: "RESTRICTED", reason: "Antique ivory needs a review", active: "on" });
    await deleteRule(db, admin.id, created.id);
    const audit = await db.auditLog.findMany({ where: { targetId: created.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["rule.created", "rule.updated", "rule.deleted"]);
    expect(audit[1]).toMatchObject({
      actorId: admin.id,
      before: { level: "PROHIBITED" },
      after: { level: "RESTRICTED", reason: "Antique ivory needs a review" },
    });
  });

  it("moderators, merchants and shoppers are refused every rule change, and nothing changes", async () => {
    const { owner } = await shopWithOwner();
    const shopper = await makeUser();
    const value = await rule("PROHIBITED", "knuckles");
    const existing = await db.moderationRule.findFirstOrThrow({ where: { value } });
    for (const userId of [moderator.id, owner.id, shopper.id]) {
      expect(await refusal(createRule(db, userId, { kind: "TERM", value: word("x"), level: "PROHIBITED", reason: "Nobody may" }))).toMatchObject({
        status: 403,
      });
      expect(await refusal(updateRule(db, userId, existing.id, { level: "RESTRICTED", reason: "Nobody may", active: "" }))).toMatchObject({ status: 403 });
      expect(await refusal(deleteRule(db, userId, existing.id))).toMatchObject({ status: 403 });
    }
    // Through the console's actions: the moderator gets the 403 page, the merchant too, a guest signs in.
    for (const user of [moderator, owner]) {
      session.user = user;
      await expect(
        ruleActions.createRuleAction(empty, form({ kind: "TERM", value: word("y"), level: "PROHIBITED", reason: "Nobody may" })),
      ).rejects.toMatchObject(page(403));
      await expect(ruleActions.updateRuleAction(existing.id, empty, form({ level: "RESTRICTED", reason: "Nobody may" }))).rejects.toMatchObject(page(403));
      await expect(ruleActions.deleteRuleAction(existing.id)).rejects.toMatchObject(page(403));
    }
    session.user = null;
    await expect(ruleActions.deleteRuleAction(existing.id)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;\w+;\/sign-in/) });
    expect(await db.moderationRule.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ level: "PROHIBITED", active: true });
    // An administrator's action works and answers a confirmation.
    session.user = admin;
    expect(await ruleActions.updateRuleAction(existing.id, empty, form({ level: "RESTRICTED", reason: "Now reviewed", active: "on" }))).toMatchObject({
      saved: `Rule “${value}” saved.`,
    });
    expect(await ruleActions.createRuleAction(empty, form({ kind: "TERM", value: "", level: "PROHIBITED", reason: "" }))).toMatchObject({
      fields: { value: expect.stringContaining("Enter the word") },
    });
  });
});

describe("the publish gate", () => {
  it("refuses to publish a prohibited product from the editor and bulk publish, naming the reason; nothing changes", async () => {
    const { actor, shop } = await shopWithOwner();
    const term = await rule("PROHIBITED", "ivory");
    const { product: draft } = await makeProduct(shop.id, { title: `Carved ${term} comb`, status: "DRAFT" });
    const bulk = await refusal(bulkSetStatus(db, actor, [draft.id], "ACTIVE"));
    expect(bulk).toMatchObject({ status: 400 });
    expect(bulk.message).toContain("ivory is prohibited on Minishop");
    expect(await product(draft.id)).toMatchObject({ status: "DRAFT", moderationState: "NONE" });

    const editor = await refusal(
      saveProductFromEditor(
        db,
        actor,
        null,
        { title: "Comb", descriptionMd: `Real ${term.toUpperCase()}.`, status: "ACTIVE", variants: [{ priceAmount: 900 }] },
        [],
      ),
    );
    expect(editor.message).toContain(`“${term}” in the description`);
    expect(await db.product.count({ where: { shopId: shop.id } })).toBe(1);
    expect(await db.moderationCase.count({ where: { shopId: shop.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: { startsWith: "product." } } })).toBe(0);
    // Whole words only: "ivory" inside another word is no match.
    const { product: fine } = await makeProduct(shop.id, { title: `Un${term}ish comb`, status: "DRAFT" });
    expect(await bulkSetStatus(db, actor, [fine.id], "ACTIVE")).toEqual({ count: 1 });
    expect(await product(fine.id)).toMatchObject({ status: "ACTIVE" });
  });

  it("holds a restricted product back: pending, one review case, off the storefront, the API and the cart", async () => {
    const { actor, shop } = await shopWithOwner();
    const category = await rule("RESTRICTED", "Knives", "CATEGORY");
    const { product: knife, variant } = await makeProduct(shop.id, { title: "Chef's blade", status: "DRAFT" });
    await db.product.update({ where: { id: knife.id }, data: { tags: ["kitchen", category.toLowerCase()] } });
    const { id: cartId } = await createCart(db, shop.id);

    expect(await bulkSetStatus(db, actor, [knife.id], "ACTIVE")).toMatchObject({ pending: [knife.id] });
    expect(await product(knife.id)).toMatchObject({ status: "DRAFT", moderationState: "PENDING" });
    // Published again while waiting: still one open case.
    await bulkSetStatus(db, actor, [knife.id], "ACTIVE");
    const cases = await casesOf(knife.id);
    expect(cases).toMatchObject([{ kind: "PRODUCT_REVIEW", status: "OPEN" }]);
    expect(cases[0].reason).toContain("Knives is restricted on Minishop");

    expect(await isOnStorefront(shop, knife.id, knife.handle)).toEqual({ listed: false, found: false, api: 404 });
    expect(await refusal(addLine(db, shop.id, cartId, { variantId: variant.id, quantity: 1 }))).toMatchObject({ status: 409 });
    // The database refuses an ACTIVE held product whatever writes it.
    await expect(db.product.update({ where: { id: knife.id }, data: { status: "ACTIVE" } })).rejects.toThrow();
    expect((await productHolds(db, shop.id, [knife.id])).get(knife.id)).toMatchObject({ state: "PENDING" });

    // The admin approves: live, the merchant is told, the audit says who.
    const queue = await listModerationQueue(db, { kind: "PRODUCT_REVIEW" });
    expect(queue.cases.map((c) => c.id)).toContain(cases[0].id);
    session.user = moderator;
    expect(await moderationActions.decideCaseAction(cases[0].id, empty, form({ decision: "approve" }))).toMatchObject({
      saved: "“Chef's blade” is approved and live.",
    });
    expect(await product(knife.id)).toMatchObject({ status: "ACTIVE", moderationState: "APPROVED" });
    expect(await isOnStorefront(shop, knife.id, knife.handle)).toEqual({ listed: true, found: true, api: 200 });
    expect(await addLine(db, shop.id, cartId, { variantId: variant.id, quantity: 1 })).toBeTruthy();
    expect((await latestMailTo(actor.userId ? (await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).email : ""))?.subject).toContain("approved");
    expect(await db.auditLog.findFirst({ where: { targetId: knife.id, action: "moderation.product_review_approved" } })).toMatchObject({
      actorId: moderator.id,
      before: { status: "DRAFT", moderationState: "PENDING" },
      after: { status: "ACTIVE", moderationState: "APPROVED" },
    });
    // Approved once: saving it again publishes without a new review.
    await bulkSetStatus(db, actor, [knife.id], "DRAFT");
    expect(await bulkSetStatus(db, actor, [knife.id], "ACTIVE")).toEqual({ count: 1 });
  });

  it("editing a live product to add a restricted word takes it off until reviewed (the editor's update path)", async () => {
    const { actor, shop } = await shopWithOwner();
    const term = await rule("RESTRICTED", "taser");
    const { product: created } = await saveProductFromEditor(db, actor, null, { title: "Torch", status: "ACTIVE", variants: [{ priceAmount: 1500 }] }, []);
    expect(created).toMatchObject({ status: "ACTIVE", moderationState: "NONE" });
    const { product: saved } = await saveProductFromEditor(
      db,
      actor,
      created.id,
      {
        title: "Torch",
        handle: created.handle,
        descriptionMd: `Doubles as a ${term}.`,
        status: "ACTIVE",
        variants: [{ priceAmount: 1500 }],
      },
      [],
    );
    expect(saved).toMatchObject({ status: "DRAFT", moderationState: "PENDING" });
    expect(await casesOf(created.id)).toMatchObject([{ kind: "PRODUCT_REVIEW", status: "OPEN" }]);
    expect(await db.auditLog.findFirst({ where: { targetId: created.id, action: "product.held_for_review" } })).toBeTruthy();
    expect(await isOnStorefront(shop, created.id, created.handle)).toMatchObject({ listed: false, found: false });
  });

  it("a rejected review keeps the product off with the reason the merchant reads", async () => {
    const { actor, shop } = await shopWithOwner();
    const term = await rule("RESTRICTED", "vape");
    const { product: p } = await makeProduct(shop.id, { title: `${term} kit`, status: "DRAFT" });
    await bulkSetStatus(db, actor, [p.id], "ACTIVE");
    const [kase] = await casesOf(p.id);
    expect(await refusal(decideCase(db, moderator.id, kase.id, "reject", { reason: "short" }))).toMatchObject({ status: 400 });
    await decideCase(db, moderator.id, kase.id, "reject", { reason: "Show the age check you run before selling." });
    expect(await product(p.id)).toMatchObject({ status: "DRAFT", moderationState: "NONE" });
    expect((await productHolds(db, shop.id, [p.id])).get(p.id)).toEqual({
      state: "REJECTED",
      reason: "Show the age check you run before selling.",
      appeal: null,
    });
    expect(await refusal(decideCase(db, moderator.id, kase.id, "approve", {}))).toMatchObject({ status: 400 });
  });

  it("CSV import: a restricted product waits for review, a prohibited one refuses the file (4xx, nothing written)", async () => {
    const { actor, shop } = await shopWithOwner();
    const restricted = await rule("RESTRICTED", "crossbow");
    const prohibited = await rule("PROHIBITED", "pangolin");
    const header = CSV_COLUMNS.join(",");
    const line = (cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>>) => CSV_COLUMNS.map((c) => JSON.stringify(cells[c] ?? "")).join(",");
    const ok = await importCsvForShop(
      db,
      actor,
      [
        header,
        line({ Handle: "bow", Title: `Hunting ${restricted}`, Published: "TRUE", "Variant Price": "90.00" }),
        line({ Handle: "mug", Title: "Mug", Published: "TRUE", "Variant Price": "9.00" }),
      ].join("\n"),
    );
    expect(ok).toMatchObject({ ok: true, created: 2 });
    const bow = await db.product.findFirstOrThrow({ where: { shopId: shop.id, handle: "bow" } });
    expect(bow).toMatchObject({ status: "DRAFT", moderationState: "PENDING" });
    expect(await db.product.findFirstOrThrow({ where: { shopId: shop.id, handle: "mug" } })).toMatchObject({ status: "ACTIVE" });
    expect(await casesOf(bow.id)).toHaveLength(1);

    const bad = await refusal(
      importCsvForShop(db, actor, [header, line({ Handle: "scales", Title: `${prohibited} scales`, Published: "TRUE", "Variant Price": "9.00" })].join("\n")),
    );
    expect(bad.status).toBe(400);
    expect(bad.message).toContain("pangolin is prohibited");
    expect(await db.product.count({ where: { shopId: shop.id, handle: "scales" } })).toBe(0);
  });
});

describe("takedowns and the one appeal", () => {
  it("takes a live product down, the merchant appeals once, a second appeal is refused, the rejection is final", async () => {
    const { actor, shop, owner } = await shopWithOwner();
    const { product: p } = await makeProduct(shop.id, { title: "Replica watch" });
    await takeDownProduct(db, moderator.id, p.id, { reason: "Counterfeit of a protected brand." });
    expect(await product(p.id)).toMatchObject({ status: "DRAFT", moderationState: "TAKEN_DOWN" });
    expect(await isOnStorefront(shop, p.id, p.handle)).toMatchObject({ listed: false, found: false, api: 404 });
    expect((await latestMailTo(owner.email))?.text).toContain("Counterfeit of a protected brand.");
    // The merchant can't simply publish it again.
    expect((await refusal(bulkSetStatus(db, actor, [p.id], "ACTIVE"))).message).toContain("was taken down by Minishop");
    expect(await refusal(takeDownProduct(db, moderator.id, p.id, { reason: "Counterfeit of a protected brand." }))).toMatchObject({ status: 400 });

    expect(await refusal(appealTakedown(db, actor, p.id, { message: "no" }))).toMatchObject({ status: 400 });
    session.user = owner;
    expect(await merchantActions.appealTakedownAction(shop.slug, p.id, empty, form({ message: "It is our own design, see the registration." }))).toMatchObject({
      saved: expect.stringContaining("appeal was sent"),
    });
    const appeal = await db.moderationCase.findFirstOrThrow({ where: { productId: p.id, kind: "APPEAL" } });
    expect(await merchantActions.appealTakedownAction(shop.slug, p.id, empty, form({ message: "Please look again at our registration." }))).toMatchObject({
      form: expect.stringContaining("already appealed"),
    });
    expect(await refusal(appealTakedown(db, actor, p.id, { message: "Please look again at our registration." }))).toMatchObject({
      status: 409,
      message: expect.stringContaining("already appealed"),
    });
    await decideCase(db, admin.id, appeal.id, "reject", { reason: "The registration is for another product." });
    expect(await product(p.id)).toMatchObject({ moderationState: "TAKEN_DOWN" });
    expect((await productHolds(db, shop.id, [p.id])).get(p.id)).toMatchObject({ state: "TAKEN_DOWN", appeal: { status: "REJECTED" } });
    expect(await refusal(appealTakedown(db, actor, p.id, { message: "Please look again at our registration." }))).toMatchObject({ status: 409 });
    expect(await db.moderationCase.count({ where: { productId: p.id, kind: "APPEAL" } })).toBe(1);
  });

  it("an accepted appeal restores the product as it was", async () => {
    const { actor, shop } = await shopWithOwner();
    const { product: p } = await makeProduct(shop.id, { title: "Herbal tea" });
    await takeDownProduct(db, admin.id, p.id, { reason: "Health claims need evidence." });
    const appeal = await appealTakedown(db, actor, p.id, { message: "We removed the claims from the description." });
    await decideCase(db, moderator.id, appeal.id, "approve", {});
    expect(await product(p.id)).toMatchObject({ status: "ACTIVE", moderationState: "APPROVED" });
    expect(await isOnStorefront(shop, p.id, p.handle)).toEqual({ listed: true, found: true, api: 200 });
  });
});

describe("reports", () => {
  it("groups reports by target with their count and reasons; a closed case starts a new one", async () => {
    const { shop } = await shopWithOwner();
    const { product: p } = await makeProduct(shop.id, { title: "Suspicious pills" });
    const a = await submitReport(db, shop.id, { productId: p.id, reason: "SCAM", details: "Claims to cure everything" }, "198.51.100.1");
    const b = await submitReport(db, shop.id, { productId: p.id, reason: "PROHIBITED_ITEM" }, "198.51.100.2");
    const s = await submitReport(db, shop.id, { reason: "OFFENSIVE", details: "The banner" }, "198.51.100.3");
    expect(b.caseId).toBe(a.caseId);
    expect(s.caseId).not.toBe(a.caseId);
    const queue = await listModerationQueue(db, { kind: "REPORT" });
    const row = queue.cases.find((c) => c.id === a.caseId);
    expect(row).toMatchObject({ product: { title: "Suspicious pills" }, _count: { reports: 2 } });
    expect(queue.cases.find((c) => c.id === s.caseId)).toMatchObject({ product: null, _count: { reports: 1 } });
    const reports = await db.moderationReport.findMany({ where: { caseId: a.caseId }, orderBy: { createdAt: "asc" } });
    expect(reports.map((r) => [r.reason, r.details])).toEqual([
      ["SCAM", "Claims to cure everything"],
      ["PROHIBITED_ITEM", ""],
    ]);
    // Upheld: the product is taken down; the next report opens a new case.
    await decideCase(db, moderator.id, a.caseId, "approve", { reason: "Unlicensed medicine." });
    expect(await product(p.id)).toMatchObject({ moderationState: "TAKEN_DOWN" });
    expect(await refusal(submitReport(db, shop.id, { productId: p.id, reason: "SCAM" }, "198.51.100.4"))).toMatchObject({ status: 404 });
    await decideCase(db, moderator.id, s.caseId, "reject", {});
    expect((await submitReport(db, shop.id, { reason: "SCAM" }, "198.51.100.4")).caseId).not.toBe(s.caseId);
  });

  it("refuses bad input, unknown targets, and more than the limit per address (429), through the route too", async () => {
    const { shop } = await shopWithOwner();
    const other = await shopWithOwner();
    const { product: mine } = await makeProduct(other.shop.id);
    expect(await refusal(submitReport(db, shop.id, { reason: "BORED" }, "203.0.113.50"))).toMatchObject({ status: 400 });
    expect(await refusal(submitReport(db, shop.id, { reason: "SCAM", details: "x".repeat(1001) }, "203.0.113.50"))).toMatchObject({ status: 400 });
    expect(await refusal(submitReport(db, shop.id, { reason: "SCAM", productId: mine.id }, "203.0.113.50"))).toMatchObject({ status: 404 });
    const route = await import("@/app/api/shops/[shopId]/reports/route");
    const post = (body: unknown, address: string) =>
      route.POST(
        new Request(`http://localhost/api/shops/${shop.id}/reports`, {
          method: "POST",
          headers: { "Content-Type": "application/json", "X-Forwarded-For": address },
          body: JSON.stringify(body),
        }),
        { params: Promise.resolve({ shopId: shop.id }) },
      );
    // The count is per minute of Date: freeze Date 30 s into the coming minute so a slow run stays in one window.
    vi.useFakeTimers({ toFake: ["Date"], now: (Math.floor(Date.now() / 60_000) + 1) * 60_000 + 30_000 });
    try {
      const address = "203.0.113.77";
      expect((await post({ reason: "nope" }, address)).status).toBe(400); // refused before it counts
      for (let i = 0; i < REPORTS_PER_MINUTE; i++) expect((await post({ reason: "SCAM" }, address)).status).toBe(201);
      const over = await post({ reason: "SCAM" }, address);
      expect(over.status).toBe(429);
      expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await db.moderationReport.count({ where: { shopId: shop.id } })).toBe(REPORTS_PER_MINUTE);
      expect((await post({ reason: "SCAM" }, "192.0.2.77")).status).toBe(201);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the storefront's report page", () => {
  it("sends a report through its server action and answers in the shopper's language", async () => {
    const { shop } = await shopWithOwner();
    const { product: p } = await makeProduct(shop.id, { title: "Fake bag" });
    const { reportAction } = await import("@/app/(storefront)/s/[shopSlug]/[locale]/report/actions");
    expect(await reportAction(shop.id, "fr", p.id, empty, form({ reason: "COUNTERFEIT", details: "Logo copié" }))).toMatchObject({
      saved: "Merci : votre signalement a été envoyé aux modérateurs de Minishop.",
    });
    expect(await reportAction(shop.id, "fr", p.id, empty, form({}))).toMatchObject({ fields: { reason: "Choisissez le problème" } });
    expect(await db.moderationReport.findMany({ where: { productId: p.id }, select: { reason: true, details: true } })).toEqual([
      { reason: "COUNTERFEIT", details: "Logo copié" },
    ]);
  });
});

describe("access", () => {
  it("merchants and shoppers are refused every admin action; nothing changes", async () => {
    const { actor, shop, owner } = await shopWithOwner();
    const shopper = await makeUser();
    const term = await rule("RESTRICTED", "sword");
    const { product: p } = await makeProduct(shop.id, { title: `Toy ${term}`, status: "DRAFT" });
    await bulkSetStatus(db, actor, [p.id], "ACTIVE");
    const [kase] = await casesOf(p.id);
    for (const user of [owner, { ...shopper, role: "user" }]) {
      session.user = user;
      await expect(moderationActions.decideCaseAction(kase.id, empty, form({ decision: "approve" }))).rejects.toMatchObject(page(403));
      await expect(moderationActions.takeDownAction(p.id, empty, form({ reason: "Not allowed to do this at all." }))).rejects.toMatchObject(page(403));
    }
    for (const userId of [owner.id, shopper.id]) {
      expect(await refusal(decideCase(db, userId, kase.id, "approve", {}))).toMatchObject({ status: 403 });
      expect(await refusal(decideCase(db, userId, kase.id, "reject", { reason: "Not allowed to decide this." }))).toMatchObject({ status: 403 });
      expect(await refusal(takeDownProduct(db, userId, p.id, { reason: "Not allowed to do this at all." }))).toMatchObject({ status: 403 });
    }
    expect(await product(p.id)).toMatchObject({ status: "DRAFT", moderationState: "PENDING" });
    expect((await casesOf(p.id))[0]).toMatchObject({ status: "OPEN" });
    // Another shop's member can't appeal this shop's product.
    const stranger = await shopWithOwner();
    await takeDownProduct(db, admin.id, p.id, { reason: "Weapons are not sold here." });
    expect(await refusal(appealTakedown(db, stranger.actor, p.id, { message: "Let me appeal someone else's product." }))).toMatchObject({ status: 404 });
  });
});
