// A shop's discount codes as the merchant manages them. Plain functions over `db`: the server
// actions and the integration tests call the same code. Writes take the actor from the access
// gate (app/_entry/merchant.ts) and check the role again inside their transaction;
// another shop's code, product or collection is "not found" / refused, never touched.
// The checkout reads the same rows (lib/checkout/discounts.ts): codes upper-case, percentages in
// basis points, fixed amounts in minor units.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireRole, type ShopActor } from "@/lib/core/actor";
import { transaction, type Db, type Tx } from "@/lib/core/db";
import { AppError, isUniqueViolation, parseInput } from "@/lib/core/errors";
import { discountSchema, type DiscountData } from "./schemas";

const SELECT = {
  id: true,
  code: true,
  type: true,
  value: true,
  scope: true,
  productIds: true,
  collectionIds: true,
  minSubtotalAmount: true,
  startsAt: true,
  endsAt: true,
  usageLimit: true,
  perCustomerLimit: true,
  usedCount: true,
  combinable: true,
  active: true,
  createdAt: true,
} as const satisfies Prisma.DiscountSelect;

const codeTaken = (code: string) => `The code ${code} is already in use in your shop: choose another one`;
const notFound = () => new AppError("not_found", { form: "Discount code not found." });

/** The shop's codes, newest first, with whether orders used each (then it can only be disabled). */
export async function listDiscounts(db: Db, shopId: string) {
  const rows = await db.discount.findMany({
    where: { shopId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { ...SELECT, _count: { select: { redemptions: true } } },
  });
  return rows.map(({ _count, ...d }) => ({ ...d, used: d.usedCount > 0 || _count.redemptions > 0 }));
}

/** One code with the titles of the products or collections it names (those still in the shop). */
export async function getDiscount(db: Db, shopId: string, discountId: string) {
  const discount = await db.discount.findFirst({ where: { id: discountId, shopId }, select: { ...SELECT, _count: { select: { redemptions: true } } } });
  if (!discount) throw notFound();
  const [products, collections] = await Promise.all([
    discount.productIds.length ? db.product.findMany({ where: { shopId, id: { in: discount.productIds } }, select: { id: true, title: true } }) : [],
    discount.collectionIds.length ? db.collection.findMany({ where: { shopId, id: { in: discount.collectionIds } }, select: { id: true, title: true } }) : [],
  ]);
  const { _count, ...rest } = discount;
  const inOrder = <T extends { id: string }>(ids: string[], rows: T[]) => ids.flatMap((id) => rows.filter((r) => r.id === id));
  return {
    ...rest,
    used: rest.usedCount > 0 || _count.redemptions > 0,
    products: inOrder(discount.productIds, products),
    collections: inOrder(discount.collectionIds, collections),
  };
}

export type DiscountTarget = { id: string; title: string };

/** Products or collections of the shop whose title contains `query`, for the form's picker. */
export async function searchDiscountTargets(db: Db, shopId: string, kind: "products" | "collections", query: string): Promise<DiscountTarget[]> {
  const q = query.trim().slice(0, 100);
  const where = { shopId, ...(q ? { title: { contains: q, mode: "insensitive" as const } } : {}) };
  const args = { where, select: { id: true, title: true }, orderBy: [{ title: "asc" as const }, { id: "asc" as const }], take: 20 };
  return kind === "products" ? db.product.findMany(args) : db.collection.findMany(args);
}

async function parseFor(tx: Tx, shopId: string, input: unknown): Promise<DiscountData> {
  const shop = await tx.shop.findUnique({ where: { id: shopId }, select: { currency: true } });
  if (!shop) throw AppError.notFound("shop");
  return parseInput(discountSchema(shop.currency), input);
}

/** Every product or collection the code names must be this shop's. */
async function checkTargets(tx: Tx, shopId: string, data: DiscountData) {
  if (data.productIds.length && (await tx.product.count({ where: { shopId, id: { in: data.productIds } } })) !== data.productIds.length) {
    throw AppError.invalid({ productIds: "Some of these products aren't in your shop any more: choose them again" });
  }
  if (data.collectionIds.length && (await tx.collection.count({ where: { shopId, id: { in: data.collectionIds } } })) !== data.collectionIds.length) {
    throw AppError.invalid({ collectionIds: "Some of these collections aren't in your shop any more: choose them again" });
  }
}

/** Codes are compared case-insensitively; rows written before the upper-case rule included. */
async function checkCodeFree(tx: Tx, shopId: string, code: string, exceptId: string | null) {
  const other = await tx.discount.findFirst({
    where: { shopId, code: { equals: code, mode: "insensitive" }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { id: true },
  });
  if (other) throw AppError.invalid({ code: codeTaken(code) });
}

/** The pre-check answers the usual case; the unique index settles two tabs saving the same code. */
async function withCodeTaken<T>(code: () => string | undefined, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isUniqueViolation(error)) throw AppError.invalid({ code: codeTaken(code() ?? "") });
    throw error;
  }
}

export async function createDiscount(db: Db, actor: ShopActor, input: unknown) {
  let code: string | undefined;
  return withCodeTaken(
    () => code,
    () =>
      transaction(db, async (tx) => {
        await requireRole(tx, actor, "discounts");
        const data = await parseFor(tx, actor.shopId, input);
        code = data.code;
        await checkCodeFree(tx, actor.shopId, data.code, null);
        await checkTargets(tx, actor.shopId, data);
        const created = await tx.discount.create({ data: { shopId: actor.shopId, ...data }, select: { id: true, code: true } });
        await recordAudit(tx, {
          shopId: actor.shopId,
          actorId: actor.userId,
          action: "discount.created",
          targetType: "discount",
          targetId: created.id,
          data: auditData(data),
        });
        return created;
      }),
  );
}

/** Locks the code's row: a checkout claiming a use of it waits, and so does another edit. */
async function lockDiscount(tx: Tx, shopId: string, discountId: string) {
  if (typeof discountId !== "string" || !discountId || discountId.length > 64) throw notFound();
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Discount" WHERE id = ${discountId} AND "shopId" = ${shopId} FOR UPDATE`;
  if (!rows.length) throw notFound();
  const row = await tx.discount.findUniqueOrThrow({ where: { id: discountId }, select: { ...SELECT, _count: { select: { redemptions: true } } } });
  return { ...row, used: row.usedCount > 0 || row._count.redemptions > 0 };
}

export async function updateDiscount(db: Db, actor: ShopActor, discountId: string, input: unknown) {
  let code: string | undefined;
  return withCodeTaken(
    () => code,
    () =>
      transaction(db, async (tx) => {
        await requireRole(tx, actor, "discounts");
        const before = await lockDiscount(tx, actor.shopId, discountId);
        const data = await parseFor(tx, actor.shopId, input);
        code = data.code;
        // Orders name the codes they used: a used code keeps its name (make a new code instead).
        if (before.used && data.code !== before.code)
          throw AppError.invalid({ code: `Orders used ${before.code}, so its code can't change: create a new code instead` });
        if (data.usageLimit !== null && data.usageLimit < before.usedCount) {
          throw AppError.invalid({ usageLimit: `This code has been used ${before.usedCount} times: the limit can't be lower` });
        }
        if (data.code !== before.code) await checkCodeFree(tx, actor.shopId, data.code, discountId);
        await checkTargets(tx, actor.shopId, data);
        const changed = (Object.keys(data) as (keyof DiscountData)[]).filter((key) => !same(data[key], before[key]));
        if (!changed.length) return { id: discountId, code: data.code, changed };
        await tx.discount.update({ where: { id: discountId }, data, select: { id: true } });
        await recordAudit(tx, {
          shopId: actor.shopId,
          actorId: actor.userId,
          action: "discount.updated",
          targetType: "discount",
          targetId: discountId,
          data: { code: data.code, changed },
        });
        return { id: discountId, code: data.code, changed };
      }),
  );
}

/** Turns a code on or off; off is how a used code leaves the checkout. */
export async function setDiscountEnabled(db: Db, actor: ShopActor, discountId: string, enabled: boolean) {
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "discounts");
    const before = await lockDiscount(tx, actor.shopId, discountId);
    if (before.active === enabled) return { code: before.code, changed: false };
    await tx.discount.update({ where: { id: discountId }, data: { active: enabled }, select: { id: true } });
    await recordAudit(tx, {
      shopId: actor.shopId,
      actorId: actor.userId,
      action: enabled ? "discount.enabled" : "discount.disabled",
      targetType: "discount",
      targetId: discountId,
      data: { code: before.code },
    });
    return { code: before.code, changed: true };
  });
}

/**
 * Deletes a code no order has used. A used one is refused: its redemptions would go with it
 * (and the orders' record of their discount), so it is disabled instead.
 */
export async function deleteDiscount(db: Db, actor: ShopActor, discountId: string) {
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "discounts");
    const before = await lockDiscount(tx, actor.shopId, discountId);
    if (before.used) throw AppError.invalid({ form: `Orders used ${before.code}, so it can't be deleted: disable it instead` });
    await tx.discount.delete({ where: { id: discountId }, select: { id: true } });
    await recordAudit(tx, {
      shopId: actor.shopId,
      actorId: actor.userId,
      action: "discount.deleted",
      targetType: "discount",
      targetId: discountId,
      data: { code: before.code },
    });
    return { code: before.code };
  });
}

function same(a: unknown, b: unknown) {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

function auditData(data: DiscountData): Prisma.InputJsonValue {
  return { ...data, startsAt: data.startsAt?.toISOString() ?? null, endsAt: data.endsAt?.toISOString() ?? null };
}
