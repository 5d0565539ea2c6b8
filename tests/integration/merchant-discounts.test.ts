// Merchants manage discount codes: the domain functions (lib/discounts) and the dashboard's
// server actions, called as Next.js calls them with only the session faked. Bad input is named
// per field and writes nothing; a member of another shop reaches none of this shop's codes or
// products; a code made here is the one the checkout prices.
import { randomBytes } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";
import { startCheckout } from "@/lib/checkout/checkout";
import { validateDiscountCode } from "@/lib/checkout/discounts";
import { quoteCheckout } from "@/lib/checkout/quote";
import { db } from "@/lib/db/client";
import {
  createDiscount,
  deleteDiscount,
  getDiscount,
  listDiscounts,
  searchDiscountTargets,
  setDiscountEnabled,
  updateDiscount,
} from "@/lib/discounts/discounts";
import { AppError } from "@/lib/core/errors";
import { emptyFormState } from "@/lib/core/form-state";
import { testProvider } from "@/lib/payments/test-provider";
import { session } from "@/tests/support/session";
import { cartWith, checkoutInput, makeCollection, makeOpenShop, makeProduct, makeShippingRate } from "@/tests/support/shop-fixtures";

const actions = await import("@/app/(merchant)/dashboard/[shop]/discounts/actions");

type Shop = Awaited<ReturnType<typeof makeOpenShop>>;
let a: Shop;
let b: Shop;
let owner: CurrentUser; // owner of A
let staff: CurrentUser; // staff of A
let outsider: CurrentUser; // owner of B only

async function member(shop: Shop, role: "OWNER" | "STAFF"): Promise<CurrentUser> {
  const id = randomBytes(8).toString("hex");
  const user = await db.user.create({
    data: { id, name: `User ${id}`, email: `${id}@example.test` },
    select: { id: true, name: true, email: true, role: true },
  });
  await db.shopMember.create({ data: { shopId: shop.id, userId: user.id, role } });
  return user;
}

const actorOf = (shop: Shop, user: CurrentUser, role: "OWNER" | "STAFF" = "OWNER") => ({ shopId: shop.id, userId: user.id, role });
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const code = () => `C${randomBytes(3).toString("hex")}`.toUpperCase();
const pct = (extra: Record<string, unknown> = {}) => ({ code: code(), type: "PERCENTAGE", value: "15", scope: "ORDER", active: true, ...extra });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => e,
  );
const notFoundPage = { digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) };
const redirectTo = (path: string) => ({ digest: expect.stringContaining(`;${path}`) });
const writes = async (shopId: string) => ({
  discounts: await db.discount.findMany({ where: { shopId }, orderBy: { id: "asc" } }),
  audits: await db.auditLog.count({ where: { shopId } }),
});

beforeAll(async () => {
  a = await makeOpenShop();
  b = await makeOpenShop();
  owner = await member(a, "OWNER");
  staff = await member(a, "STAFF");
  outsider = await member(b, "OWNER");
});

beforeEach(() => {
  session.user = owner;
});

describe("creating and editing codes", () => {
  it("stores a percentage in basis points and a fixed amount in minor units, upper-cased, with an audit entry", async () => {
    const percent = await createDiscount(
      db,
      actorOf(a, owner),
      pct({ code: "summer-15", value: "12.5", usageLimit: "100", perCustomerLimit: "1", combinable: "on" }),
    );
    expect(percent.code).toBe("SUMMER-15");
    const fixed = await createDiscount(db, actorOf(a, owner), {
      code: "Five",
      type: "FIXED_AMOUNT",
      value: "5.50",
      scope: "ORDER",
      minSubtotal: "20",
      active: "on",
      startsAt: "2026-12-01T09:00",
      endsAt: "2026-12-31T23:30",
      timeZone: "Europe/Paris",
    });
    const rows = await db.discount.findMany({ where: { id: { in: [percent.id, fixed.id] } } });
    expect(rows.find((r) => r.id === percent.id)).toMatchObject({
      type: "PERCENTAGE",
      value: 1250,
      usageLimit: 100,
      perCustomerLimit: 1,
      combinable: true,
      active: true,
      minSubtotalAmount: 0,
    });
    expect(rows.find((r) => r.id === fixed.id)).toMatchObject({
      code: "FIVE",
      type: "FIXED_AMOUNT",
      value: 550,
      minSubtotalAmount: 2000,
      combinable: false,
      startsAt: new Date("2026-12-01T08:00:00Z"),
      endsAt: new Date("2026-12-31T22:30:00Z"), // Paris is UTC+1 in winter
    });
    expect(await db.auditLog.findFirst({ where: { action: "discount.created", targetId: fixed.id }, select: { shopId: true, actorId: true } })).toEqual({
      shopId: a.id,
      actorId: owner.id,
    });
  });

  it("names every bad field at once and writes nothing", async () => {
    const before = await writes(a.id);
    const problems = await failure(
      createDiscount(
        db,
        actorOf(a, owner),
        pct({ code: "bad code!", value: "150", minSubtotal: "-5", startsAt: "2026-12-10T10:00", endsAt: "2026-12-09T10:00", usageLimit: "0" }),
      ),
    );
    expect(problems).toBeInstanceOf(AppError);
    expect((problems as AppError).fields).toEqual({
      code: expect.stringMatching(/letters, digits/),
      value: "Enter a percentage from 1 to 100",
      minSubtotal: "The minimum can't be negative",
      endsAt: "The end must be after the start",
      usageLimit: expect.stringMatching(/whole number/),
    });
    expect(await failure(createDiscount(db, actorOf(a, owner), pct({ type: "FIXED_AMOUNT", value: "-5" })))).toMatchObject({
      fields: { value: "The discount can't be negative" },
    });
    expect(await failure(createDiscount(db, actorOf(a, owner), pct({ type: "FIXED_AMOUNT", value: "5.555" })))).toMatchObject({
      fields: { value: "Enter an amount like 5.00" },
    });
    expect(await failure(createDiscount(db, actorOf(a, owner), pct({ scope: "PRODUCTS" })))).toMatchObject({
      fields: { productIds: "Choose at least one product" },
    });
    expect(await writes(a.id)).toEqual(before);
  });

  it("refuses a code the shop already has, in any case, and allows it in another shop", async () => {
    await createDiscount(db, actorOf(a, owner), pct({ code: "WELCOME" }));
    const before = await writes(a.id);
    const reply = await actions.createDiscountAction(a.slug, emptyFormState, form({ code: " welcome ", type: "PERCENTAGE", value: "10", scope: "ORDER" }));
    expect(reply.fields).toEqual({ code: "The code WELCOME is already in use in your shop: choose another one" });
    expect(await writes(a.id)).toEqual(before);
    // A row stored before codes were upper-cased still counts.
    await db.discount.create({ data: { shopId: a.id, code: "Legacy", type: "PERCENTAGE", value: 500 } });
    expect(await failure(createDiscount(db, actorOf(a, owner), pct({ code: "LEGACY" })))).toMatchObject({
      fields: { code: expect.stringMatching(/already in use/) },
    });
    await expect(createDiscount(db, actorOf(b, outsider), pct({ code: "welcome" }))).resolves.toMatchObject({ code: "WELCOME" });
  });

  it("edits a code through the action; a used code keeps its name and its limit stays above its uses", async () => {
    const { id } = await createDiscount(db, actorOf(a, owner), pct({ code: "EDITME" }));
    const edited = await actions.updateDiscountAction(
      a.slug,
      id,
      emptyFormState,
      form({ code: "edited", type: "FIXED_AMOUNT", value: "3", scope: "ORDER", active: "on" }),
    );
    expect(edited).toMatchObject({ saved: "EDITED saved." });
    expect(await db.discount.findUniqueOrThrow({ where: { id } })).toMatchObject({ code: "EDITED", type: "FIXED_AMOUNT", value: 300 });
    expect(await db.auditLog.findFirst({ where: { action: "discount.updated", targetId: id }, select: { data: true } })).toEqual({
      data: { code: "EDITED", changed: ["code", "type", "value"] },
    });

    await db.discount.update({ where: { id }, data: { usedCount: 2 } });
    expect(await failure(updateDiscount(db, actorOf(a, owner), id, { code: "RENAMED", type: "FIXED_AMOUNT", value: "3", scope: "ORDER" }))).toMatchObject({
      fields: { code: expect.stringMatching(/can't change/) },
    });
    expect(
      await failure(updateDiscount(db, actorOf(a, owner), id, { code: "EDITED", type: "FIXED_AMOUNT", value: "3", scope: "ORDER", usageLimit: "1" })),
    ).toMatchObject({ fields: { usageLimit: expect.stringMatching(/used 2 times/) } });
  });

  it("lets staff manage codes (marketing): no 403 page from any discount action", async () => {
    session.user = staff;
    const reply = await actions
      .createDiscountAction(a.slug, emptyFormState, form({ code: "STAFFPICK", type: "PERCENTAGE", value: "5", scope: "ORDER", active: "on" }))
      .catch((e: unknown) => e);
    expect(reply).toMatchObject(redirectTo(`/dashboard/${a.slug}/discounts?created=STAFFPICK`));
    const { id } = await db.discount.findFirstOrThrow({ where: { shopId: a.id, code: "STAFFPICK" } });
    // The harness answers forbidden() with the 403 page: a role without "discounts" would fail here.
    const edit = form({ code: "STAFFPICK", type: "PERCENTAGE", value: "7", scope: "ORDER", active: "on" });
    expect(await actions.updateDiscountAction(a.slug, id, emptyFormState, edit)).toMatchObject({ saved: "STAFFPICK saved." });
    expect(await actions.setDiscountEnabledAction(a.slug, id, false)).toMatchObject({ saved: "STAFFPICK disabled." });
    expect(await actions.searchDiscountTargetsAction(a.slug, "products", "")).toEqual(expect.any(Array));
    expect(await actions.deleteDiscountAction(a.slug, id, false)).toMatchObject({ saved: "STAFFPICK deleted." });
    expect(await db.discount.count({ where: { shopId: a.id, code: "STAFFPICK" } })).toBe(0);
    expect(await db.auditLog.count({ where: { shopId: a.id, actorId: staff.id, targetId: id } })).toBe(4);
  });

  it("re-checks the role inside each write: a member removed after the page loaded changes nothing", async () => {
    const { id } = await createDiscount(db, actorOf(a, owner), pct({ code: "STALE" }));
    const gone = await member(a, "STAFF");
    const asGone = actorOf(a, gone, "STAFF");
    await db.shopMember.deleteMany({ where: { shopId: a.id, userId: gone.id } });
    const before = await writes(a.id);
    await expect(createDiscount(db, asGone, pct())).rejects.toMatchObject({ code: "not_found" });
    await expect(updateDiscount(db, asGone, id, pct({ code: "STALE", value: "99" }))).rejects.toMatchObject({ code: "not_found" });
    await expect(setDiscountEnabled(db, asGone, id, false)).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteDiscount(db, asGone, id)).rejects.toMatchObject({ code: "not_found" });
    expect(await writes(a.id)).toEqual(before);
  });
});

describe("products and collections a code applies to", () => {
  it("takes only this shop's products and collections, through the function and the action", async () => {
    const mine = await makeProduct(a.id, { title: "Blue Mug" });
    const summer = await makeCollection(a.id);
    const theirs = await makeProduct(b.id, { title: "Blue Mug of B" });
    const theirCollection = await makeCollection(b.id);

    const created = await createDiscount(db, actorOf(a, owner), pct({ scope: "PRODUCTS", productIds: mine.product.id }));
    expect((await getDiscount(db, a.id, created.id)).products).toEqual([{ id: mine.product.id, title: "Blue Mug" }]);
    expect(
      await failure(createDiscount(db, actorOf(a, owner), pct({ scope: "PRODUCTS", productIds: `${mine.product.id},${theirs.product.id}` }))),
    ).toMatchObject({ fields: { productIds: expect.stringMatching(/aren't in your shop/) } });
    expect(await failure(createDiscount(db, actorOf(a, owner), pct({ scope: "COLLECTIONS", collectionIds: [summer.id, theirCollection.id] })))).toMatchObject({
      fields: { collectionIds: expect.stringMatching(/aren't in your shop/) },
    });

    // B's member attaches A's product to a code of B: refused.
    session.user = outsider;
    const reply = await actions.createDiscountAction(
      b.slug,
      emptyFormState,
      form({ code: "STEAL", type: "PERCENTAGE", value: "50", scope: "PRODUCTS", productIds: mine.product.id }),
    );
    expect(reply.fields.productIds).toMatch(/aren't in your shop/);
    expect(await db.discount.count({ where: { code: "STEAL" } })).toBe(0);

    // The picker searches the caller's shop only.
    expect((await actions.searchDiscountTargetsAction(b.slug, "products", "blue mug")).map((p) => p.id)).toEqual([theirs.product.id]);
    expect((await searchDiscountTargets(db, a.id, "products", "BLUE")).map((p) => p.id)).toEqual([mine.product.id]);
    expect((await searchDiscountTargets(db, a.id, "collections", "")).map((c) => c.id)).toContain(summer.id);
    await expect(actions.searchDiscountTargetsAction(a.slug, "products", "blue")).rejects.toMatchObject(notFoundPage);
  });
});

describe("another shop's member", () => {
  it("can't read, edit, disable or delete this shop's codes", async () => {
    const target = await createDiscount(db, actorOf(a, owner), pct({ code: "PRIVATE" }));
    const before = await writes(a.id);
    const input = pct({ code: "HACKED", value: "100" });

    // Through the functions: with their own shop id, or with this shop's id.
    await expect(getDiscount(db, b.id, target.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await listDiscounts(db, b.id)).map((d) => d.code)).not.toContain("PRIVATE");
    for (const actor of [actorOf(b, outsider), actorOf(a, outsider)]) {
      await expect(updateDiscount(db, actor, target.id, input)).rejects.toMatchObject({ code: "not_found" });
      await expect(setDiscountEnabled(db, actor, target.id, false)).rejects.toMatchObject({ code: "not_found" });
      await expect(deleteDiscount(db, actor, target.id)).rejects.toMatchObject({ code: "not_found" });
    }
    await expect(createDiscount(db, actorOf(a, outsider), input)).rejects.toMatchObject({ code: "not_found" });

    // Through the actions: this shop's address is a 404; their own address doesn't find the code.
    session.user = outsider;
    await expect(
      actions.updateDiscountAction(a.slug, target.id, emptyFormState, form({ code: "HACKED", type: "PERCENTAGE", value: "100", scope: "ORDER" })),
    ).rejects.toMatchObject(notFoundPage);
    await expect(actions.setDiscountEnabledAction(a.slug, target.id, false)).rejects.toMatchObject(notFoundPage);
    await expect(actions.deleteDiscountAction(a.slug, target.id, false)).rejects.toMatchObject(notFoundPage);
    await expect(
      actions.createDiscountAction(a.slug, emptyFormState, form({ code: "INTRUDER", type: "PERCENTAGE", value: "5", scope: "ORDER" })),
    ).rejects.toMatchObject(notFoundPage);
    const notFound = { form: "Discount code not found." };
    expect(
      await actions.updateDiscountAction(b.slug, target.id, emptyFormState, form({ code: "HACKED", type: "PERCENTAGE", value: "100", scope: "ORDER" })),
    ).toMatchObject(notFound);
    expect(await actions.setDiscountEnabledAction(b.slug, target.id, false)).toMatchObject(notFound);
    expect(await actions.deleteDiscountAction(b.slug, target.id, false)).toMatchObject(notFound);
    expect(await actions.deleteDiscountAction(b.slug, { id: target.id } as unknown as string, false)).toMatchObject(notFound);

    session.user = null;
    await expect(actions.deleteDiscountAction(a.slug, target.id, false)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
    expect(await writes(a.id)).toEqual(before);
  });
});

describe("codes at checkout", () => {
  async function cartOf(shop: Shop, priceAmount: number) {
    const rate = await makeShippingRate(shop.id, { amount: 0 });
    const { product, variant } = await makeProduct(shop.id, { variants: [{ priceAmount, stock: 50 }] });
    return { rate, product, variant, cart: () => cartWith(shop.id, [{ variantId: variant.id, quantity: 2 }]) };
  }

  it("prices a 15 % code made in the dashboard, and only on the products it names", async () => {
    const shop = await makeOpenShop();
    const merchant = await member(shop, "OWNER");
    session.user = merchant;
    const { rate, product, cart } = await cartOf(shop, 2500); // 2 × €25.00
    await actions
      .createDiscountAction(shop.slug, emptyFormState, form({ code: "save15", type: "PERCENTAGE", value: "15", scope: "ORDER", active: "on" }))
      .catch(() => undefined);
    const cartId = await cart();
    const quote = await quoteCheckout(db, shop.id, { cartId, userId: null }, { shippingRateId: rate.id, discountCodes: ["Save15"] });
    expect(quote?.codeErrors).toEqual({});
    expect(quote?.totals).toMatchObject({ subtotalAmount: 5000, discountAmount: 750, totalAmount: 4250 });
    const started = await startCheckout(db, checkoutInput(shop.id, cartId, rate.id, { discountCodes: ["SAVE15"] }), { provider: testProvider });
    expect(started.totalAmount).toBe(4250);

    // A fixed €4 off one product; another product's line is untouched.
    const other = await makeProduct(shop.id, { variants: [{ priceAmount: 1000, stock: 5 }] });
    await createDiscount(db, actorOf(shop, merchant), {
      code: "MUG4",
      type: "FIXED_AMOUNT",
      value: "4",
      scope: "PRODUCTS",
      productIds: [product.id],
      active: true,
    });
    const mixed = await cartWith(shop.id, [
      { variantId: (await db.variant.findFirstOrThrow({ where: { productId: product.id } })).id, quantity: 1 },
      { variantId: other.variant.id, quantity: 1 },
    ]);
    const scoped = await quoteCheckout(db, shop.id, { cartId: mixed, userId: null }, { shippingRateId: rate.id, discountCodes: ["mug4"] });
    expect(scoped?.totals).toMatchObject({ subtotalAmount: 3500, discountAmount: 400, totalAmount: 3100 });
  });

  it("refuses to delete a used code, and disabling it takes it out of checkout", async () => {
    const shop = await makeOpenShop();
    const merchant = await member(shop, "OWNER");
    const { rate, cart } = await cartOf(shop, 1000);
    const used = await createDiscount(db, actorOf(shop, merchant), pct({ code: "USEDONCE" }));
    await startCheckout(db, checkoutInput(shop.id, await cart(), rate.id, { discountCodes: ["USEDONCE"] }), { provider: testProvider });

    session.user = merchant;
    expect(await actions.deleteDiscountAction(shop.slug, used.id, false)).toEqual({
      fields: {},
      form: "Orders used USEDONCE, so it can't be deleted: disable it instead",
      at: expect.any(Number),
    });
    expect(await db.discount.count({ where: { id: used.id } })).toBe(1);
    expect((await listDiscounts(db, shop.id)).find((d) => d.id === used.id)).toMatchObject({ used: true, usedCount: 1 });

    expect(await actions.setDiscountEnabledAction(shop.slug, used.id, false)).toMatchObject({ saved: "USEDONCE disabled." });
    expect(await db.auditLog.count({ where: { action: "discount.disabled", targetId: used.id } })).toBe(1);
    expect(await validateDiscountCode(db, shop.id, { cartId: await cart(), code: "usedonce" })).toEqual({
      ok: false,
      message: { key: "codeUnknown", values: { code: "USEDONCE" } },
    });

    const unused = await createDiscount(db, actorOf(shop, merchant), pct({ code: "NEVERUSED" }));
    expect(await actions.deleteDiscountAction(shop.slug, unused.id, false)).toMatchObject({ saved: "NEVERUSED deleted." });
    expect(await db.discount.count({ where: { id: unused.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "discount.deleted", targetId: unused.id } })).toBe(1);
  });
});
