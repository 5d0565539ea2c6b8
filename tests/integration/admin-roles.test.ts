// Platform roles: an administrator may do everything, including managing the team; a moderator
// works the review queue but manages no one; merchants and shoppers may do nothing here. Every
// admin server action is tried by each caller who may not use it, and nothing changes.
import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";
import { requireAdminPermission } from "@/lib/admin/roles";
import { AppError } from "@/lib/core/errors";
import { emptyFormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { approveShop } from "@/lib/shops/review";
import { session } from "@/tests/support/session";
import { makeMember, makeOpenShop, makeUser } from "@/tests/support/shop-fixtures";

const review = await import("@/app/(admin)/admin/actions");
const team = await import("@/app/(admin)/admin/team/actions");
const reviews = await import("@/app/(admin)/admin/reviews/actions");

const suffix = () => Math.random().toString(36).slice(2, 8);
const signIn = { digest: expect.stringMatching(/^NEXT_REDIRECT;\w+;\/sign-in\?next=/) };
const forbiddenPage = { digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;403/) };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

async function withRole(role: string): Promise<CurrentUser> {
  const user = await makeUser(`${role}-${suffix()}@example.test`);
  await db.user.update({ where: { id: user.id }, data: { role } });
  return { id: user.id, name: user.name, email: user.email, role };
}
const roleOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { role: true } })).role;
const statusOf = async (id: string) => (await db.shop.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

/** Every admin action, each with what it would change, so a refused call can be checked to change nothing. */
async function everyAdminAction() {
  const shop = await makeOpenShop({ status: "IN_REVIEW" });
  const target = await makeUser(`target-${suffix()}@example.test`);
  const submitted = await makeOpenShop({ status: "IN_REVIEW" });
  await db.shopReview.create({ data: { shopId: submitted.id, state: "SUBMITTED", submittedAt: new Date() } });
  const caseUnchanged = async () => {
    expect(await statusOf(submitted.id)).toBe("IN_REVIEW");
    expect(await db.shopReview.findUniqueOrThrow({ where: { shopId: submitted.id }, select: { state: true } })).toEqual({ state: "SUBMITTED" });
  };
  return {
    approveShop: { run: () => review.approveShopAction(shop.id), unchanged: async () => expect(await statusOf(shop.id)).toBe("IN_REVIEW") },
    setAdminRole: {
      run: () => team.setAdminRoleAction(emptyFormState, form({ email: target.email, role: "admin" })),
      unchanged: async () => expect(await roleOf(target.email)).toBe("user"),
    },
    approveReview: { run: () => reviews.approveReviewAction(submitted.id), unchanged: caseUnchanged },
    rejectReview: {
      run: () => reviews.rejectReviewAction(submitted.id, emptyFormState, form({ reason: "The documents are unreadable." })),
      unchanged: caseUnchanged,
    },
  };
}

beforeEach(() => {
  session.user = null;
});

describe("who may use the admin console's actions", () => {
  it("refuses a guest, a shopper and a merchant every admin action, changing nothing", async () => {
    const actions = await everyAdminAction();
    const merchantShop = await makeOpenShop();
    const callers: [string, CurrentUser | null, object][] = [
      ["guest", null, signIn],
      ["shopper", await withRole("user"), forbiddenPage],
      ["merchant", await makeMember(merchantShop.id, "OWNER"), forbiddenPage],
    ];
    for (const [, caller, refusal] of callers) {
      session.user = caller;
      for (const action of Object.values(actions)) {
        await expect(action.run()).rejects.toMatchObject(refusal);
        await action.unchanged();
      }
    }
    expect(Object.keys(actions)).toEqual(["approveShop", "setAdminRole", "approveReview", "rejectReview"]);
  });

  it("refuses a moderator the team, but lets them review", async () => {
    const actions = await everyAdminAction();
    session.user = await withRole("moderator");
    await expect(actions.setAdminRole.run()).rejects.toMatchObject(forbiddenPage);
    await actions.setAdminRole.unchanged();
    expect(await actions.approveShop.run()).toMatchObject({ saved: expect.stringMatching(/is live/) });
  });

  it("re-checks the role inside the write: a moderator demoted since signing in is refused", async () => {
    const moderator = await withRole("moderator");
    const shop = await makeOpenShop({ status: "IN_REVIEW" });
    await db.user.update({ where: { id: moderator.id }, data: { role: "user" } });
    await expect(approveShop(db, moderator.id, shop.id)).rejects.toMatchObject({ code: "forbidden" });
    session.user = moderator; // the session still says "moderator"
    expect(await review.approveShopAction(shop.id)).toMatchObject({ form: expect.any(String) });
    expect(await statusOf(shop.id)).toBe("IN_REVIEW");
    await expect(requireAdminPermission(db as never, "no-such-user", "console")).rejects.toBeInstanceOf(AppError);
  });
});

describe("managing the platform team (administrators)", () => {
  it("makes someone a moderator, then an administrator, then takes the role away, auditing each change", async () => {
    const administrator = await withRole("admin");
    const person = await makeUser(`person-${suffix()}@example.test`);
    session.user = administrator;
    expect(await team.setAdminRoleAction(emptyFormState, form({ email: person.email.toUpperCase(), role: "moderator" }))).toMatchObject({
      saved: `${person.email} is now moderator.`,
    });
    expect(await roleOf(person.email)).toBe("moderator");
    expect(await team.setAdminRoleAction(emptyFormState, form({ email: person.email, role: "moderator" }))).toMatchObject({
      saved: `${person.email} already has this role.`,
    });
    await team.setAdminRoleAction(emptyFormState, form({ email: person.email, role: "admin" }));
    expect(await roleOf(person.email)).toBe("admin");
    await team.setAdminRoleAction(emptyFormState, form({ email: person.email, role: "none" }));
    expect(await roleOf(person.email)).toBe("user");
    const audit = await db.auditLog.findMany({
      where: { action: "admin.role_changed", targetId: person.id },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, before: true, after: true },
    });
    expect(audit).toEqual([
      { actorId: administrator.id, before: { role: "user" }, after: { role: "moderator" } },
      { actorId: administrator.id, before: { role: "moderator" }, after: { role: "admin" } },
      { actorId: administrator.id, before: { role: "admin" }, after: { role: "user" } },
    ]);
  });

  it("refuses an unknown email, a bad role and changing one's own role, changing nothing", async () => {
    const administrator = await withRole("admin");
    session.user = administrator;
    const before = await db.auditLog.count({ where: { action: "admin.role_changed" } });
    expect(await team.setAdminRoleAction(emptyFormState, form({ email: `nobody-${suffix()}@example.test`, role: "moderator" }))).toMatchObject({
      fields: { email: "No account uses this email. They sign up first." },
    });
    expect(await team.setAdminRoleAction(emptyFormState, form({ email: "not an email", role: "moderator" }))).toMatchObject({
      fields: { email: expect.any(String) },
    });
    expect(await team.setAdminRoleAction(emptyFormState, form({ email: administrator.email, role: "superuser" }))).toMatchObject({
      fields: { role: "Choose a role" },
    });
    expect(await team.setAdminRoleAction(emptyFormState, form({ email: administrator.email, role: "none" }))).toMatchObject({
      fields: { role: "You can't change your own role. Ask another administrator." },
    });
    expect(await roleOf(administrator.email)).toBe("admin");
    expect(await db.auditLog.count({ where: { action: "admin.role_changed" } })).toBe(before);
  });
});
