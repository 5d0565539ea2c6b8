// The shop's own server actions, called as Next.js calls them with only the session faked:
// opening a shop, its settings and address, its team (invite, revoke, remove, accept), and the
// admin's approval. Each one: what it does, a bad input that changes nothing, and who is
// refused (guests sign in, other shops' members get the 404 page, staff the 403 page where
// only owners may).
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { latestMailTo } from "@/lib/mail/outbox";
import { hashToken, inviteStaff } from "@/lib/shops/staff";
import { session } from "@/tests/support/session";
import { makeMember, makeOpenShop, makeUser } from "@/tests/support/shop-fixtures";

const { refresh, revalidateTag } = await import("next/cache");
const newShop = await import("@/app/(merchant)/dashboard/new/actions");
const settings = await import("@/app/(merchant)/dashboard/[shop]/settings/actions");
const staffActions = await import("@/app/(merchant)/dashboard/[shop]/staff/actions");
const invitations = await import("@/app/(merchant)/invitations/[token]/actions");
const admin = await import("@/app/(admin)/admin/actions");

const empty = { fields: {} };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const suffix = () => Math.random().toString(36).slice(2, 8);
const redirectTo = (path: string) => ({ digest: expect.stringMatching(new RegExp(`^NEXT_REDIRECT;\\w+;${path.replace(/[?.]/g, "\\$&")};`)) });
const signIn = { digest: expect.stringMatching(/^NEXT_REDIRECT;\w+;\/sign-in\?next=/) };
const page = (status: 403 | 404) => ({ digest: expect.stringMatching(new RegExp(`^NEXT_HTTP_ERROR_FALLBACK;${status}`)) });
const shopRow = (id: string) => db.shop.findUniqueOrThrow({ where: { id } });
const settingsForm = (extra: Record<string, string> = {}) =>
  form({ name: "Maya's Teas", contactEmail: "hello@maya.test", themeColor: "#112233", defaultLocale: "en", currency: "EUR", taxRatePercent: "0", ...extra });

beforeEach(() => {
  session.user = null;
  vi.mocked(revalidateTag).mockClear();
  vi.mocked(refresh).mockClear();
});

describe("opening a shop", () => {
  it("opens it in review with the caller as owner, and expires its address", async () => {
    session.user = await makeUser();
    const slug = `teas-${suffix()}`;
    const data = form({ name: "Maya's Teas", slug, currency: "EUR", contactEmail: "hello@maya.test", defaultLocale: "en", description: "" });
    await expect(newShop.createShopAction(empty, data)).rejects.toMatchObject(redirectTo(`/dashboard/${slug}`));
    const shop = await db.shop.findUniqueOrThrow({ where: { slug }, select: { id: true, status: true, members: { select: { userId: true, role: true } } } });
    expect(shop).toMatchObject({ status: "IN_REVIEW", members: [{ userId: session.user.id, role: "OWNER" }] });
    expect(revalidateTag).toHaveBeenCalledWith(`shop-slug:${slug}`, { expire: 0 });
  });

  it("names the bad fields and a taken address, and opens nothing", async () => {
    const taken = await makeOpenShop();
    session.user = await makeUser();
    const shops = await db.shop.count();
    const reply = await newShop.createShopAction(empty, form({ name: " ", slug: taken.slug, currency: "XXX", contactEmail: "nope", defaultLocale: "en" }));
    expect(reply.fields).toMatchObject({ name: "Enter the shop's name", currency: "Choose a currency from the list", contactEmail: expect.any(String) });
    const again = await newShop.createShopAction(
      empty,
      form({ name: "Copy", slug: taken.slug, currency: "EUR", contactEmail: "a@b.test", defaultLocale: "en" }),
    );
    expect(again.fields).toEqual({ slug: "This address is taken: choose another one" });
    expect(await db.shop.count()).toBe(shops);
  });

  it("sends a guest to sign in, opening nothing", async () => {
    const shops = await db.shop.count();
    const data = form({ name: "Ghost", slug: `ghost-${suffix()}`, currency: "EUR", contactEmail: "a@b.test", defaultLocale: "en" });
    await expect(newShop.createShopAction(empty, data)).rejects.toMatchObject(signIn);
    expect(await db.shop.count()).toBe(shops);
  });
});

describe("settings and the shop's address", () => {
  it("saves the settings and expires the storefront; staff get the 403 page, other shops' members the 404 page", async () => {
    const shop = await makeOpenShop();
    const owner = await makeMember(shop.id, "OWNER");
    session.user = owner;
    expect(await settings.updateSettingsAction(shop.slug, empty, settingsForm({ name: "Renamed Teas" }))).toMatchObject({ saved: "Settings saved." });
    expect((await shopRow(shop.id)).name).toBe("Renamed Teas");
    expect(revalidateTag).toHaveBeenCalledWith(`shop:${shop.id}`, { expire: 0 });
    expect(refresh).toHaveBeenCalled();

    const before = await shopRow(shop.id);
    session.user = await makeMember(shop.id, "STAFF");
    await expect(settings.updateSettingsAction(shop.slug, empty, settingsForm({ name: "Staff's" }))).rejects.toMatchObject(page(403));
    session.user = await makeMember((await makeOpenShop()).id, "OWNER");
    await expect(settings.updateSettingsAction(shop.slug, empty, settingsForm({ name: "Theirs" }))).rejects.toMatchObject(page(404));
    session.user = null;
    await expect(settings.updateSettingsAction(shop.slug, empty, settingsForm({ name: "Guest's" }))).rejects.toMatchObject(signIn);
    expect(await shopRow(shop.id)).toEqual(before);
  });

  it("names a bad field and changes nothing", async () => {
    const shop = await makeOpenShop();
    session.user = await makeMember(shop.id, "OWNER");
    const before = await shopRow(shop.id);
    const reply = await settings.updateSettingsAction(shop.slug, empty, settingsForm({ name: "Kept?", themeColor: "teal", taxRatePercent: "101" }));
    expect(reply.fields).toEqual({ themeColor: expect.stringMatching(/hex digits/), taxRatePercent: "The tax rate can't be above 100 %" });
    expect(await shopRow(shop.id)).toEqual(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("moves the shop to a new address, expiring both; a taken one is refused; staff can't", async () => {
    const shop = await makeOpenShop();
    const other = await makeOpenShop();
    session.user = await makeMember(shop.id, "OWNER");
    expect(await settings.changeSlugAction(shop.slug, empty, form({ slug: shop.slug }))).toMatchObject({ saved: "The address is unchanged." });
    expect(await settings.changeSlugAction(shop.slug, empty, form({ slug: other.slug }))).toMatchObject({ fields: { slug: expect.stringMatching(/taken/) } });
    expect(await settings.changeSlugAction(shop.slug, empty, form({ slug: "admin" }))).toMatchObject({ fields: { slug: expect.stringMatching(/reserved/) } });
    expect((await shopRow(shop.id)).slug).toBe(shop.slug);

    const staff = await makeMember(shop.id, "STAFF");
    session.user = staff;
    await expect(settings.changeSlugAction(shop.slug, empty, form({ slug: `staff-${suffix()}` }))).rejects.toMatchObject(page(403));
    expect((await shopRow(shop.id)).slug).toBe(shop.slug);

    session.user = await makeMember(shop.id, "OWNER");
    const next = `moved-${suffix()}`;
    await expect(settings.changeSlugAction(shop.slug, empty, form({ slug: next }))).rejects.toMatchObject(redirectTo(`/dashboard/${next}/settings`));
    expect((await shopRow(shop.id)).slug).toBe(next);
    expect(revalidateTag).toHaveBeenCalledWith(`shop-slug:${shop.slug}`, { expire: 0 });
    expect(revalidateTag).toHaveBeenCalledWith(`shop-slug:${next}`, { expire: 0 });
  });
});

describe("the team", () => {
  const pending = (shopId: string) => db.shopInvitation.findMany({ where: { shopId, acceptedAt: null }, select: { id: true, email: true } });

  it("invites by email (the mail holds the link), revokes, and removes a member", async () => {
    const shop = await makeOpenShop();
    const owner = await makeMember(shop.id, "OWNER");
    session.user = owner;
    const email = `new-${suffix()}@example.test`;
    expect(await staffActions.inviteAction(shop.slug, empty, form({ email }))).toMatchObject({ saved: `Invitation sent to ${email}.` });
    const [invitation] = await pending(shop.id);
    expect(invitation.email).toBe(email);
    expect((await latestMailTo(email))?.text).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}/);

    expect(await staffActions.revokeInvitationAction(shop.slug, invitation.id)).toEqual({ fields: {}, at: expect.any(Number) });
    expect(await pending(shop.id)).toEqual([]);

    const staff = await makeMember(shop.id, "STAFF");
    const membership = await db.shopMember.findFirstOrThrow({ where: { shopId: shop.id, userId: staff.id } });
    expect(await staffActions.removeMemberAction(shop.slug, membership.id)).toEqual({ fields: {}, at: expect.any(Number) });
    expect(await db.shopMember.count({ where: { id: membership.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: { in: ["member.invited", "member.invitation_revoked", "member.removed"] } } })).toBe(3);
  });

  it("refuses bad input with a message and changes nothing", async () => {
    const shop = await makeOpenShop();
    const owner = await makeMember(shop.id, "OWNER");
    session.user = owner;
    expect((await staffActions.inviteAction(shop.slug, empty, form({ email: "not an email" }))).fields.email).toBeTruthy();
    expect((await staffActions.inviteAction(shop.slug, empty, form({ email: owner.email }))).fields.email).toMatch(/already in the team/);
    expect(await pending(shop.id)).toEqual([]);

    const own = await db.shopMember.findFirstOrThrow({ where: { shopId: shop.id, userId: owner.id } });
    expect(await staffActions.removeMemberAction(shop.slug, own.id)).toMatchObject({ form: "You can't remove yourself from the shop." });
    expect(await staffActions.removeMemberAction(shop.slug, { id: own.id } as unknown as string)).toMatchObject({ form: "Team member not found." });
    expect(await staffActions.revokeInvitationAction(shop.slug, ["x"] as unknown as string)).toMatchObject({ form: "Invitation not found." });
    expect(await staffActions.revokeInvitationAction(shop.slug, "no-such-invitation")).toMatchObject({ form: "Invitation not found." });
    expect(await db.shopMember.count({ where: { shopId: shop.id } })).toBe(1);
  });

  it("is for owners: staff get the 403 page, other shops' members the 404 page, and nothing changes", async () => {
    const shop = await makeOpenShop();
    const owner = await makeMember(shop.id, "OWNER");
    const staff = await makeMember(shop.id, "STAFF");
    const invitation = await inviteStaff(db, { shopId: shop.id, userId: owner.id, role: "OWNER" }, { email: `x-${suffix()}@example.test` });
    const ownerMembership = await db.shopMember.findFirstOrThrow({ where: { shopId: shop.id, userId: owner.id } });
    const outsider = await makeMember((await makeOpenShop()).id, "OWNER");
    for (const [user, status] of [
      [staff, 403],
      [outsider, 404],
    ] as const) {
      session.user = user;
      await expect(staffActions.inviteAction(shop.slug, empty, form({ email: `y-${suffix()}@example.test` }))).rejects.toMatchObject(page(status));
      await expect(staffActions.revokeInvitationAction(shop.slug, invitation.id)).rejects.toMatchObject(page(status));
      await expect(staffActions.removeMemberAction(shop.slug, ownerMembership.id)).rejects.toMatchObject(page(status));
    }
    expect((await pending(shop.id)).map((i) => i.id)).toEqual([invitation.id]);
    expect(await db.shopMember.count({ where: { shopId: shop.id } })).toBe(2);
  });

  it("joins the invited person on the button, and only them; a guest signs in first", async () => {
    const shop = await makeOpenShop();
    const owner = await makeMember(shop.id, "OWNER");
    const invitee = await makeUser(`invitee-${suffix()}@example.test`);
    const { token } = await inviteStaff(db, { shopId: shop.id, userId: owner.id, role: "OWNER" }, { email: invitee.email });

    await expect(invitations.acceptInvitationAction(token)).rejects.toMatchObject(signIn);
    session.user = await makeUser(`someone-else-${suffix()}@example.test`);
    await expect(invitations.acceptInvitationAction(token)).rejects.toMatchObject(redirectTo(`/invitations/${token}`));
    await expect(invitations.acceptInvitationAction("not-a-token")).rejects.toMatchObject(redirectTo("/invitations/not-a-token"));
    expect(await db.shopMember.count({ where: { shopId: shop.id } })).toBe(1);

    session.user = { id: invitee.id, name: invitee.name, email: invitee.email, role: "user" };
    await expect(invitations.acceptInvitationAction(token)).rejects.toMatchObject(redirectTo(`/dashboard/${shop.slug}`));
    expect(await db.shopMember.findFirst({ where: { shopId: shop.id, userId: invitee.id }, select: { role: true } })).toEqual({ role: "STAFF" });
    expect(await db.shopInvitation.findUniqueOrThrow({ where: { token: hashToken(token) }, select: { acceptedAt: true } })).not.toEqual({ acceptedAt: null });
  });
});

describe("approving a shop (platform admin)", () => {
  const adminUser = async (): Promise<CurrentUser> => {
    const user = await makeUser(`admin-${suffix()}@example.test`);
    await db.user.update({ where: { id: user.id }, data: { role: "admin" } });
    return { id: user.id, name: user.name, email: user.email, role: "admin" };
  };

  it("puts a shop in review live and expires its address; once only", async () => {
    const shop = await makeOpenShop({ status: "IN_REVIEW", name: "Fresh Teas" });
    session.user = await adminUser();
    expect(await admin.approveShopAction(shop.id)).toMatchObject({ saved: "Fresh Teas is live." });
    expect((await shopRow(shop.id)).status).toBe("ACTIVE");
    expect(revalidateTag).toHaveBeenCalledWith(`shop-slug:${shop.slug}`, { expire: 0 });
    expect(revalidateTag).toHaveBeenCalledWith(`shop:${shop.id}`, { expire: 0 });
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: "shop.approved" } })).toBe(1);

    expect(await admin.approveShopAction(shop.id)).toMatchObject({ form: "This shop is no longer in review." });
    const suspended = await makeOpenShop({ status: "SUSPENDED" });
    expect(await admin.approveShopAction(suspended.id)).toMatchObject({ form: "This shop is no longer in review." });
    expect((await shopRow(suspended.id)).status).toBe("SUSPENDED");
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: "shop.approved" } })).toBe(1);
  });

  it("refuses anyone but an admin: a merchant gets the 403 page, a guest signs in", async () => {
    const shop = await makeOpenShop({ status: "IN_REVIEW" });
    session.user = await makeMember(shop.id, "OWNER");
    await expect(admin.approveShopAction(shop.id)).rejects.toMatchObject(page(403));
    session.user = null;
    await expect(admin.approveShopAction(shop.id)).rejects.toMatchObject(signIn);
    expect((await shopRow(shop.id)).status).toBe("IN_REVIEW");
  });
});
