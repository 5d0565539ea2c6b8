// A shop's shipping rates: the options shoppers choose from at checkout (lib/checkout/quote.ts
// reads the enabled ones, in `position` order). They are shop settings, so every write needs
// the "settings" permission (owners), checked again inside its transaction. Orders keep the
// rate's name, not a reference to it, so a rate can always be deleted.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { requireRole, type ShopActor } from "@/lib/core/actor";
import { transaction, type Db, type Tx } from "@/lib/core/db";
import { AppError, parseInput } from "@/lib/core/errors";
import { lockShop } from "@/lib/shops/shops";
import { shippingRateSchema, type ShippingRateData } from "./schemas";

const SELECT = { id: true, name: true, amount: true, freeAboveAmount: true, countries: true, active: true, position: true } as const;

const notFound = () => AppError.notFound("shippingRate");

/** The shop's rates in the order the checkout offers them. */
export function listShippingRates(db: Db, shopId: string) {
  return db.shippingRate.findMany({ where: { shopId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: SELECT });
}

export async function getShippingRate(db: Db, shopId: string, rateId: string) {
  const rate = typeof rateId === "string" && rateId.length <= 64 ? await db.shippingRate.findFirst({ where: { id: rateId, shopId }, select: SELECT }) : null;
  if (!rate) throw notFound();
  return rate;
}

async function parseFor(tx: Tx, shopId: string, input: unknown): Promise<ShippingRateData> {
  const shop = await tx.shop.findUnique({ where: { id: shopId }, select: { currency: true } });
  if (!shop) throw AppError.notFound("shop");
  return parseInput(shippingRateSchema(shop.currency), input);
}

/** Adds a rate after the shop's others. */
export async function createShippingRate(db: Db, actor: ShopActor, input: unknown) {
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "settings");
    const data = await parseFor(tx, actor.shopId, input);
    await lockShop(tx, actor.shopId); // two rates added at once don't take the same position
    const { _max } = await tx.shippingRate.aggregate({ where: { shopId: actor.shopId }, _max: { position: true } });
    const rate = await tx.shippingRate.create({ data: { shopId: actor.shopId, ...data, position: (_max.position ?? -1) + 1 }, select: SELECT });
    await recordAudit(tx, {
      shopId: actor.shopId,
      actorId: actor.userId,
      action: "shipping_rate.created",
      targetType: "shipping_rate",
      targetId: rate.id,
      data,
    });
    return rate;
  });
}

async function lockRate(tx: Tx, shopId: string, rateId: string) {
  if (typeof rateId !== "string" || !rateId || rateId.length > 64) throw notFound();
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ShippingRate" WHERE id = ${rateId} AND "shopId" = ${shopId} FOR UPDATE`;
  if (!rows.length) throw notFound();
  return tx.shippingRate.findUniqueOrThrow({ where: { id: rateId }, select: SELECT });
}

export async function updateShippingRate(db: Db, actor: ShopActor, rateId: string, input: unknown) {
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "settings");
    const before = await lockRate(tx, actor.shopId, rateId);
    const data = await parseFor(tx, actor.shopId, input);
    const changed = (Object.keys(data) as (keyof ShippingRateData)[]).filter((key) => JSON.stringify(data[key]) !== JSON.stringify(before[key]));
    if (!changed.length) return { ...before, changed };
    const rate = await tx.shippingRate.update({ where: { id: rateId }, data, select: SELECT });
    await recordAudit(tx, {
      shopId: actor.shopId,
      actorId: actor.userId,
      action: "shipping_rate.updated",
      targetType: "shipping_rate",
      targetId: rateId,
      data: { name: data.name, changed },
    });
    return { ...rate, changed };
  });
}

/** Offers the rate at checkout again, or stops offering it while keeping it for later. */
export async function setShippingRateEnabled(db: Db, actor: ShopActor, rateId: string, enabled: boolean) {
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "settings");
    const before = await lockRate(tx, actor.shopId, rateId);
    if (before.active === enabled) return { name: before.name, changed: false };
    await tx.shippingRate.update({ where: { id: rateId }, data: { active: enabled }, select: { id: true } });
    await recordAudit(tx, {
      shopId: actor.shopId,
      actorId: actor.userId,
      action: enabled ? "shipping_rate.enabled" : "shipping_rate.disabled",
      targetType: "shipping_rate",
      targetId: rateId,
      data: { name: before.name },
    });
    return { name: before.name, changed: true };
  });
}

/** Deletes a rate. Orders placed with it keep its name and price; open checkouts are re-priced by the shopper's next quote. */
export async function deleteShippingRate(db: Db, actor: ShopActor, rateId: string) {
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "settings");
    const before = await lockRate(tx, actor.shopId, rateId);
    await tx.shippingRate.delete({ where: { id: rateId }, select: { id: true } });
    await recordAudit(tx, {
      shopId: actor.shopId,
      actorId: actor.userId,
      action: "shipping_rate.deleted",
      targetType: "shipping_rate",
      targetId: rateId,
      data: { name: before.name },
    });
    return { name: before.name };
  });
}
