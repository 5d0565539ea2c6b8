// Owners manage shipping rates: the domain functions (lib/shipping) and the dashboard's server
// actions, called as Next.js calls them with only the session faked. Bad input is named per
// field and writes nothing; staff and other shops' members change nothing; the checkout's quote
// offers exactly the enabled rates, priced as entered.
import { randomBytes } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";
import { quoteCheckout } from "@/lib/checkout/quote";
import { db } from "@/lib/db/client";
import { createShippingRate, deleteShippingRate, getShippingRate, listShippingRates, setShippingRateEnabled, updateShippingRate } from "@/lib/shipping/rates";
import { AppError } from "@/lib/core/errors";
import { emptyFormState } from "@/lib/core/form-state";
import { session } from "@/tests/support/session";
import { cartWith, makeOpenShop, makeProduct } from "@/tests/support/shop-fixtures";

const actions = await import("@/app/(merchant)/dashboard/[shop]/shipping/actions");

type Shop = Awaited<ReturnType<typeof makeOpenShop>>;
let a: Shop;
let b: Shop;
let owner: CurrentUser;
let staff: CurrentUser;
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
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => e,
  );
const page = (status: 403 | 404) => ({ digest: expect.stringMatching(new RegExp(`^NEXT_HTTP_ERROR_FALLBACK;${status}`)) });
const writes = async (shopId: string) => ({
  rates: await db.shippingRate.findMany({ where: { shopId }, orderBy: { id: "asc" } }),
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

describe("shipping rates", () => {
  it("creates rates from the form in minor units, in order, with sorted upper-case countries and an audit entry", async () => {
    const reply = await actions
      .createShippingRateAction(a.slug, emptyFormState, form({ name: " Standard ", price: "4.90", freeAbove: "50", countries: "fr, de,FR", active: "on" }))
      .catch((e: unknown) => e);
    expect(reply).toMatchObject({ digest: expect.stringContaining(`/dashboard/${a.slug}/shipping?created=Standard`) });
    const express = await createShippingRate(db, actorOf(a, owner), { name: "Express", price: "9.9", active: true });
    const rates = await listShippingRates(db, a.id);
    expect(rates.map((r) => ({ ...r, id: undefined }))).toEqual([
      { id: undefined, name: "Standard", amount: 490, freeAboveAmount: 5000, countries: ["DE", "FR"], active: true, position: 0 },
      { id: undefined, name: "Express", amount: 990, freeAboveAmount: null, countries: [], active: true, position: 1 },
    ]);
    expect(await db.auditLog.findFirst({ where: { action: "shipping_rate.created", targetId: express.id }, select: { shopId: true, actorId: true } })).toEqual({
      shopId: a.id,
      actorId: owner.id,
    });
  });

  it("names every bad field and writes nothing", async () => {
    const before = await writes(a.id);
    const error = await failure(createShippingRate(db, actorOf(a, owner), { name: "", price: "-4", freeAbove: "fifty", countries: "FR,XX" }));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fields).toEqual({
      name: "Enter a name shoppers will see, like Standard",
      price: "The amount can't be negative",
      freeAbove: "Enter an amount like 4.90, or leave it empty",
      countries: "Unknown country code: XX",
    });
    const reply = await actions.createShippingRateAction(a.slug, emptyFormState, form({ name: "Cheap", price: "" }));
    expect(reply.fields).toEqual({ price: "Enter the price, or 0 for free shipping" });
    expect(await writes(a.id)).toEqual(before);
  });

  it("edits, disables and deletes a rate through the actions", async () => {
    const rate = await createShippingRate(db, actorOf(a, owner), { name: "Pickup", price: "0", active: true });
    expect(
      await actions.updateShippingRateAction(a.slug, rate.id, emptyFormState, form({ name: "Pickup in store", price: "1.50", countries: "PT", active: "on" })),
    ).toMatchObject({ saved: "Pickup in store saved." });
    expect(await getShippingRate(db, a.id, rate.id)).toMatchObject({ name: "Pickup in store", amount: 150, countries: ["PT"], active: true });
    expect(await db.auditLog.findFirst({ where: { action: "shipping_rate.updated", targetId: rate.id }, select: { data: true } })).toEqual({
      data: { name: "Pickup in store", changed: ["name", "amount", "countries"] },
    });
    expect(await actions.setShippingRateEnabledAction(a.slug, rate.id, false)).toMatchObject({ saved: "Pickup in store is no longer offered." });
    expect((await getShippingRate(db, a.id, rate.id)).active).toBe(false);
    expect(await actions.deleteShippingRateAction(a.slug, rate.id, false)).toMatchObject({ saved: "Pickup in store deleted." });
    expect(await db.shippingRate.count({ where: { id: rate.id } })).toBe(0);
    expect(
      (await db.auditLog.findMany({ where: { targetId: rate.id }, select: { action: true }, orderBy: { createdAt: "asc" } })).map((e) => e.action),
    ).toEqual(["shipping_rate.created", "shipping_rate.updated", "shipping_rate.disabled", "shipping_rate.deleted"]);
  });

  it("is owner-only: staff get 403 from the actions and 'forbidden' from the functions", async () => {
    const rate = await createShippingRate(db, actorOf(a, owner), { name: "Owner's", price: "3", active: true });
    const before = await writes(a.id);
    session.user = staff;
    await expect(actions.createShippingRateAction(a.slug, emptyFormState, form({ name: "Staff's", price: "1" }))).rejects.toMatchObject(page(403));
    await expect(actions.updateShippingRateAction(a.slug, rate.id, emptyFormState, form({ name: "Changed", price: "0" }))).rejects.toMatchObject(page(403));
    await expect(actions.setShippingRateEnabledAction(a.slug, rate.id, false)).rejects.toMatchObject(page(403));
    await expect(actions.deleteShippingRateAction(a.slug, rate.id, false)).rejects.toMatchObject(page(403));
    const asStaff = actorOf(a, staff, "STAFF");
    await expect(createShippingRate(db, asStaff, { name: "Staff's", price: "1" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateShippingRate(db, asStaff, rate.id, { name: "Changed", price: "0" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setShippingRateEnabled(db, asStaff, rate.id, false)).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteShippingRate(db, asStaff, rate.id)).rejects.toMatchObject({ code: "forbidden" });
    expect(await writes(a.id)).toEqual(before);
  });

  it("keeps another shop's member out of this shop's rates", async () => {
    const rate = await createShippingRate(db, actorOf(a, owner), { name: "Private", price: "3", active: true });
    const before = await writes(a.id);
    await expect(getShippingRate(db, b.id, rate.id)).rejects.toMatchObject({ code: "not_found" });
    for (const actor of [actorOf(b, outsider), actorOf(a, outsider)]) {
      await expect(updateShippingRate(db, actor, rate.id, { name: "Hacked", price: "0" })).rejects.toMatchObject({ code: "not_found" });
      await expect(setShippingRateEnabled(db, actor, rate.id, false)).rejects.toMatchObject({ code: "not_found" });
      await expect(deleteShippingRate(db, actor, rate.id)).rejects.toMatchObject({ code: "not_found" });
    }
    await expect(createShippingRate(db, actorOf(a, outsider), { name: "Intruder", price: "0" })).rejects.toMatchObject({ code: "not_found" });

    session.user = outsider;
    await expect(actions.updateShippingRateAction(a.slug, rate.id, emptyFormState, form({ name: "Hacked", price: "0" }))).rejects.toMatchObject(page(404));
    await expect(actions.deleteShippingRateAction(a.slug, rate.id, false)).rejects.toMatchObject(page(404));
    const notFound = { form: "Shipping rate not found." };
    expect(await actions.updateShippingRateAction(b.slug, rate.id, emptyFormState, form({ name: "Hacked", price: "0" }))).toMatchObject(notFound);
    expect(await actions.setShippingRateEnabledAction(b.slug, rate.id, false)).toMatchObject(notFound);
    expect(await actions.deleteShippingRateAction(b.slug, rate.id, false)).toMatchObject(notFound);
    expect(await writes(a.id)).toEqual(before);
  });

  it("is what the checkout offers: enabled rates only, free above the threshold", async () => {
    const shop = await makeOpenShop();
    const merchant = await member(shop, "OWNER");
    session.user = merchant;
    await actions
      .createShippingRateAction(shop.slug, emptyFormState, form({ name: "Standard", price: "4.90", freeAbove: "50", active: "on" }))
      .catch(() => undefined);
    const hidden = await createShippingRate(db, actorOf(shop, merchant), { name: "Courier", price: "15", countries: ["FR"], active: false });
    const { variant } = await makeProduct(shop.id, { variants: [{ priceAmount: 3000, stock: 10 }] });

    const one = await quoteCheckout(db, shop.id, { cartId: await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]), userId: null });
    expect(one?.rates.map((r) => r.name)).toEqual(["Standard"]);
    expect(one?.totals).toMatchObject({ subtotalAmount: 3000, shippingAmount: 490, totalAmount: 3490 });
    const two = await quoteCheckout(db, shop.id, { cartId: await cartWith(shop.id, [{ variantId: variant.id, quantity: 2 }]), userId: null });
    expect(two?.totals).toMatchObject({ subtotalAmount: 6000, shippingAmount: 0, totalAmount: 6000 });

    await setShippingRateEnabled(db, actorOf(shop, merchant), hidden.id, true);
    const both = await quoteCheckout(db, shop.id, { cartId: await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]), userId: null });
    expect(both?.rates.map((r) => [r.name, r.countries])).toEqual([
      ["Standard", []],
      ["Courier", ["FR"]],
    ]);
  });
});
