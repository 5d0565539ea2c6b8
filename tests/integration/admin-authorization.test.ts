// Who may use the platform console: every admin server action, route handler and page, found by
// reading app/(admin) and app/api/admin (a new one missing from ENTRIES below fails the test),
// is tried as a merchant, a shopper, a guest, a moderator and an administrator. Only the roles
// holding its permission (lib/admin/roles.ts) get through; the others are refused and nothing
// changes.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";
import { canAdmin, type AdminPermission } from "@/lib/admin/roles";
import { recordAudit } from "@/lib/audit/log";
import { emptyFormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { session } from "@/tests/support/session";
import { makeMember, makeOpenShop, makeUser } from "@/tests/support/shop-fixtures";

process.env.APP_URL = "http://localhost:3000";
process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "minishop-admin-auth-"));
vi.mock("next/cache", async () => (await import("@/tests/support/fake-next-cache")).fakeNextCacheModule());

const ROOT = path.resolve(import.meta.dirname, "../..");
const suffix = () => Math.random().toString(36).slice(2, 8);
const signIn = { digest: expect.stringMatching(/^NEXT_REDIRECT;\w+;\/sign-in\?next=/) };
const page403 = { digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;403/) };

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

/** Every file named `name` under `dir`, relative to the repository. */
function filesNamed(dir: string, name: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(path.join(ROOT, d), { withFileTypes: true })) {
      const rel = path.join(d, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (name.test(entry.name)) out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

/** The exported names of a module, read from its source (export const / function / async function). */
function exportsOf(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), "utf8");
  const names = [...source.matchAll(/^export (?:const|(?:async )?function) (\w+)/gm)].map((m) => m[1]!);
  if (/^export default/m.test(source)) names.push("default");
  return names;
}

type Fixture = { shopId: string; shopActive: string; targetEmail: string; productId: string; caseId: string; ruleId: string; spareRuleId: string };
// Every admin entry: its permission and one call with plausible arguments. Keyed "file#export".
const ENTRIES: Record<string, { permission: AdminPermission; call: (fn: (...args: unknown[]) => Promise<unknown>, f: Fixture) => Promise<unknown> }> = {
  "app/(admin)/admin/actions.ts#approveShopAction": { permission: "review", call: (fn, f) => fn(f.shopId) },
  "app/(admin)/admin/reviews/actions.ts#approveReviewAction": { permission: "review", call: (fn, f) => fn(f.shopId) },
  "app/(admin)/admin/reviews/actions.ts#rejectReviewAction": {
    permission: "review",
    call: (fn, f) => fn(f.shopId, emptyFormState, form({ reason: "Please upload a readable registration document." })),
  },
  "app/(admin)/admin/team/actions.ts#setAdminRoleAction": {
    permission: "manageAdmins",
    call: (fn, f) => fn(emptyFormState, form({ email: f.targetEmail, role: "moderator" })),
  },
  "app/(admin)/admin/shops/actions.ts#enforceShopAction": {
    permission: "enforce",
    call: (fn, f) => fn(f.shopActive, emptyFormState, form({ action: "warn", reason: "Please answer your shoppers' messages." })),
  },
  "app/(admin)/admin/moderation/actions.ts#decideCaseAction": {
    permission: "review",
    call: (fn, f) => fn(f.caseId, emptyFormState, form({ decision: "approve", reason: "" })),
  },
  "app/(admin)/admin/moderation/actions.ts#takeDownAction": {
    permission: "enforce",
    call: (fn, f) => fn(f.productId, emptyFormState, form({ reason: "Counterfeit goods are not allowed on Minishop." })),
  },
  "app/(admin)/admin/rules/actions.ts#createRuleAction": {
    permission: "rules",
    call: (fn) => fn(emptyFormState, form({ kind: "TERM", value: `banned${suffix()}`, level: "PROHIBITED", reason: "Not sold on Minishop." })),
  },
  "app/(admin)/admin/rules/actions.ts#updateRuleAction": {
    permission: "rules",
    call: (fn, f) => fn(f.ruleId, emptyFormState, form({ level: "PROHIBITED", reason: "Counterfeit goods.", active: "on" })),
  },
  "app/(admin)/admin/rules/actions.ts#deleteRuleAction": { permission: "rules", call: (fn, f) => fn(f.spareRuleId) },
  "app/api/admin/audit/export/route.ts#GET": {
    permission: "console",
    call: (fn) => fn(new Request("http://localhost/api/admin/audit/export?action=shop.")),
  },
  "app/(admin)/admin/page.tsx#default": { permission: "console", call: (fn) => fn() },
  "app/(admin)/admin/audit/page.tsx#default": { permission: "console", call: (fn) => fn({ searchParams: Promise.resolve({}) }) },
  "app/(admin)/admin/outbox/page.tsx#default": { permission: "console", call: (fn) => fn() },
  "app/(admin)/admin/reviews/page.tsx#default": { permission: "review", call: (fn) => fn({ searchParams: Promise.resolve({}) }) },
  "app/(admin)/admin/reviews/[shopId]/page.tsx#default": { permission: "review", call: (fn, f) => fn({ params: Promise.resolve({ shopId: f.shopId }) }) },
  "app/(admin)/admin/shops/page.tsx#default": { permission: "enforce", call: (fn) => fn({ searchParams: Promise.resolve({}) }) },
  "app/(admin)/admin/shops/[shopId]/page.tsx#default": { permission: "enforce", call: (fn, f) => fn({ params: Promise.resolve({ shopId: f.shopActive }) }) },
  "app/(admin)/admin/team/page.tsx#default": { permission: "manageAdmins", call: (fn) => fn() },
  "app/(admin)/admin/moderation/page.tsx#default": { permission: "review", call: (fn) => fn({ searchParams: Promise.resolve({}) }) },
  "app/(admin)/admin/moderation/[caseId]/page.tsx#default": { permission: "review", call: (fn, f) => fn({ params: Promise.resolve({ caseId: f.caseId }) }) },
  "app/(admin)/admin/rules/page.tsx#default": { permission: "rules", call: (fn) => fn() },
  "app/(admin)/admin/rules/[ruleId]/page.tsx#default": { permission: "rules", call: (fn, f) => fn({ params: Promise.resolve({ ruleId: f.ruleId }) }) },
};

function discovered() {
  const actions = filesNamed("app/(admin)", /^actions\.ts$/).flatMap((file) => exportsOf(file).map((name) => `${file}#${name}`));
  const routes = filesNamed("app/api/admin", /^route\.ts$/).flatMap((file) => exportsOf(file).map((name) => `${file}#${name}`));
  const pages = filesNamed("app/(admin)", /^page\.tsx$/).map((file) => `${file}#default`);
  return [...actions, ...routes, ...pages].sort();
}

const isRoute = (key: string) => key.includes("/route.ts#");
const isPage = (key: string) => key.endsWith("page.tsx#default");

async function platformUser(role: "admin" | "moderator"): Promise<CurrentUser> {
  const user = await makeUser(`${role}-${suffix()}@example.test`);
  await db.user.update({ where: { id: user.id }, data: { role } });
  return { id: user.id, name: `${role} ${suffix()}`, email: user.email, role };
}

let people: Record<"merchant" | "shopper" | "moderator" | "admin", CurrentUser>;
let fixture: Fixture;

beforeAll(async () => {
  const shop = await makeOpenShop({ status: "IN_REVIEW" });
  const active = await makeOpenShop();
  const merchant = await makeMember(active.id, "OWNER");
  await makeMember(shop.id, "OWNER");
  const shopper = await makeUser();
  const target = await makeUser();
  people = {
    merchant,
    shopper: { id: shopper.id, name: shopper.name, email: shopper.email, role: "user" },
    moderator: await platformUser("moderator"),
    admin: await platformUser("admin"),
  };
  const product = await db.product.create({ data: { shopId: active.id, handle: `tea-${suffix()}`, title: "Tea" }, select: { id: true } });
  const reported = await db.product.create({ data: { shopId: active.id, handle: `cup-${suffix()}`, title: "Cup" }, select: { id: true } });
  const report = await db.moderationCase.create({
    data: { shopId: active.id, productId: reported.id, kind: "REPORT", reason: "Counterfeit" },
    select: { id: true },
  });
  const rule = await db.moderationRule.create({
    data: { kind: "TERM", value: `replica${suffix()}`, key: `replica${suffix()}`, level: "RESTRICTED", reason: "Counterfeit goods." },
    select: { id: true },
  });
  const spare = await db.moderationRule.create({
    data: { kind: "TERM", value: `spare${suffix()}`, key: `spare${suffix()}`, level: "RESTRICTED", reason: "Deleted by the test." },
    select: { id: true },
  });
  fixture = {
    shopId: shop.id,
    shopActive: active.id,
    targetEmail: target.email,
    productId: product.id,
    caseId: report.id,
    ruleId: rule.id,
    spareRuleId: spare.id,
  };
  await recordAudit(db, { shopId: active.id, action: "shop.created", targetType: "shop", targetId: active.id });
});

const load = async (key: string) => {
  const [file, name] = key.split("#") as [string, string];
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, (...args: unknown[]) => Promise<unknown>>;
  return mod[name]!;
};

/** What the world looks like to an entry that must not have run: shop statuses, roles, notices, audit rows. */
const snapshot = async () => ({
  shops: await db.shop.findMany({ where: { id: { in: [fixture.shopId, fixture.shopActive] } }, select: { id: true, status: true }, orderBy: { id: "asc" } }),
  target: (await db.user.findFirstOrThrow({ where: { email: fixture.targetEmail }, select: { role: true } })).role,
  notices: await db.shopNotice.count(),
  audit: await db.auditLog.count(),
  rules: await db.moderationRule.findMany({ select: { id: true, level: true }, orderBy: { id: "asc" } }),
  cases: await db.moderationCase.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
  products: await db.product.findMany({ where: { shopId: fixture.shopActive }, select: { id: true, moderationState: true }, orderBy: { id: "asc" } }),
});

describe("the console's entries", () => {
  it("are all listed here with their permission (a new action, route or page must be added)", () => {
    expect(discovered()).toEqual(Object.keys(ENTRIES).sort());
  });

  for (const [key, entry] of Object.entries(ENTRIES)) {
    describe(key, () => {
      it("refuses a guest, a merchant and a shopper, and changes nothing", async () => {
        const fn = await load(key);
        const before = await snapshot();
        session.user = null;
        if (isRoute(key)) expect(((await entry.call(fn, fixture)) as Response).status).toBe(401);
        else await expect(entry.call(fn, fixture)).rejects.toMatchObject(signIn);
        for (const who of ["merchant", "shopper"] as const) {
          session.user = people[who];
          if (isRoute(key)) expect(((await entry.call(fn, fixture)) as Response).status, who).toBe(403);
          else await expect(entry.call(fn, fixture), who).rejects.toMatchObject(page403);
        }
        expect(await snapshot()).toEqual(before);
      });

      for (const who of ["moderator", "admin"] as const) {
        const allowed = canAdmin(who, entry.permission);
        it(`${allowed ? "lets" : "refuses"} a ${who} (${entry.permission})`, async () => {
          const fn = await load(key);
          session.user = people[who];
          if (!allowed) {
            const before = await snapshot();
            if (isRoute(key)) expect(((await entry.call(fn, fixture)) as Response).status).toBe(403);
            else await expect(entry.call(fn, fixture)).rejects.toMatchObject(page403);
            expect(await snapshot()).toEqual(before);
            return;
          }
          if (isRoute(key)) {
            const response = (await entry.call(fn, fixture)) as Response;
            expect(response.status).toBe(200);
            expect(await response.text()).toMatch(/^created_at,action,/);
          } else if (isPage(key)) {
            expect(await entry.call(fn, fixture)).toBeTruthy(); // rendered, not the 403 page
          } else {
            // An answer (a confirmation or the form's own message), never the 403 page.
            expect(await entry.call(fn, fixture)).toMatchObject({ fields: expect.any(Object) });
          }
        });
      }
    });
  }

  it("moderators enforce: the warning went through, audited with the moderator as actor", async () => {
    expect(await db.auditLog.count({ where: { shopId: fixture.shopActive, action: "shop.warned", actorId: people.moderator.id } })).toBe(1);
  });
});
