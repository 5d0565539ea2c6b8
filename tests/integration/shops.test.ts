// Shops against a real PostgreSQL: opening a shop, settings and tenant isolation, the team.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/core/errors";
import { changeShopSlug, createShop, updateShopSettings } from "@/lib/shops/shops";
import { acceptInvitation, hashToken, inviteStaff, removeMember, revokeInvitation } from "@/lib/shops/staff";

async function makeUser(name = "Maya") {
  const id = randomBytes(8).toString("hex");
  return db.user.create({ data: { id, name, email: `${name.toLowerCase()}-${id}@example.test` }, select: { id: true, email: true, name: true } });
}

const slug = () => `shop-${randomBytes(4).toString("hex")}`;
const shopInput = (s = slug()) => ({ name: "Maya's Teas", slug: s, currency: "EUR", contactEmail: "hello@maya.test", defaultLocale: "en", description: "" });
const settingsInput = {
  name: "Maya's Teas",
  contactEmail: "hello@maya.test",
  themeColor: "#112233",
  defaultLocale: "fr",
  currency: "EUR",
  taxRatePercent: "5.5",
  shippingPolicy: "Ships in 2 days",
};

/** The error a call throws, to check which field it names. */
async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function ownerWithShop() {
  const owner = await makeUser("Owner");
  const shop = await createShop(db, owner.id, shopInput());
  return { owner, shop, actor: { shopId: shop.id, userId: owner.id, role: "OWNER" as const } };
}

describe("opening a shop", () => {
  it("creates it in review, makes the caller its owner and writes an audit entry", async () => {
    const user = await makeUser();
    const input = shopInput();
    const shop = await createShop(db, user.id, input);

    const row = await db.shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(row).toMatchObject({ slug: input.slug, name: "Maya's Teas", status: "IN_REVIEW", currency: "EUR", contactEmail: "hello@maya.test" });
    expect(await db.shopMember.findMany({ where: { shopId: shop.id }, select: { userId: true, role: true } })).toEqual([{ userId: user.id, role: "OWNER" }]);
    const audit = await db.auditLog.findMany({ where: { shopId: shop.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "shop.created",
      actorId: user.id,
      targetType: "shop",
      targetId: shop.id,
      after: { status: "IN_REVIEW" },
      reason: null,
    });
  });

  it("opens it live at once when reviews are automatic (SHOP_REVIEW=auto), saying so in the audit", async () => {
    const user = await makeUser();
    const shop = await createShop(db, user.id, shopInput(), "auto");
    expect((await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).status).toBe("ACTIVE");
    expect(await db.auditLog.findMany({ where: { shopId: shop.id }, select: { action: true, after: true, reason: true } })).toEqual([
      { action: "shop.created", after: { status: "ACTIVE" }, reason: "Approved automatically (SHOP_REVIEW=auto)" },
    ]);
  });

  it("lets one merchant own several shops", async () => {
    const user = await makeUser();
    await createShop(db, user.id, shopInput());
    await createShop(db, user.id, shopInput());
    expect(await db.shopMember.count({ where: { userId: user.id, role: "OWNER" } })).toBe(2);
  });

  it("refuses a taken address next to the field and creates nothing", async () => {
    const first = await makeUser();
    const second = await makeUser();
    const taken = slug();
    await createShop(db, first.id, shopInput(taken));
    const before = { shops: await db.shop.count(), members: await db.shopMember.count(), audit: await db.auditLog.count() };

    const error = await failure(createShop(db, second.id, { ...shopInput(taken), name: "Copycat" }));
    expect(error.fields).toEqual({ slug: "This address is taken: choose another one" });
    expect({ shops: await db.shop.count(), members: await db.shopMember.count(), audit: await db.auditLog.count() }).toEqual(before);
  });

  it("settles a race for the same address on the unique index: one shop, one clear refusal", async () => {
    const users = await Promise.all([makeUser(), makeUser(), makeUser()]);
    const contested = slug();
    const results = await Promise.allSettled(users.map((u) => createShop(db, u.id, shopInput(contested))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
      expect((r as PromiseRejectedResult).reason.fields.slug).toMatch(/taken/);
    }
    expect(await db.shop.count({ where: { slug: contested } })).toBe(1);
    expect(await db.shopMember.count({ where: { shop: { slug: contested } } })).toBe(1);
  });

  it("recognises the unique-index error the race path relies on (Prisma over the pg adapter)", async () => {
    const user = await makeUser();
    const { slug: taken } = await createShop(db, user.id, shopInput());
    const error = await db.shop.create({ data: { slug: taken, name: "x", currency: "EUR" } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isUniqueViolation(error)).toBe(true);
  });

  it("refuses bad input field by field", async () => {
    const user = await makeUser();
    const error = await failure(createShop(db, user.id, { ...shopInput("admin"), currency: "XYZ", contactEmail: "nope" }));
    expect(Object.keys(error.fields).sort()).toEqual(["contactEmail", "currency", "slug"]);
  });
});

describe("settings", () => {
  it("saves the form, stores the tax rate in basis points and writes an audit entry", async () => {
    const { shop, actor } = await ownerWithShop();
    const { changed } = await updateShopSettings(db, actor, { ...settingsInput, pricesIncludeTax: "on" });
    expect(changed).toEqual(expect.arrayContaining(["themeColor", "defaultLocale", "taxRateBps", "shippingPolicy"]));
    const row = await db.shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(row).toMatchObject({ themeColor: "#112233", defaultLocale: "fr", taxRateBps: 550, pricesIncludeTax: true, shippingPolicy: "Ships in 2 days" });
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: "shop.updated" } })).toBe(1);
  });

  it("can't touch shop A for a member of shop B: the shop comes from the access check, not the form", async () => {
    const a = await ownerWithShop();
    const b = await ownerWithShop();
    const before = await db.shop.findUniqueOrThrow({ where: { id: a.shop.id } });

    // B's owner names shop A in the form: the field is ignored, B's own shop is what changes.
    await updateShopSettings(db, b.actor, { ...settingsInput, name: "Hijacked", shopId: a.shop.id, id: a.shop.id });
    expect((await db.shop.findUniqueOrThrow({ where: { id: b.shop.id } })).name).toBe("Hijacked");

    // B's owner passed as the actor on A (a bug in a caller): refused as if A didn't exist.
    const error = await failure(
      updateShopSettings(db, { shopId: a.shop.id, userId: b.owner.id, role: "OWNER" as const }, { ...settingsInput, name: "Hijacked" }),
    );
    expect(error.code).toBe("not_found");
    await failure(changeShopSlug(db, { shopId: a.shop.id, userId: b.owner.id, role: "OWNER" as const }, { slug: slug() }));

    expect(await db.shop.findUniqueOrThrow({ where: { id: a.shop.id } })).toEqual(before);
    expect(await db.auditLog.count({ where: { shopId: a.shop.id, actorId: b.owner.id } })).toBe(0);
  });

  it("is for owners only", async () => {
    const { shop, actor } = await ownerWithShop();
    const staff = await makeUser("Staff");
    await db.shopMember.create({ data: { shopId: shop.id, userId: staff.id, role: "STAFF" } });
    const error = await failure(updateShopSettings(db, { shopId: shop.id, userId: staff.id, role: "STAFF" as const }, settingsInput));
    expect(error.code).toBe("forbidden");
    await updateShopSettings(db, actor, settingsInput); // the owner still can
  });

  it("locks the currency once the shop has an order", async () => {
    const { shop, actor } = await ownerWithShop();
    await updateShopSettings(db, actor, { ...settingsInput, currency: "USD" });
    await db.order.create({
      data: { shopId: shop.id, number: 1001, email: "a@b.test", currency: "USD", subtotalAmount: 100, totalAmount: 100, shippingAddress: {} },
    });
    const error = await failure(updateShopSettings(db, actor, { ...settingsInput, currency: "GBP", name: "Renamed" }));
    expect(error.fields.currency).toMatch(/can't change/);
    expect(await db.shop.findUniqueOrThrow({ where: { id: shop.id }, select: { currency: true, name: true } })).toEqual({
      currency: "USD",
      name: "Maya's Teas",
    });
  });

  it("moves the shop to a free address only", async () => {
    const a = await ownerWithShop();
    const b = await ownerWithShop();
    const taken = (await db.shop.findUniqueOrThrow({ where: { id: b.shop.id } })).slug;
    expect((await failure(changeShopSlug(db, a.actor, { slug: taken }))).fields.slug).toMatch(/taken/);
    const next = slug();
    expect(await changeShopSlug(db, a.actor, { slug: next })).toEqual({ slug: next, changed: true });
    expect(await db.auditLog.findFirst({ where: { shopId: a.shop.id, action: "shop.slug_changed" }, select: { data: true } })).toEqual({
      data: { from: a.shop.slug, to: next },
    });
  });
});

describe("staff", () => {
  it("invites by email, stores only the token's hash, and the invitee joins as staff once", async () => {
    const { shop, actor } = await ownerWithShop();
    const invitee = await makeUser("Sam");
    const invitation = await inviteStaff(db, actor, { email: invitee.email.toUpperCase() });
    const row = await db.shopInvitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.token).toBe(hashToken(invitation.token));
    expect(row.email).toBe(invitee.email);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(6.9 * 86_400_000);

    expect(await acceptInvitation(db, { id: invitee.id, email: invitee.email }, invitation.token)).toEqual({ ok: true, shopSlug: shop.slug });
    // Twice (a double click, or the link opened again): same answer, one membership.
    expect(await acceptInvitation(db, { id: invitee.id, email: invitee.email }, invitation.token)).toEqual({ ok: true, shopSlug: shop.slug });
    expect(await db.shopMember.findMany({ where: { shopId: shop.id, userId: invitee.id }, select: { role: true } })).toEqual([{ role: "STAFF" }]);
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: "member.joined" } })).toBe(1);
  });

  it("refuses someone signed in with another email, and a used link for anyone else", async () => {
    const { shop, actor } = await ownerWithShop();
    const invitee = await makeUser("Sam");
    const other = await makeUser("Eve");
    const { token } = await inviteStaff(db, actor, { email: invitee.email });
    expect(await acceptInvitation(db, other, token)).toEqual({ ok: false, problem: "wrong_email" });
    expect(await db.shopMember.count({ where: { shopId: shop.id, userId: other.id } })).toBe(0);
    await acceptInvitation(db, invitee, token);
    expect(await acceptInvitation(db, other, token)).toEqual({ ok: false, problem: "wrong_email" });
  });

  it("refuses an expired invitation, and unknown or malformed tokens", async () => {
    const { shop, actor } = await ownerWithShop();
    const invitee = await makeUser("Sam");
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    const { token } = await inviteStaff(db, actor, { email: invitee.email }, eightDaysAgo);
    expect(await acceptInvitation(db, invitee, token)).toEqual({ ok: false, problem: "expired" });
    expect(await acceptInvitation(db, invitee, "x".repeat(43))).toEqual({ ok: false, problem: "invalid" });
    expect(await acceptInvitation(db, invitee, "not a token")).toEqual({ ok: false, problem: "invalid" });
    expect(await db.shopMember.count({ where: { shopId: shop.id, userId: invitee.id } })).toBe(0);
  });

  it("lets two accepts race without a second membership or an error", async () => {
    const { shop, actor } = await ownerWithShop();
    const invitee = await makeUser("Sam");
    const { token } = await inviteStaff(db, actor, { email: invitee.email });
    const results = await Promise.all([acceptInvitation(db, invitee, token), acceptInvitation(db, invitee, token)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.shopMember.count({ where: { shopId: shop.id, userId: invitee.id } })).toBe(1);
  });

  it("re-inviting replaces the pending invitation; revoked links stop working; members can't be invited", async () => {
    const { shop, owner, actor } = await ownerWithShop();
    const invitee = await makeUser("Sam");
    const first = await inviteStaff(db, actor, { email: invitee.email });
    const second = await inviteStaff(db, actor, { email: invitee.email });
    expect(await db.shopInvitation.count({ where: { shopId: shop.id } })).toBe(1);
    expect(await acceptInvitation(db, invitee, first.token)).toEqual({ ok: false, problem: "invalid" });
    await revokeInvitation(db, actor, second.id);
    expect(await acceptInvitation(db, invitee, second.token)).toEqual({ ok: false, problem: "invalid" });
    expect((await failure(inviteStaff(db, actor, { email: owner.email }))).fields.email).toMatch(/already in the team/);
  });

  it("only owners invite, and only into their own shop", async () => {
    const a = await ownerWithShop();
    const b = await ownerWithShop();
    expect((await failure(inviteStaff(db, { shopId: a.shop.id, userId: b.owner.id, role: "OWNER" as const }, { email: "x@example.test" }))).code).toBe(
      "not_found",
    );
    const staff = await makeUser("Staff");
    await db.shopMember.create({ data: { shopId: a.shop.id, userId: staff.id, role: "STAFF" } });
    expect((await failure(inviteStaff(db, { shopId: a.shop.id, userId: staff.id, role: "STAFF" as const }, { email: "x@example.test" }))).code).toBe(
      "forbidden",
    );
    const invitation = await inviteStaff(db, a.actor, { email: "x@example.test" });
    expect((await failure(revokeInvitation(db, b.actor, invitation.id))).code).toBe("not_found");
    expect(await db.shopInvitation.count({ where: { id: invitation.id } })).toBe(1);
  });

  it("never removes the last owner, nor lets an owner remove themselves", async () => {
    const { shop, owner, actor } = await ownerWithShop();
    const ownMembership = await db.shopMember.findFirstOrThrow({ where: { shopId: shop.id, userId: owner.id } });
    const error = await failure(removeMember(db, actor, ownMembership.id));
    expect(error.fields.form).toMatch(/yourself/);
    expect(await db.shopMember.count({ where: { shopId: shop.id, role: "OWNER" } })).toBe(1);

    // A second owner can be removed by the first; then the first is the last and stays.
    const coOwner = await makeUser("Co");
    const co = await db.shopMember.create({ data: { shopId: shop.id, userId: coOwner.id, role: "OWNER" } });
    const staff = await makeUser("Staff");
    const staffMember = await db.shopMember.create({ data: { shopId: shop.id, userId: staff.id, role: "STAFF" } });
    await removeMember(db, actor, co.id);
    await removeMember(db, actor, staffMember.id);
    expect(await db.shopMember.findMany({ where: { shopId: shop.id }, select: { userId: true } })).toEqual([{ userId: owner.id }]);
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: "member.removed" } })).toBe(2);

    // Staff can't remove anyone, and no one removes members of another shop.
    const other = await ownerWithShop();
    expect((await failure(removeMember(db, other.actor, ownMembership.id))).code).toBe("not_found");
    expect(await db.shopMember.count({ where: { id: ownMembership.id } })).toBe(1);
  });
});
