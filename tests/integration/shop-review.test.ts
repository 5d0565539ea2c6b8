// The shop review end to end, through the actions and route handlers as Next.js calls them:
// the owner's business details and documents (checked by content, stored privately, downloaded
// only by the owner and reviewers), submitting, the admins' queue, rejecting with a reason,
// resubmitting, approving; the audit rows and mails; the storefront and the Storefront API
// refusing a shop in review until it is approved.
import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { latestMailTo } from "@/lib/mail/outbox";
import { listReviewQueue } from "@/lib/shops/review-queue";
import { getShopReview, reviewBannerState } from "@/lib/shops/review-submission";
import { createShop } from "@/lib/shops/shops";
import { session } from "@/tests/support/session";
import { makeMember, makeOpenShop, makeProduct, makeUser } from "@/tests/support/shop-fixtures";
import { API, api } from "@/tests/support/storefront-api";

process.env.APP_URL = "http://localhost:3000";
vi.mock("next/cache", async () => (await import("@/tests/support/fake-next-cache")).fakeNextCacheModule());

const merchant = await import("@/app/(merchant)/dashboard/[shop]/review/actions");
const admin = await import("@/app/(admin)/admin/reviews/actions");
const uploadRoute = await import("@/app/api/shops/[shopId]/review/documents/route");
const downloadRoute = await import("@/app/api/shops/[shopId]/review/documents/[documentId]/route");
const storefrontHome = (await import("@/app/(storefront)/s/[shopSlug]/[locale]/page")).default;

const empty = { fields: {} };
const suffix = () => Math.random().toString(36).slice(2, 8);
const signIn = { digest: expect.stringMatching(/^NEXT_REDIRECT;\w+;\/sign-in\?next=/) };
const page = (status: 403 | 404) => ({ digest: expect.stringMatching(new RegExp(`^NEXT_HTTP_ERROR_FALLBACK;${status}`)) });

const DETAILS = {
  legalName: "Maya Teas SARL",
  businessType: "COMPANY",
  registrationNumber: "FR 123 456 789",
  country: "FR",
  contactName: "Maya Martin",
  contactEmail: "maya@teas.test",
  contactPhone: "+33 1 23 45 67 89",
};
function detailsForm(fields: Record<string, string> = DETAILS, categories = ["food", "home"]) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  for (const c of categories) data.append("categories", c);
  return data;
}

/** A small but well-formed PDF: header, one object, a cross-reference table and its trailer. */
function realPdf() {
  const head = "%PDF-1.4\n";
  const object = "1 0 obj\n<< /Type /Catalog >>\nendobj\n";
  const xrefAt = head.length + object.length;
  const xref = `xref\n0 2\n0000000000 65535 f \n${String(head.length).padStart(10, "0")} 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\n`;
  return Buffer.from(`${head}${object}${xref}startxref\n${xrefAt}\n%%EOF\n`, "latin1");
}
const realPng = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: "#0f766e" } })
    .png()
    .toBuffer();

function upload(shopId: string, bytes: Buffer, name: string, type = "application/octet-stream") {
  const data = new FormData();
  data.set("file", new File([new Uint8Array(bytes)], name, { type }));
  const request = new Request(`http://localhost/api/shops/${shopId}/review/documents`, { method: "POST", body: data });
  return uploadRoute.POST(request, { params: Promise.resolve({ shopId }) });
}
const download = (shopId: string, documentId: string) =>
  downloadRoute.GET(new Request(`http://localhost/api/shops/${shopId}/review/documents/${documentId}`), { params: Promise.resolve({ shopId, documentId }) });

async function platformUser(role: "admin" | "moderator"): Promise<CurrentUser> {
  const user = await makeUser(`${role}-${suffix()}@example.test`);
  await db.user.update({ where: { id: user.id }, data: { role } });
  return { id: user.id, name: `${role} ${suffix()}`, email: user.email, role };
}

/** A shop in review with its owner, as "Open shop" makes it with SHOP_REVIEW=manual. */
async function shopInReview() {
  const shop = await makeOpenShop({ status: "IN_REVIEW", name: `Teas ${suffix()}` });
  const owner = await makeMember(shop.id, "OWNER");
  return { shop, owner };
}

/** An owner's shop with its details saved and one document: ready to submit. */
async function readyToSubmit() {
  const { shop, owner } = await shopInReview();
  session.user = owner;
  expect(await merchant.saveBusinessDetailsAction(shop.slug, empty, detailsForm())).toMatchObject({ saved: "Details saved." });
  expect((await upload(shop.id, realPdf(), "kbis.pdf", "application/pdf")).status).toBe(201);
  return { shop, owner };
}

const reviewRow = (shopId: string) => db.shopReview.findUnique({ where: { shopId } });
const statusOf = async (shopId: string) => (await db.shop.findUniqueOrThrow({ where: { id: shopId }, select: { status: true } })).status;

beforeEach(() => {
  session.user = null;
});

describe("business details and submitting (owner)", () => {
  it("names every bad field, saves nothing, and saves a valid form", async () => {
    const { shop, owner } = await shopInReview();
    session.user = owner;
    const bad = await merchant.saveBusinessDetailsAction(
      shop.slug,
      empty,
      detailsForm({ ...DETAILS, legalName: " ", businessType: "PARTNERSHIP", country: "XX", contactEmail: "nope", contactPhone: "call me" }, ["weapons"]),
    );
    expect(bad.fields).toEqual({
      legalName: "Enter the legal name of the business or person",
      businessType: "Choose individual or company",
      country: "Choose the country of registration",
      contactEmail: "Enter a valid email address, like hello@example.com",
      contactPhone: "Enter a phone number with its country code, like +33 1 23 45 67 89",
      categories: "Choose categories from the list",
    });
    expect(await merchant.saveBusinessDetailsAction(shop.slug, empty, detailsForm(DETAILS, []))).toMatchObject({
      fields: { categories: "Choose at least one category" },
    });
    expect(await merchant.saveBusinessDetailsAction(shop.slug, empty, detailsForm(DETAILS, ["food", "home", "toys", "books"]))).toMatchObject({
      fields: { categories: "Choose at most 3 categories" },
    });
    expect(await reviewRow(shop.id)).toBeNull();

    expect(await merchant.saveBusinessDetailsAction(shop.slug, empty, detailsForm())).toMatchObject({ saved: "Details saved." });
    expect(await reviewRow(shop.id)).toMatchObject({ ...DETAILS, categories: ["food", "home"], state: "DRAFT" });
  });

  it("refuses to submit without complete details or a document, changing nothing", async () => {
    const { shop, owner } = await shopInReview();
    session.user = owner;
    expect(await merchant.submitShopReviewAction(shop.slug)).toMatchObject({ form: "Fill in and save every business detail before submitting." });
    await merchant.saveBusinessDetailsAction(shop.slug, empty, detailsForm());
    expect(await merchant.submitShopReviewAction(shop.slug)).toMatchObject({ form: "Add at least one supporting document before submitting." });
    expect(await reviewRow(shop.id)).toMatchObject({ state: "DRAFT", submittedAt: null });
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: "shop.review_submitted" } })).toBe(0);
  });

  it("is for owners only: staff get the 403 page, another shop's owner the 404 page, a guest signs in", async () => {
    const { shop } = await shopInReview();
    session.user = await makeMember(shop.id, "STAFF");
    await expect(merchant.saveBusinessDetailsAction(shop.slug, empty, detailsForm())).rejects.toMatchObject(page(403));
    await expect(merchant.submitShopReviewAction(shop.slug)).rejects.toMatchObject(page(403));
    session.user = await makeMember((await makeOpenShop()).id, "OWNER");
    await expect(merchant.saveBusinessDetailsAction(shop.slug, empty, detailsForm())).rejects.toMatchObject(page(404));
    session.user = null;
    await expect(merchant.submitShopReviewAction(shop.slug)).rejects.toMatchObject(signIn);
    expect(await reviewRow(shop.id)).toBeNull();
  });

  it("with SHOP_REVIEW=auto the shop opens live as before, and there is nothing to submit", async () => {
    const owner = await makeUser();
    const shop = await createShop(
      db,
      owner.id,
      { name: "Auto Teas", slug: `auto-${suffix()}`, currency: "EUR", contactEmail: "a@b.test", defaultLocale: "en" },
      "auto",
    );
    expect(await statusOf(shop.id)).toBe("ACTIVE");
    session.user = { id: owner.id, name: owner.name, email: owner.email, role: "user" };
    expect(await merchant.saveBusinessDetailsAction(shop.slug, empty, detailsForm())).toMatchObject({
      form: "Your shop is no longer in review: there is nothing to submit.",
    });
    expect((await getShopReview(db, shop.id)).editable).toBe(false);
  });
});

describe("documents", () => {
  it("are checked by content: a text file named .pdf and an oversize file are refused, a real PNG and PDF accepted", async () => {
    const { shop, owner } = await shopInReview();
    session.user = owner;
    const fake = await upload(shop.id, Buffer.from("Just some text pretending to be a PDF\n"), "kbis.pdf", "application/pdf");
    expect(fake.status).toBe(415);
    expect(await fake.json()).toMatchObject({ error: { fields: { file: "The file is not a PDF or a JPEG, PNG or WebP picture." } } });
    const truncated = await upload(shop.id, Buffer.from("%PDF-1.4\nnot really\n"), "broken.pdf", "application/pdf");
    expect(truncated.status).toBe(415);
    const huge = Buffer.concat([realPdf(), Buffer.alloc(10 * 1024 * 1024 + 1)]);
    expect((await upload(shop.id, huge, "huge.pdf", "application/pdf")).status).toBe(413);
    expect(await db.shopReviewDocument.count({ where: { shopId: shop.id } })).toBe(0);

    const png = await upload(shop.id, await realPng(), "../../passport.png", "text/plain");
    expect(png.status).toBe(201);
    expect(await png.json()).toMatchObject({ fileName: "passport.png", contentType: "image/png" });
    expect((await upload(shop.id, realPdf(), "kbis.pdf")).status).toBe(201);
    const stored = await db.shopReviewDocument.findMany({ where: { shopId: shop.id }, select: { storageKey: true, uploadedById: true, sha256: true } });
    expect(stored).toHaveLength(2);
    for (const row of stored) {
      expect(row.storageKey).toMatch(/^private\/shop-review\//);
      expect(row).toMatchObject({ uploadedById: owner.id, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    }
  });

  it("are limited to five per shop, removable by the owner, and uploaded by owners only", async () => {
    const { shop, owner } = await shopInReview();
    session.user = owner;
    for (let i = 0; i < 5; i++) expect((await upload(shop.id, realPdf(), `doc-${i}.pdf`)).status).toBe(201);
    const sixth = await upload(shop.id, realPdf(), "doc-6.pdf");
    expect(sixth.status).toBe(409);
    const [first] = await db.shopReviewDocument.findMany({ where: { shopId: shop.id }, orderBy: { createdAt: "asc" }, take: 1 });
    expect(await merchant.removeReviewDocumentAction(shop.slug, first!.id)).toMatchObject({ saved: "Document removed." });
    expect(await merchant.removeReviewDocumentAction(shop.slug, first!.id)).toMatchObject({ form: "Document not found." });
    expect(await db.shopReviewDocument.count({ where: { shopId: shop.id } })).toBe(4);

    session.user = await makeMember(shop.id, "STAFF");
    expect((await upload(shop.id, realPdf(), "staff.pdf")).status).toBe(403);
    session.user = await makeMember((await makeOpenShop()).id, "OWNER");
    expect((await upload(shop.id, realPdf(), "other.pdf")).status).toBe(404);
    session.user = null;
    expect((await upload(shop.id, realPdf(), "guest.pdf")).status).toBe(401);
    expect(await db.shopReviewDocument.count({ where: { shopId: shop.id } })).toBe(4);
  });

  it("download only for the owner and platform reviewers, as an uncached attachment; everyone else gets 404 (a guest 401)", async () => {
    const { shop, owner } = await shopInReview();
    session.user = owner;
    const png = await realPng();
    const { id } = (await (await upload(shop.id, png, "Passport scan é.png")).json()) as { id: string };

    for (const user of [owner, await platformUser("moderator"), await platformUser("admin")]) {
      session.user = user;
      const response = await download(shop.id, id);
      expect(response.status, user.role).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        "content-type": "image/png",
        "content-disposition": `attachment; filename="Passport scan _.png"; filename*=UTF-8''Passport%20scan%20%C3%A9.png`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      });
    }
    const outsiders = {
      staff: await makeMember(shop.id, "STAFF"),
      otherOwner: await makeMember((await makeOpenShop()).id, "OWNER"),
      shopper: await makeUser(),
    };
    for (const [who, user] of Object.entries(outsiders)) {
      session.user = { id: user.id, name: user.name, email: user.email, role: "user" };
      expect((await download(shop.id, id)).status, who).toBe(404);
    }
    // The owner's own document, asked for under another shop's id: not found either.
    session.user = owner;
    expect((await download((await makeOpenShop()).id, id)).status).toBe(404);
    session.user = null;
    expect((await download(shop.id, id)).status).toBe(401);
  });
});

describe("the review: submit, reject with a reason, resubmit, approve", () => {
  it("goes round once and ends live, with audit rows, mails and the merchant seeing the reason", async () => {
    const { shop, owner } = await readyToSubmit();
    await makeProduct(shop.id, { title: "Sencha" });
    expect(await merchant.submitShopReviewAction(shop.slug)).toMatchObject({ saved: "Submitted for review." });
    expect(await reviewRow(shop.id)).toMatchObject({ state: "SUBMITTED", resubmissions: 0, submittedAt: expect.any(Date) });
    // Locked while the reviewers have it.
    expect(await merchant.saveBusinessDetailsAction(shop.slug, empty, detailsForm({ ...DETAILS, legalName: "Changed" }))).toMatchObject({
      form: "Your details are with the reviewers: wait for their answer before changing them.",
    });
    expect((await upload(shop.id, realPdf(), "late.pdf")).status).toBe(409);
    expect((await listReviewQueue(db, {})).cases.map((c) => c.shopId)).toContain(shop.id);

    // Shoppers can't see it: the storefront answers 404, the Storefront API 404 and no cart.
    await expect(storefrontHome({ params: Promise.resolve({ shopSlug: shop.slug, locale: "en" }) })).rejects.toMatchObject(page(404));
    expect((await api("GET", `${API}/shops/${shop.slug}`)).status).toBe(404);
    expect((await api("GET", `${API}/shops/${shop.slug}/products`)).status).toBe(404);
    expect((await api("POST", `${API}/shops/${shop.slug}/carts`)).status).toBe(409);

    // A merchant can't decide their own case.
    await expect(admin.approveReviewAction(shop.id)).rejects.toMatchObject(page(403));
    await expect(admin.rejectReviewAction(shop.id, empty, rejectForm("Looks fine to me, honestly"))).rejects.toMatchObject(page(403));

    const moderator = await platformUser("moderator");
    session.user = moderator;
    expect(await admin.rejectReviewAction(shop.id, empty, rejectForm("no"))).toMatchObject({
      fields: { reason: "Say what the merchant must fix (at least 10 characters)" },
    });
    expect(await reviewRow(shop.id)).toMatchObject({ state: "SUBMITTED" });
    const reason = "The registration number doesn't match the Kbis extract: upload a current extract.";
    expect(await admin.rejectReviewAction(shop.id, empty, rejectForm(reason))).toMatchObject({ saved: expect.stringContaining("sent back") });
    expect(await reviewRow(shop.id)).toMatchObject({ state: "REJECTED", rejectionReason: reason, reviewedById: moderator.id });
    expect(await statusOf(shop.id)).toBe("IN_REVIEW");
    expect(await admin.rejectReviewAction(shop.id, empty, rejectForm(reason))).toMatchObject({ form: "This shop has no submission waiting for review." });
    const rejectedMail = await latestMailTo(owner.email);
    expect(rejectedMail).toMatchObject({ subject: expect.stringContaining("changes needed") });
    expect(rejectedMail!.text).toContain(reason);
    expect(rejectedMail!.text).toContain(`/dashboard/${shop.slug}/review`);

    // The merchant sees the reason on the Review page and the dashboard's banner, fixes, resubmits.
    session.user = owner;
    expect((await getShopReview(db, shop.id)).review).toMatchObject({ state: "REJECTED", rejectionReason: reason });
    expect(await reviewBannerState(db, shop.id)).toEqual({ state: "REJECTED", rejectionReason: reason });
    expect(await merchant.saveBusinessDetailsAction(shop.slug, empty, detailsForm({ ...DETAILS, registrationNumber: "FR 987 654 321" }))).toMatchObject({
      saved: "Details saved.",
    });
    expect((await upload(shop.id, await realPng(), "kbis-2026.png")).status).toBe(201);
    expect(await merchant.submitShopReviewAction(shop.slug)).toMatchObject({ saved: "Submitted for review." });
    expect(await reviewRow(shop.id)).toMatchObject({ state: "SUBMITTED", resubmissions: 1 });
    expect((await listReviewQueue(db, { round: "resubmitted" })).cases.map((c) => c.shopId)).toContain(shop.id);
    expect((await listReviewQueue(db, { round: "first" })).cases.map((c) => c.shopId)).not.toContain(shop.id);

    const administrator = await platformUser("admin");
    session.user = administrator;
    expect(await admin.approveReviewAction(shop.id)).toMatchObject({ saved: `${shop.name} is approved and live.` });
    expect(await statusOf(shop.id)).toBe("ACTIVE");
    expect(await reviewRow(shop.id)).toMatchObject({ state: "APPROVED", reviewedById: administrator.id });
    expect(await latestMailTo(owner.email)).toMatchObject({ subject: `${shop.name} is approved and live on Minishop` });
    expect((await api("GET", `${API}/shops/${shop.slug}`)).status).toBe(200);
    expect((await api("POST", `${API}/shops/${shop.slug}/carts`)).status).toBe(201);
    expect((await listReviewQueue(db, {})).cases.map((c) => c.shopId)).not.toContain(shop.id);

    const audit = await db.auditLog.findMany({
      where: { shopId: shop.id, action: { in: ["shop.review_submitted", "shop.rejected", "shop.approved"] } },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, reason: true, before: true, after: true },
    });
    expect(audit).toEqual([
      { action: "shop.review_submitted", actorId: owner.id, reason: null, before: { reviewState: "DRAFT" }, after: { reviewState: "SUBMITTED" } },
      {
        action: "shop.rejected",
        actorId: moderator.id,
        reason,
        before: { status: "IN_REVIEW", reviewState: "SUBMITTED" },
        after: { status: "IN_REVIEW", reviewState: "REJECTED" },
      },
      { action: "shop.review_submitted", actorId: owner.id, reason: null, before: { reviewState: "REJECTED" }, after: { reviewState: "SUBMITTED" } },
      {
        action: "shop.approved",
        actorId: administrator.id,
        reason: null,
        before: { status: "IN_REVIEW", reviewState: "SUBMITTED" },
        after: { status: "ACTIVE", reviewState: "APPROVED" },
      },
    ]);
  });

  it("re-checks the reviewer's permission inside the write: a moderator demoted meanwhile changes nothing", async () => {
    const { shop } = await readyToSubmit();
    await merchant.submitShopReviewAction(shop.slug);
    const moderator = await platformUser("moderator");
    const { rejectShop } = await import("@/lib/shops/review");
    await db.user.update({ where: { id: moderator.id }, data: { role: "user" } });
    await expect(rejectShop(db, moderator.id, shop.id, { reason: "A long enough reason to reject." })).rejects.toMatchObject({ code: "forbidden" });
    expect(await reviewRow(shop.id)).toMatchObject({ state: "SUBMITTED" });
  });
});

describe("the queue", () => {
  it("lists submitted shops oldest first, filtered by country, type, round and age, with counts", async () => {
    const now = new Date();
    const made: string[] = [];
    for (const [country, businessType, daysAgo] of [
      ["DE", "INDIVIDUAL", 5],
      ["FR", "COMPANY", 2],
      ["FR", "INDIVIDUAL", 0],
    ] as const) {
      const { shop } = await readyToSubmit();
      await merchant.submitShopReviewAction(shop.slug);
      await db.shopReview.update({
        where: { shopId: shop.id },
        data: { country, businessType, submittedAt: new Date(now.getTime() - daysAgo * 86_400_000 - 60_000) },
      });
      made.push(shop.id);
    }
    const ours = (cases: { shopId: string }[]) => cases.map((c) => c.shopId).filter((id) => made.includes(id));
    const all = await listReviewQueue(db, {}, { now });
    expect(ours(all.cases)).toEqual(made);
    expect(all.counts.total).toBeGreaterThanOrEqual(3);
    expect(all.countries).toEqual(expect.arrayContaining(["DE", "FR"]));
    expect(ours((await listReviewQueue(db, { country: "fr" }, { now })).cases)).toEqual([made[1], made[2]]);
    expect(ours((await listReviewQueue(db, { type: "INDIVIDUAL" }, { now })).cases)).toEqual([made[0], made[2]]);
    expect(ours((await listReviewQueue(db, { age: "3" }, { now })).cases)).toEqual([made[0]]);
    expect(ours((await listReviewQueue(db, { age: "1", country: "FR" }, { now })).cases)).toEqual([made[1]]);
    // Nonsense in the address bar is ignored, not an error.
    expect((await listReviewQueue(db, { country: "<script>", age: "99", type: "x" }, { now })).filter).toEqual({});
  });
});

function rejectForm(reason: string) {
  const data = new FormData();
  data.set("reason", reason);
  return data;
}
